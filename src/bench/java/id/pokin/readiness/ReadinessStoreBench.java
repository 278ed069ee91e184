package id.pokin.readiness;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import id.pokin.bench.AppProcess;
import id.pokin.bench.LatencyRecorder;
import id.pokin.cli.CommandArguments;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ProfiledPlan;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: the readiness check on a store made by {@code bench/generate.sh}, in the application jar started as
 * its own process with the suite's heap ({@code -Xmx1g}). Prints one table: the report over HTTP GraphQL for one
 * region and for everything (what the UI asks: score, counts and the first page of findings), the CSV download of
 * both (streamed to nowhere), the heap after, and each rule's Cypher through Bolt (median and database hits) for
 * one region and for everything (the form a report runs: the ids of the nodes at fault). Run it with
 * {@code bench/readiness-store.sh REGIONS [RUNS]}.
 */
public final class ReadinessStoreBench {

	/** What the UI's readiness page asks for (frontend/js/pages/readiness.js), minus the nested node fields. */
	static final String REPORT = """
			query($scope: ID, $year: Int) { readiness(scope: $scope, year: $year) {
			  score checkedNodes byRule { rule count } bySeverity { severity count }
			  findings(first: 100) { edges { cursor node { rule severity node { id name } message { id en }
			    evidence { key values } related { id } } } pageInfo { hasNextPage endCursor } }
			} }""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int YEAR = 2026;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Map<String, String> results = new LinkedHashMap<>();

	private final String report;

	private int httpPort;

	private ReadinessStoreBench(String report) {
		this.report = report;
	}

	public static void main(String[] args) throws Exception {
		CommandArguments arguments = CommandArguments.parse(List.of(args),
				List.of("jar", "data-dir", "label", "runs", "heap", "query", "rules", "everything", "warmup-seconds"));
		String query = arguments.value("query", null);
		new ReadinessStoreBench(query == null ? REPORT : Files.readString(Path.of(query))).run(
				Path.of(arguments.value("jar", null)), Path.of(arguments.value("data-dir", null)),
				arguments.value("label", "run"), arguments.intValue("runs", 20), arguments.value("heap", "1g"),
				!"false".equals(arguments.value("rules", "true")), !"false".equals(arguments.value("everything", "true")),
				arguments.intValue("warmup-seconds", 60));
	}

	private void run(Path jar, Path dataDir, String label, int runs, String heap, boolean rules, boolean all,
			int warmupSeconds) throws Exception {
		// every report computed afresh, as after a change: none is handed out again (pokin.readiness.cache-size)
		try (AppProcess app = AppProcess.start(jar, dataDir, heap, List.of("--pokin.readiness.cache-size=0"));
				Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + app.boltPort, AuthTokens.none())) {
			this.httpPort = app.httpPort;
			List<String> regions;
			try (Session session = driver.session()) {
				// a new migration's indexes populate in the background after the start
				session.run("CALL db.awaitIndexes(1800)").consume();
				long nodes = session.run("MATCH (n:Node) RETURN count(n) AS c").single().get("c").asLong();
				this.results.put("graph", "%,d nodes, app heap -Xmx%s".formatted(nodes, heap));
				regions = session.run("MATCH (u:Unit) WHERE u.level = 'PEMDA' RETURN u.id AS id ORDER BY id")
					.list(r -> r.get("id").asString());
			}
			double waited = app.awaitDocumentsChecked(Duration.ofMinutes(10));
			this.results.put("documents checked for the stored rules", waited < 0 ? "n/a (not in this build)"
					: "%.1f s after the start (waited)".formatted(waited));
			// warm up: plans and JIT (the rules' code needs 100 or more reports), on regions not measured afterwards
			long warmed = System.nanoTime() + warmupSeconds * 1_000_000_000L;
			for (int i = 0; i < 5 || System.nanoTime() < warmed; i++) {
				report(regions.get(regions.size() - 1 - i % Math.min(5, regions.size())));
			}
			this.results.put("warm-up", "%d s of reports on regions not measured".formatted(warmupSeconds));
			// each region twice: first as the first request to read it since the start (its pages come into
			// Neo4j's page cache from the file system), then warm
			List<String> measured = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				measured.add(regions.get(i % Math.max(1, regions.size() - 5)));
			}
			for (String pass : List.of("first read", "warm")) {
				LatencyRecorder region = new LatencyRecorder();
				for (String scope : measured) {
					long t = System.nanoTime();
					report(scope);
					region.add(System.nanoTime() - t);
				}
				record("report, one region (" + YEAR + "), " + pass, region);
			}
			attempt("CSV download, one region", () -> {
				long t = System.nanoTime();
				long bytes = download("csv", regions.get(0));
				this.results.put("CSV download, one region", "%.0f ms, %,d bytes".formatted((System.nanoTime() - t) / 1e6, bytes));
			});
			if (all) {
			attempt("report, everything (" + YEAR + ")", () -> {
				// the first report of everything reads the whole store into the page cache and plans its queries:
				// kept apart, as the first read of a region is
				long first = System.nanoTime();
				report(null);
				this.results.put("report, everything (" + YEAR + "), the first", "%.1f s".formatted((System.nanoTime() - first) / 1e9));
				LatencyRecorder everything = new LatencyRecorder();
				for (int i = 0; i < Math.max(3, runs / 5); i++) {
					long t = System.nanoTime();
					report(null);
					everything.add(System.nanoTime() - t);
				}
				record("report, everything (" + YEAR + "), after the first", everything);
			});
			attempt("CSV download, everything", () -> {
				long t = System.nanoTime();
				long bytes = download("csv", null);
				this.results.put("CSV download, everything", "%.1f s, %,d bytes".formatted((System.nanoTime() - t) / 1e9, bytes));
			});
			attempt("XLSX download, everything", () -> {
				long t = System.nanoTime();
				long bytes = download("xlsx", null);
				this.results.put("XLSX download, everything", "%.1f s, %,d bytes".formatted((System.nanoTime() - t) / 1e9, bytes));
			});
			}
			this.results.put("app heap used after GC", "%,d MB".formatted(app.heapUsedBytes() / (1024 * 1024)));
			this.results.put("app RSS", "%,d MB".formatted(app.rssBytes() / (1024 * 1024)));
			if (rules) {
				rules(driver, regions.get(0), runs);
			}
		}
		print(label, jar);
	}

	/** Every rule's Cypher on its own, through Bolt, with the parameters the service gives it. */
	private void rules(Driver driver, String region, int runs) throws IOException {
		String document;
		try (Session session = driver.session()) {
			document = session.run("MATCH (u:Node {id: $id}) RETURN u.sourceDocument AS d", Map.of("id", region))
				.single().get("d").asString();
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(Path.of("cypher", "readiness"))) {
			files = list.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
		}
		for (Path file : files) {
			String rule = file.getFileName().toString().replace(".cypher", "");
			String cypher = nodesForm(rule, Files.readString(file));
			Map<String, Object> one = parameters(List.of(document));
			double millis = median(() -> rows(driver, cypher, one), runs);
			long hits = hits(driver, cypher, one);
			this.results.put("rule " + rule + ", one region", "%.1f ms, %,d db hits, %,d rows".formatted(millis, hits,
					rows(driver, cypher, one)));
		}
		List<String> all;
		try (Session session = driver.session()) {
			all = session.run("MATCH (d:Document) RETURN d.id AS id ORDER BY id").list(r -> r.get("id").asString());
		}
		for (Path file : files) {
			String rule = file.getFileName().toString().replace(".cypher", "");
			String cypher = nodesForm(rule, Files.readString(file));
			Map<String, Object> everything = parameters(all);
			attempt("rule " + rule + ", everything", () -> {
				long t = System.nanoTime();
				long rows = rows(driver, cypher, everything);
				this.results.put("rule " + rule + ", everything", "%.0f ms, %,d rows".formatted((System.nanoTime() - t) / 1e6, rows));
			});
		}
	}

	/** What a report runs to count a rule: the ids of the nodes at fault (the link rows for the cycle rule). */
	private static String nodesForm(String rule, String cypher) {
		return Rules.CYCLE.equals(rule) ? cypher : ReadinessRule.Query.of(rule, cypher).nodes();
	}

	private static Map<String, Object> parameters(List<String> documents) {
		Map<String, Object> levels = new LinkedHashMap<>();
		List<String> order = List.of("PEMDA", "PERANGKAT_DAERAH", "ASISTEN", "BAGIAN", "SUBBAGIAN");
		order.forEach(level -> levels.put(level, (long) order.indexOf(level)));
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("documents", documents);
		// the stored rules as on documents not checked yet: every rule's full work
		parameters.put("checkedDocuments", List.of());
		parameters.put("uncheckedDocuments", documents);
		parameters.put("nodes", List.of());
		parameters.put("year", (long) YEAR);
		parameters.put("top", "TUJUAN");
		parameters.put("topKinds", List.of("TUJUAN"));
		parameters.put("topLevels", List.of());
		parameters.put("levels", levels);
		parameters.put("levelOrder", order);
		return parameters;
	}

	/** Runs a query and streams its rows away, so the client holds none of them. */
	private static long rows(Driver driver, String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> {
				Result result = tx.run(cypher, parameters);
				long n = 0;
				while (result.hasNext()) {
					result.next();
					n++;
				}
				return n;
			});
		}
	}

	private static long hits(Driver driver, String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			Result result = session.run("PROFILE " + cypher, parameters);
			while (result.hasNext()) {
				result.next();
			}
			return hits(result.consume().profile());
		}
	}

	private static long hits(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(ReadinessStoreBench::hits).sum();
	}

	private static double median(Supplier<?> work, int runs) {
		work.get();
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.get();
			times.add(System.nanoTime() - start);
		}
		times.sort(Long::compare);
		return times.get(times.size() / 2) / 1_000_000.0;
	}

	private void report(String scope) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("scope", scope);
		variables.put("year", YEAR);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("query", this.report);
		request.put("variables", variables);
		try {
			HttpResponse<String> response = this.http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				throw new IllegalStateException("GraphQL request failed: " + response.statusCode() + " "
						+ response.body().substring(0, Math.min(300, response.body().length())));
			}
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Downloads a report file and counts its bytes without keeping them. */
	private long download(String extension, String scope) throws Exception {
		String query = "year=" + YEAR + (scope == null ? "" : "&scope=" + scope);
		HttpResponse<InputStream> response = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + "/api/readiness/report." + extension + "?" + query))
			.build(), HttpResponse.BodyHandlers.ofInputStream());
		long bytes = 0;
		try (InputStream in = response.body()) {
			byte[] buffer = new byte[65536];
			for (int n; (n = in.read(buffer)) > 0;) {
				bytes += n;
			}
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException("download failed: " + response.statusCode());
		}
		return bytes;
	}

	private interface Measurement {

		void run() throws Exception;

	}

	private void attempt(String name, Measurement measurement) {
		try {
			measurement.run();
		}
		catch (Exception | Error ex) {
			Throwable cause = ex;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			String reason = String.valueOf(cause.getMessage());
			this.results.put(name, "FAILED: " + reason.substring(0, Math.min(160, reason.length())).replace('|', '/')
				.replace('\n', ' '));
		}
	}

	private void record(String name, LatencyRecorder latencies) {
		this.results.put(name, "p50 %.1f ms, p99 %.1f ms (n=%d)".formatted(latencies.percentileMillis(50),
				latencies.percentileMillis(99), latencies.count()));
	}

	private void print(String label, Path jar) throws IOException {
		StringBuilder table = new StringBuilder();
		table.append("### readiness, ").append(label).append("\n\nMeasured ").append(Instant.now()).append(" on ")
			.append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
			.append(System.getProperty("java.version")).append(", ").append(jar.getFileName())
			.append("\n\n| measure | result |\n|---|---|\n");
		this.results.forEach((k, v) -> table.append("| ").append(k).append(" | ").append(v).append(" |\n"));
		System.out.println(table);
		Path out = Path.of("target", "bench", "readiness-" + label.replaceAll("[^A-Za-z0-9]+", "-") + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table, StandardCharsets.UTF_8);
		System.out.println("written to " + out);
	}

}
