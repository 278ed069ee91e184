package id.pokin.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import id.pokin.cli.CommandArguments;
import id.pokin.graph.CypherFile;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark suite: starts the application jar on a prepared store, drives it over HTTP GraphQL like a
 * client would, times the same trace as raw Cypher through the driver (the floor) in the same run, and prints
 * one table (also written to {@code target/bench/}). Not a test: run it with {@code bench/run.sh}.
 */
public final class BenchmarkSuite {

	private static final String TRACE = """
			query($id: ID!) { trace(id: $id) { nodes { id kind name level responsibleUnits { id name } } } }""";

	private static final String IMPACT = """
			query($id: ID!) { impact(id: $id) { truncated nodes { node { id kind name } parentIds depth } } }""";

	/** The search box's request: its first 20 matches. */
	private static final String SEARCH = """
			query($text: String!) { search(text: $text, first: 20) { id kind name level } }""";

	/** What the UI's readiness page asks first: the summary and the first page of findings. */
	private static final String READINESS = """
			query($scope: ID) { readiness(scope: $scope) { score checkedNodes byRule { rule count }
			  bySeverity { severity count } findings(first: 100) { edges { cursor node { rule severity node { id name }
			  message { id en } evidence { key values } } } pageInfo { hasNextPage } } } }""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, String> results = new LinkedHashMap<>();

	private URI graphql;

	/**
	 * GraphQL requests go through the JDK's blocking {@link HttpURLConnection} (HTTP/1.1, kept-alive connections
	 * reused): it works on the calling thread. {@code java.net.http.HttpClient} hands every exchange between its
	 * selector thread and the caller, which on 2 cores added ~1.7 ms to each request (measured against wrk).
	 */
	public static void main(String[] args) throws Exception {
		// one kept-alive connection per client thread (the default keeps 5)
		System.setProperty("http.maxConnections", "16");
		CommandArguments arguments = CommandArguments.parse(List.of(args),
				List.of("jar", "data-dir", "label", "requests", "heap", "warmup-seconds", "wrk-seconds",
						"readiness-warmup-seconds"));
		new BenchmarkSuite().run(Path.of(arguments.value("jar", null)), Path.of(arguments.value("data-dir", null)),
				arguments.value("label", "run"), arguments.intValue("requests", 2000), arguments.value("heap", "1g"),
				arguments.intValue("warmup-seconds", 60), arguments.intValue("wrk-seconds", 20),
				arguments.intValue("readiness-warmup-seconds", 60));
	}

	/**
	 * @param wrkSeconds how long wrk sends traces for each number of clients, when it is installed: the same trace
	 * over HTTP without the Java client's own cost, compared with the raw floor of the same run
	 * @param readinessWarmupSeconds how long region reports run before the figure of a warmed-up server is measured
	 */
	private void run(Path jar, Path dataDir, String label, int requests, String heap, int warmupSeconds,
			int wrkSeconds, int readinessWarmupSeconds) throws Exception {
		try (AppProcess app = AppProcess.start(jar, dataDir, heap,
				// readiness is measured as computed: no report is handed out again (pokin.readiness.cache-size)
				List.of("--pokin.security.admin-password=" + ImportBench.ADMIN_PASSWORD, "--pokin.readiness.cache-size=0"));
				Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + app.boltPort, AuthTokens.none())) {
			this.graphql = URI.create("http://127.0.0.1:" + app.httpPort + "/graphql");
			Sample sample = Sample.take(driver);
			this.results.put("graph", "%,d nodes, %,d relationships".formatted(sample.nodes, sample.relationships));

			String traceCypher = CypherFile.load("queries/trace.cypher");
			Consumer<String> apiTrace = id -> graphQl(TRACE, Map.of("id", id));
			// the floor: the query through the driver, as an auto-commit transaction in a read session (as the app
			// runs it on a server; on the embedded default the app reads in-process, see ARCHITECTURE.md)
			Consumer<String> rawTrace = id -> {
				try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
					session.run(traceCypher, Map.of("id", id, "maxPaths", 1000, "withUnits", true)).list();
				}
			};
			// until the JIT has compiled the request path: on 2 cores the first ~30 s of traces run 2-3x slower
			long warmUntil = System.nanoTime() + warmupSeconds * 1_000_000_000L;
			do {
				measure(apiTrace, sample.indicators, 200, 1);
				measure(rawTrace, sample.indicators, 200, 1);
			}
			while (System.nanoTime() < warmUntil);
			this.results.put("warm-up", "%d s of traces, HTTP and raw in turn".formatted(warmupSeconds));
			this.results.put("app heap", "-Xmx%s".formatted(heap));
			boolean wrk = WrkRun.available();
			for (int clients : new int[] { 1, 8 }) {
				Run api = measure(apiTrace, sample.indicators, requests, clients);
				Run raw = measure(rawTrace, sample.indicators, requests, clients);
				record("trace HTTP, " + clients + " client(s)", api);
				record("trace raw Cypher, " + clients + " client(s)", raw);
				this.results.put("trace API/raw p50, " + clients + " client(s)",
						"%.2fx".formatted(api.latencies.percentileMillis(50) / raw.latencies.percentileMillis(50)));
				if (wrk) {
					int n = clients;
					attempt("trace HTTP with wrk, " + n + " client(s)", () -> {
						WrkRun.Result byWrk = WrkRun.run(this.graphql, TRACE, sample.indicators, n, wrkSeconds);
						this.results.put("trace HTTP with wrk, " + n + " client(s)", byWrk.toString());
						this.results.put("trace API (wrk)/raw p50, " + n + " client(s)",
								"%.2fx".formatted(byWrk.p50Millis() / raw.latencies.percentileMillis(50)));
					});
				}
			}
			if (!wrk) {
				this.results.put("trace HTTP with wrk", "n/a (wrk is not installed)");
			}
			record("impact of an RPJMD tujuan (" + sample.impactSize(this) + " nodes)",
					measure(id -> graphQl(IMPACT, Map.of("id", id)), sample.tujuan, Math.min(50, requests), 1));
			// "jumlah" starts most generated indicators' names (a quarter of the nodes), "persentase yang terlaksana" fewer
			for (String text : List.of("jumlah", "persentase yang terlaksana")) {
				String name = "search \"" + text + "\", first 20";
				attempt(name, () -> record(name,
						measure(t -> graphQl(SEARCH, Map.of("text", t)), List.of(text), Math.min(30, requests), 1)));
			}
			attempt("import", () -> importThroughput(app, new ImportBench(app.httpPort), sample.regions.get(0)));
			if (hasField("readiness")) {
				// the imports' documents and, on a new copy of a store, every document
				double waited = app.awaitDocumentsChecked(Duration.ofMinutes(10));
				this.results.put("documents checked for the stored rules", waited < 0 ? "n/a (not in this build)"
						: "%.1f s after the imports (waited)".formatted(waited));
				Consumer<String> regionReport = id -> graphQl(READINESS, Map.of("scope", id));
				// a JVM's first reports run before the JIT (and Neo4j's expression compiler) has compiled the rules'
				// code: kept apart from the figure of a server that has been up a while, measured after region
				// reports for readinessWarmupSeconds (as traces are after theirs)
				attempt("readiness, one region, first reports", () -> record(
						"readiness, one region, the JVM's first 10 reports", measure(regionReport, sample.regions, 10, 1)));
				attempt("readiness, one region", () -> {
					long warmed = System.nanoTime() + readinessWarmupSeconds * 1_000_000_000L;
					do {
						measure(regionReport, sample.regions, 10, 1);
					}
					while (System.nanoTime() < warmed);
					record("readiness, one region, after %d s of reports".formatted(readinessWarmupSeconds),
							measure(regionReport, sample.regions, 50, 1));
				});
				Map<String, Object> everything = new LinkedHashMap<>();
				everything.put("scope", null);
				// last: on a large graph with a small heap this is the request that may exhaust the memory
				// the first report of everything reads the whole store into the page cache and plans its queries
				attempt("readiness, everything", () -> {
					record("readiness, everything, the first 2 reports",
							measure(id -> graphQl(READINESS, everything), List.of("all"), 2, 1));
					record("readiness, everything, after those", measure(id -> graphQl(READINESS, everything),
							List.of("all"), 5, 1));
				});
			}
			else {
				this.results.put("readiness", "n/a (not in this build)");
			}
			this.results.put("app heap used after GC", "%,d MB".formatted(app.heapUsedBytes() / (1024 * 1024)));
			this.results.put("app RSS", "%,d MB".formatted(app.rssBytes() / (1024 * 1024)));
		}
		print(label, jar);
	}

	/**
	 * A region of the store exported, renamed and imported again as new rows, five times in each format: the
	 * workbook (as the app exports it: inline strings) and the CSV zip.
	 */
	private void importThroughput(AppProcess app, ImportBench bench, String region) throws Exception {
		String prefix = region.substring(0, region.indexOf('-') + 1);
		byte[] csv = bench.export(region, "csv");
		importThroughput(bench, prefix, "xlsx", bench.export(region, "xlsx"), ImportBench.rows(csv));
		importThroughput(bench, prefix, "csv", csv, ImportBench.rows(csv));
		// #3's figure: a workbook of 5,000 rows (the region's documents, units and elements, and its first indicators).
		// The two formats take turns, so that neither gains from the other's warming the import up (the sets above
		// run one after the other: the first pays most of the JIT's work on the import).
		byte[] csv5000 = ImportBench.firstRows(csv, 5000);
		byte[] xlsx5000 = ImportBench.workbook(csv5000);
		LatencyRecorder xlsxTimes = new LatencyRecorder();
		LatencyRecorder csvTimes = new LatencyRecorder();
		for (int i = 0; i < 7; i++) {
			xlsxTimes.add((long) (bench.upload(xlsx5000, "region.xlsx", prefix) * 1e9));
			csvTimes.add((long) (bench.upload(csv5000, "region.zip", prefix) * 1e9));
		}
		putImport("xlsx", 5000, xlsxTimes, "median of 7, turns with csv");
		putImport("csv", 5000, csvTimes, "median of 7, turns with xlsx");
		// The same file as one user uploads it: back to back, each upload shares the cores with what the one before
		// left running (the full-text index catching up, the readiness check of its documents, the collector).
		LatencyRecorder quietXlsx = new LatencyRecorder();
		LatencyRecorder quietCsv = new LatencyRecorder();
		for (int i = 0; i < 5; i++) {
			app.awaitQuiet();
			quietXlsx.add((long) (bench.upload(xlsx5000, "region.xlsx", prefix) * 1e9));
			app.awaitQuiet();
			quietCsv.add((long) (bench.upload(csv5000, "region.zip", prefix) * 1e9));
		}
		putImport("xlsx", 5000, quietXlsx, "median of 5, each on a quiet app");
		putImport("csv", 5000, quietCsv, "median of 5, each on a quiet app");
	}


	private void importThroughput(ImportBench bench, String prefix, String format, byte[] file, int rows)
			throws Exception {
		LatencyRecorder times = new LatencyRecorder();
		for (int i = 0; i < 5; i++) {
			times.add((long) (bench.upload(file, format.equals("csv") ? "region.zip" : "region.xlsx", prefix) * 1e9));
		}
		putImport(format, rows, times, "median of 5");
	}

	private void putImport(String format, int rows, LatencyRecorder times, String how) {
		double median = times.percentileMillis(50) / 1000;
		this.results.put("import " + format + ", " + rows + " new rows (" + how + ")",
				"%.2f s, %,.0f rows/s (fastest %.2f s, slowest %.2f s)".formatted(median, rows / median,
						times.percentileMillis(0) / 1000, times.percentileMillis(100) / 1000));
	}

	private interface Measurement {

		void run() throws Exception;

	}

	/** A measurement that fails is reported as failed, with its reason, and the suite goes on. */
	private void attempt(String name, Measurement measurement) {
		try {
			measurement.run();
		}
		catch (Exception ex) {
			this.results.put(name, FailureReason.of(ex, 160));
		}
	}

	private record Run(LatencyRecorder latencies, double seconds) {
	}

	private Run measure(Consumer<String> operation, List<String> ids, int requests, int clients) throws Exception {
		LatencyRecorder latencies = new LatencyRecorder();
		ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
			Thread thread = new Thread(runnable, "bench-client");
			thread.setDaemon(true);
			return thread;
		});
		long started = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			futures.add(pool.submit(() -> {
				for (int i = client; i < requests; i += clients) {
					long t = System.nanoTime();
					operation.accept(ids.get(i % ids.size()));
					latencies.add(System.nanoTime() - t);
				}
			}));
		}
		try {
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new Run(latencies, (System.nanoTime() - started) / 1e9);
	}

	private void record(String name, Run run) {
		this.results.put(name, "p50 %.2f ms, p99 %.2f ms, %,.0f req/s (n=%d)".formatted(run.latencies.percentileMillis(50),
				run.latencies.percentileMillis(99), run.latencies.count() / run.seconds, run.latencies.count()));
	}

	String graphQl(String document, Map<String, Object> variables) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("query", document);
		request.put("variables", variables);
		String body = JSON.writeValueAsString(request);
		try {
			HttpURLConnection connection = (HttpURLConnection) this.graphql.toURL().openConnection();
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setRequestProperty("Content-Type", "application/json");
			try (OutputStream out = connection.getOutputStream()) {
				out.write(body.getBytes(StandardCharsets.UTF_8));
			}
			int status = connection.getResponseCode();
			String response;
			try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
				response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			if (status != 200 || response.contains("\"errors\"")) {
				throw new IllegalStateException("GraphQL request failed: " + status + " "
						+ response.substring(0, Math.min(300, response.length())));
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean hasField(String queryField) {
		String schema = graphQl("{ __schema { queryType { fields { name } } } }", Map.of());
		return schema.contains("\"name\":\"" + queryField + "\"");
	}

	private void print(String label, Path jar) throws Exception {
		StringBuilder table = new StringBuilder();
		table.append("### ").append(label).append("\n\n");
		table.append("Measured ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
			.append(" cores, Java ").append(System.getProperty("java.version")).append(", ").append(jar.getFileName())
			.append("\n\n| measure | result |\n|---|---|\n");
		this.results.forEach((k, v) -> table.append("| ").append(k).append(" | ").append(v).append(" |\n"));
		System.out.println(table);
		Path out = Path.of("target", "bench", label.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
		System.out.println("written to " + out);
	}

	/** Ids to run against, drawn once per run from the store. */
	private static final class Sample {

		List<String> indicators;

		List<String> tujuan;

		List<String> regions;

		long nodes;

		long relationships;

		static Sample take(Driver driver) {
			Sample sample = new Sample();
			try (Session session = driver.session()) {
				sample.nodes = session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong();
				sample.relationships = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
				sample.indicators = new ArrayList<>(session.run("""
						MATCH (i:Indikator) WHERE i.level = 'SUBBAGIAN'
						WITH i LIMIT 20000 RETURN i.id AS id""").list(r -> r.get("id").asString()));
				Collections.shuffle(sample.indicators, new Random(42));
				sample.tujuan = session.run("MATCH (t:Tujuan) WITH t LIMIT 12 RETURN t.id AS id")
					.list(r -> r.get("id").asString());
				sample.regions = session.run("MATCH (u:Unit) WHERE u.level = 'PEMDA' WITH u LIMIT 5 RETURN u.id AS id")
					.list(r -> r.get("id").asString());
			}
			if (sample.indicators.isEmpty() || sample.tujuan.isEmpty()) {
				throw new IllegalStateException("The store has no generated cascade; run bench/generate.sh first");
			}
			return sample;
		}

		int impactSize(BenchmarkSuite suite) {
			String body = suite.graphQl(IMPACT, Map.of("id", this.tujuan.get(0)));
			return body.split("\"depth\"").length - 1;
		}

	}

}
