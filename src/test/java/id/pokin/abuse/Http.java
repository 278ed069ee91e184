package id.pokin.abuse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests to the forked app over plain HTTP, each bounded as a whole (headers and body) by the client's
 * patience, so a case the app cannot refuse ends as a timeout instead of holding the suite.
 */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The longest the client waits for one answer; well above the 1 s a refusal may take. */
	static final Duration PATIENCE = Duration.ofSeconds(Long.getLong("pokin.abuse.client-timeout-seconds", 5));

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private Http() {
	}

	/** One answer, or how the exchange failed ({@code status} 0: see {@code failure}). */
	record Answer(int status, String contentType, byte[] body, long millis, String failure) {

		boolean timedOut() {
			return "timeout".equals(this.failure);
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		/** The body as JSON, or null when it is not. */
		JsonNode json() {
			if (this.body.length == 0) {
				return null;
			}
			try {
				return JSON.readTree(this.body);
			}
			catch (RuntimeException notJson) {
				return null;
			}
		}

	}

	static Answer send(HttpRequest request) {
		long start = System.nanoTime();
		CompletableFuture<HttpResponse<byte[]>> future = CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
		try {
			HttpResponse<byte[]> response = future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), millisSince(start), null);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			return new Answer(0, "", new byte[0], millisSince(start), "timeout");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			return new Answer(0, "", new byte[0], millisSince(start),
					cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static long millisSince(long start) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	/** A POST of a GraphQL request (query and variables) as the app's clients send it. */
	static HttpRequest graphQl(URI base, String user, String query, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		if (variables != null) {
			body.put("variables", variables);
		}
		return graphQlBody(base, user, JSON.writeValueAsBytes(body), "application/json");
	}

	/** A POST to {@code /graphql} with any body. */
	static HttpRequest graphQlBody(URI base, String user, byte[] body, String contentType) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve("/graphql"))
			.header("Content-Type", contentType)
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		return signedIn(builder, user).build();
	}

	static HttpRequest get(URI base, String path) {
		return HttpRequest.newBuilder(base.resolve(path)).GET().build();
	}

	/** An upload to {@code /api/import} as the administrator, the file as the one part {@code file}. */
	static HttpRequest upload(URI base, String fileName, byte[] file) {
		String boundary = "pokin-abuse-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return uploadBody(base, "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	/** A POST to {@code /api/import} as the administrator with any body. */
	static HttpRequest uploadBody(URI base, String contentType, byte[] body) {
		return signedIn(HttpRequest.newBuilder(base.resolve("/api/import"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)), "admin").build();
	}

	private static HttpRequest.Builder signedIn(HttpRequest.Builder builder, String user) {
		if (user != null) {
			builder.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + user + "-pw").getBytes(StandardCharsets.UTF_8)));
		}
		return builder;
	}

	/** A .zip of the four import sheets, each its CSV text (an empty text: the header row alone). */
	static byte[] importZip(String documents, String units, String elements, String indicators) {
		Map<String, String> sheets = new LinkedHashMap<>();
		sheets.put("documents.csv", "id,title,number,issuer,region,period_start,period_end,source_file\n" + documents);
		sheets.put("units.csv", "id,name,level,parent,document,source_ref\n" + units);
		sheets.put("elements.csv", "id,kind,code,name,level,parents,responsible,description,problems,document,source_ref\n"
				+ elements);
		sheets.put("indicators.csv", "id,element,code,name,satuan,baseline,target_2024,target_2025,target_2026,"
				+ "final_target,formula,data_source,definition,rationale,responsible,kind,polarity,iku,document,source_ref\n"
				+ indicators);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> sheet : sheets.entrySet()) {
				zip.putNextEntry(new ZipEntry(sheet.getKey()));
				zip.write(sheet.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
