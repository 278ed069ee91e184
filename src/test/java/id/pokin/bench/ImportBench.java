package id.pokin.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;


import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.client.RestClient;

/**
 * Import throughput in the user format: a region exported by the app, its ids given a fresh prefix so every
 * row is new, uploaded through {@code POST /api/import} as a signed-in administrator.
 */
final class ImportBench {

	static final String ADMIN_PASSWORD = "bench-only";

	private final RestClient http;

	private int run;

	ImportBench(int port) {
		this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
	}

	byte[] export(String scope, String format) {
		return this.http.get().uri("/api/export?scope={scope}&format={format}", scope, format).retrieve().body(byte[].class);
	}

	/** Uploads the CSV zip or workbook (both zips of text entries) with {@code from} replaced by a new prefix in every cell; returns seconds taken. */
	double upload(byte[] file, String fileName, String from) throws IOException {
		String prefix = "imp" + System.currentTimeMillis() % 100_000 + "x" + (++this.run) + "-";
		byte[] renamed = renameInZip(file, from, prefix);
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(renamed) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		long started = System.nanoTime();
		this.http.post()
			.uri("/api/import")
			.headers(h -> h.setBasicAuth("admin", ADMIN_PASSWORD))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body.build())
			.retrieve()
			.toBodilessEntity();
		return (System.nanoTime() - started) / 1e9;
	}

	/** Data rows in an exported CSV zip (every line but the headers; exported cells hold no line breaks here). */
	static int rows(byte[] zip) throws IOException {
		int rows = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			while (in.getNextEntry() != null) {
				rows += (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count() - 1;
			}
		}
		return rows;
	}

	/**
	 * Read through the zip's central directory (a temporary file): a workbook's entries may carry their sizes only
	 * after their data, which a {@code ZipInputStream} refuses.
	 */
	private static byte[] renameInZip(byte[] zip, String from, String to) throws IOException {
		Path file = Files.createTempFile("pokin-bench-", ".zip");
		try {
			Files.write(file, zip);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
				for (ZipEntry entry : Collections.list(in.entries())) {
					out.putNextEntry(new ZipEntry(entry.getName()));
					try (InputStream content = in.getInputStream(entry)) {
						out.write(new String(content.readAllBytes(), StandardCharsets.UTF_8).replace(from, to)
							.getBytes(StandardCharsets.UTF_8));
					}
					out.closeEntry();
				}
			}
			return bytes.toByteArray();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
