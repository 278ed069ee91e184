package id.pokin.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The same GraphQL request over HTTP sent by wrk, a load generator written in C (keep-alive connections), for the
 * ids given in turn. On 2 cores the suite's Java client costs the server CPU and adds its own time to each request;
 * wrk adds little of either, so its figures are the server's. Optional: {@link #available()} says whether wrk is
 * on the PATH ({@code apt-get install wrk}).
 */
final class WrkRun {

	private static final Pattern PERCENTILE = Pattern.compile("(?m)^\\s+(50|99)(?:\\.0+)?%\\s+([\\d.]+)(us|ms|s)\\s*$");

	private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]+");

	private static final Pattern RATE = Pattern.compile("(?m)^Requests/sec:\\s+([\\d.]+)");

	record Result(double p50Millis, double p99Millis, double perSecond) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, %,.0f req/s (wrk)", this.p50Millis,
					this.p99Millis, this.perSecond);
		}

	}

	private WrkRun() {
	}

	static boolean available() {
		try {
			Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * POSTs {@code {"query": document, "variables": {"id": ...}}} for {@code seconds}, the ids in turn, over
	 * {@code connections} connections (one wrk thread, two from 2 connections on).
	 */
	static Result run(URI graphql, String document, List<String> ids, int connections, int seconds)
			throws IOException, InterruptedException {
		Path script = Files.createTempFile("pokin-wrk", ".lua");
		try {
			Files.writeString(script, script(document, ids), StandardCharsets.UTF_8);
			Process process = new ProcessBuilder("wrk", "-t" + Math.min(2, connections), "-c" + connections,
					"-d" + seconds + "s", "--latency", "-s", script.toString(), graphql.toString())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IllegalStateException("wrk failed: " + output);
			}
			return parse(output);
		}
		finally {
			Files.deleteIfExists(script);
		}
	}

	static Result parse(String output) {
		double p50 = Double.NaN;
		double p99 = Double.NaN;
		Matcher percentile = PERCENTILE.matcher(output);
		while (percentile.find()) {
			double millis = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
				case "us" -> 0.001;
				case "s" -> 1000;
				default -> 1;
			};
			if (percentile.group(1).equals("50")) {
				p50 = millis;
			}
			else {
				p99 = millis;
			}
		}
		Matcher rate = RATE.matcher(output);
		if (Double.isNaN(p50) || Double.isNaN(p99) || !rate.find()) {
			throw new IllegalStateException("wrk printed no latency distribution: " + output);
		}
		if (output.contains("Non-2xx or 3xx responses")) {
			throw new IllegalStateException("wrk got error responses: " + output);
		}
		return new Result(p50, p99, Double.parseDouble(rate.group(1)));
	}

	/** Lua for wrk: each request the next id's body. Ids are plain (letters, digits, '-'), the document is quoted. */
	private static String script(String document, List<String> ids) {
		ids.stream().filter(id -> !PLAIN_ID.matcher(id).matches()).findFirst().ifPresent(id -> {
			throw new IllegalArgumentException("wrk script: id '" + id + "' is not plain");
		});
		String prefix = "{\"query\":" + jsonString(document) + ",\"variables\":{\"id\":\"";
		return """
				local ids = {%s}
				local n = 0
				local headers = {["Content-Type"] = "application/json"}
				request = function()
				  n = n %% #ids + 1
				  return wrk.format("POST", nil, headers, [==[%s]==] .. ids[n] .. '"}}')
				end
				""".formatted(ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")), prefix);
	}

	private static String jsonString(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				default -> json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
