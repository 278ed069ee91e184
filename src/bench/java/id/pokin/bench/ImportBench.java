package id.pokin.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;


import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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

	private static final String INDICATORS = "indicators";

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
	 * The exported CSV zip cut to {@code rows} data rows: documents, units and elements whole and the indicators cut,
	 * so every reference in the file stays valid. The realisasi sheet (generated stores have one, thousands of rows
	 * about indicators the cut leaves out) is left out: the figure is that of a file of the cascade.
	 */
	static byte[] firstRows(byte[] csvZip, int rows) throws IOException {
		Map<String, List<CSVRecord>> sheets = sheets(csvZip);
		sheets.remove("realisasi");
		int others = sheets.entrySet().stream()
			.filter(e -> !e.getKey().equals(INDICATORS))
			.mapToInt(e -> e.getValue().size() - 1)
			.sum();
		int indicators = rows - others;
		if (indicators < 0 || indicators > sheets.get(INDICATORS).size() - 1) {
			throw new IllegalArgumentException("A file of " + rows + " rows cannot be cut from this export (" + others
					+ " rows besides the indicators)");
		}
		sheets.put(INDICATORS, sheets.get(INDICATORS).subList(0, indicators + 1));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (var sheet : sheets.entrySet()) {
				out.putNextEntry(new ZipEntry(sheet.getKey() + ".csv"));
				StringBuilder text = new StringBuilder();
				try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
					for (CSVRecord record : sheet.getValue()) {
						printer.printRecord(record.values());
					}
				}
				out.write(text.toString().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** The same sheets as a workbook, one worksheet per CSV file, every cell as text (as a planner may type it). */
	static byte[] workbook(byte[] csvZip) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			for (var sheet : sheets(csvZip).entrySet()) {
				Sheet worksheet = workbook.createSheet(sheet.getKey());
				int r = 0;
				for (CSVRecord record : sheet.getValue()) {
					Row row = worksheet.createRow(r++);
					for (int c = 0; c < record.size(); c++) {
						if (!record.get(c).isEmpty()) {
							row.createCell(c).setCellValue(record.get(c));
						}
					}
				}
			}
			workbook.write(bytes);
			workbook.dispose();
		}
		return bytes.toByteArray();
	}

	/** Each CSV file of the zip by sheet name, header row first. */
	private static Map<String, List<CSVRecord>> sheets(byte[] csvZip) throws IOException {
		Map<String, List<CSVRecord>> sheets = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(csvZip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
					sheets.put(entry.getName().replaceFirst("\\.csv$", ""), parser.getRecords());
				}
			}
		}
		return sheets;
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
