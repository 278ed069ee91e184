package id.pokin.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import id.pokin.cli.CommandArguments;
import id.pokin.graph.CypherFile;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

/**
 * The server-mode bench (issue #24): one run that
 * <ol>
 * <li>starts a Neo4j server in a JVM of its own ({@link Neo4jServer}, Bolt on loopback), generates the synthetic
 * regions into it with the app's {@code generate} command (the bulk-load rate), starts the app with
 * {@code NEO4J_URI} pointing at it, and times the trace through the app over HTTP beside the same trace query
 * through the raw driver on that server (one session per request, {@code executeRead}, every row read: the floor)
 * and the same request through a generic GraphQL-over-Neo4j server ({@link GenericGraphQl}), then the 5,000-row
 * workbook import;</li>
 * <li>does the same with the embedded default on the same generated data (offline import into a new store).</li>
 * </ol>
 * One client; each figure is the median of {@code runs} timed runs of {@code seconds} each, after
 * {@code warmup-seconds} of each in turn. Prints one table (also written to {@code target/bench/}). Not a test: run
 * it with {@code bench/server.sh}.
 */
public final class ServerBench {

	/**
	 * The suite's trace request (BenchmarkSuite), also sent to the generic server (its fields must stay within
	 * bench/generic-graphql's trace.graphql), and the same query with the same parameters as the floor.
	 */
	private static final String TRACE = """
			query($id: ID!) { trace(id: $id) { nodes { id kind name level responsibleUnits { id name } } } }""";

	/** The generate command's line when its offline import is done and the server may start (--server-uri). */
	private static final String START_SERVER = "start the server now";

	private static final String TRACE_CYPHER = CypherFile.load("queries/trace.cypher");


	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, String> results = new LinkedHashMap<>();

	private final Settings settings;

	/** The Neo4j server of the mode being measured, if any (its CPU time counts with the app's). */
	private Process server;

	private ServerBench(Settings settings) {
		this.settings = settings;
	}

	/**
	 * @param jars the builds compared by an imports-only run ({@code only=imports}), old first: each gets the same
	 * generated data (embedded: a copy of one store each; server: one server, the later builds importing into a store
	 * the earlier ones' imports grew, which can only slow them)
	 */
	record Settings(Path jar, int regions, int indicators, int seconds, int runs, int warmupSeconds, int imports,
			int importWarmup, String heap, List<String> modes, List<String> serverLoads, boolean loadOnly,
			boolean importsOnly, List<Path> jars) {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("http.maxConnections", "4");
		CommandArguments arguments = CommandArguments.parse(List.of(args), List.of("jar", "regions", "indicators",
				"seconds", "runs", "warmup-seconds", "imports", "import-warmup", "heap", "modes", "server-load", "load-only",
				"only", "compare"));
		Path jar = Path.of(arguments.value("jar", null));
		List<Path> jars = new ArrayList<>();
		for (String other : arguments.value("compare", "").split(",")) {
			if (!other.isBlank()) {
				jars.add(Path.of(other.strip()));
			}
		}
		jars.add(jar);
		Settings settings = new Settings(Path.of(arguments.value("jar", null)), arguments.intValue("regions", 2),
				arguments.intValue("indicators", 1000), arguments.intValue("seconds", 10), arguments.intValue("runs", 3),
				arguments.intValue("warmup-seconds", 60), arguments.intValue("imports", 7),
				arguments.intValue("import-warmup", 5), arguments.value("heap", "1g"),
				List.of(arguments.value("modes", "server,embedded").split(",")),
				List.of(arguments.value("server-load", "offline").split(",")),
				Boolean.parseBoolean(arguments.value("load-only", "false")),
				"imports".equals(arguments.value("only", "")), List.copyOf(jars));
		new ServerBench(settings).run();
	}

	private void run() throws Exception {
		Path work = Files.createTempDirectory("pokin-server-bench-");
		try {
			this.results.put("settings", "%d region(s), %d indicator ids, one client, %d run(s) of %d s (medians), %d s warm-up, app -Xmx%s"
				.formatted(this.settings.regions, this.settings.indicators, this.settings.runs, this.settings.seconds,
						this.settings.warmupSeconds, this.settings.heap));
			if (this.settings.importsOnly) {
				if (this.settings.modes.contains("server")) {
					attempt("server", () -> serverImports(work.resolve("server")));
				}
				if (this.settings.modes.contains("embedded")) {
					attempt("embedded", () -> embeddedImports(work.resolve("embedded")));
				}
			}
			else {
				if (this.settings.modes.contains("server")) {
					attempt("server", () -> serverMode(work.resolve("server")));
				}
				if (this.settings.modes.contains("embedded")) {
					attempt("embedded", () -> embeddedMode(work.resolve("embedded")));
				}
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
		print();
	}

	private void serverMode(Path home) throws Exception {
		// the other ways of loading, each into a server of its own, for their rates beside the first's
		for (String method : this.settings.serverLoads.subList(1, this.settings.serverLoads.size())) {
			attempt("server: bulk load, " + method, () -> {
				Path other = home.resolveSibling("server-" + method);
				stopServer(loadServer(other, method));
				FileSystemUtils.deleteRecursively(other);
			});
		}
		Process server = loadServer(home, this.settings.serverLoads.get(0));
		this.server = server;
		int port = serverPort(home);
		try {
			if (this.settings.loadOnly) {
				return;
			}
			try (AppProcess app = AppProcess.startOnServer(this.settings.jar, port, this.settings.heap,
					List.of("--pokin.security.admin-password=" + ImportBench.ADMIN_PASSWORD));
					GenericGraphQl generic = GenericGraphQl.start(app.boltPort, this.settings.heap)) {
				measure("server", app, generic);
			}
		}
		finally {
			this.server = null;
			stopServer(server);
		}
	}

	/** The imports alone ({@code only=imports}): one server, each build's app on it in turn. */
	private void serverImports(Path home) throws Exception {
		Process server = loadServer(home, this.settings.serverLoads.get(0));
		this.server = server;
		int port = serverPort(home);
		try {
			for (Path jar : this.settings.jars) {
				try (AppProcess app = AppProcess.startOnServer(jar, port, this.settings.heap,
						List.of("--pokin.security.admin-password=" + ImportBench.ADMIN_PASSWORD))) {
					app.awaitDocumentsChecked(Duration.ofMinutes(10));
					attempt("server: import, " + jar, () -> imports("server", app, jar));
				}
			}
		}
		finally {
			this.server = null;
			stopServer(server);
		}
	}

	/** The imports alone ({@code only=imports}): each build's app on a copy of one generated store. */
	private void embeddedImports(Path store) throws Exception {
		load("embedded: generate (offline import)", generate(Map.of(),
				List.of("--pokin.embedded.data-dir=" + store, "--pokin.embedded.page-cache=1GB")), 0);
		int n = 0;
		for (Path jar : this.settings.jars) {
			Path copy = store.resolveSibling("embedded-" + ++n);
			FileSystemUtils.copyRecursively(store, copy);
			try (AppProcess app = AppProcess.start(jar, copy, this.settings.heap,
					List.of("--pokin.security.admin-password=" + ImportBench.ADMIN_PASSWORD))) {
				app.awaitDocumentsChecked(Duration.ofMinutes(10));
				attempt("embedded: import, " + jar, () -> imports("embedded", app, jar));
			}
			finally {
				FileSystemUtils.deleteRecursively(copy);
			}
		}
	}

	/**
	 * A server on {@code home} holding the generated regions, loaded by {@code method}: {@code transactions}, the
	 * generate command over Bolt into the running server; {@code offline}, Neo4j's offline importer into the
	 * server's database folder before the server starts (the generate command on an empty store there), the rate
	 * counting the server's start too, until it answers with every index online.
	 */
	private Process loadServer(Path home, String method) throws Exception {
		int port = AppProcess.freePort();
		String name = "server: bulk load (" + method + ")";
		switch (method) {
			case "transactions" -> {
				Process server = startServer(home, port);
				load(name, generate(Map.of("NEO4J_URI", "bolt://127.0.0.1:" + port), List.of()), 0);
				return server;
			}
			case "offline" -> {
				// the server starts when generate has imported, and generate creates the schema through it
				Process[] server = new Process[1];
				try {
					List<String> output = generate(Map.of(), List.of("--method", "offline",
							"--pokin.embedded.data-dir=" + home, "--pokin.embedded.page-cache=1GB",
							"--server-uri", "bolt://127.0.0.1:" + port), line -> {
								if (line.startsWith(START_SERVER)) {
									server[0] = startServerInBackground(home, port);
								}
							});
					if (server[0] == null) {
						throw new IllegalStateException("generate never asked for the server");
					}
					awaitReady(server[0], home);
					awaitIndexes(port, output);
					load(name, output, 0);
					return server[0];
				}
				catch (Exception | Error ex) {
					if (server[0] != null) {
						server[0].destroy();
					}
					throw ex;
				}
			}
			case "offline-restart" -> {
				List<String> output = generate(Map.of(), List.of("--method", "offline",
						"--pokin.embedded.data-dir=" + home, "--pokin.embedded.page-cache=1GB"));
				long started = System.nanoTime();
				Process server = startServer(home, port);
				awaitIndexes(port, output);
				load(name, output, (System.nanoTime() - started) / 1e9);
				return server;
			}
			default -> throw new IllegalArgumentException("Unknown server load " + method + "; use offline, offline-restart or transactions");
		}
	}

	/** Waits for the server's indexes, and checks it serves the nodes the generate command wrote. */
	private void awaitIndexes(int port, List<String> output) {
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(),
				Config.builder().withLogging(Logging.none()).build()); Session session = driver.session()) {
			session.run("CALL db.awaitIndexes(3600)").consume();
			long nodes = session.run("MATCH (n:Node) RETURN count(n) AS c").single().get("c").asLong();
			String generated = generatedRow(output)[3].strip();
			if (nodes != Long.parseLong(generated)) {
				throw new IllegalStateException("The server holds " + nodes + " nodes; generate wrote " + generated);
			}
		}
	}

	private static void stopServer(Process server) throws Exception {
		server.getOutputStream().close();
		if (!server.waitFor(60, TimeUnit.SECONDS)) {
			server.destroy();
			server.waitFor();
		}
	}

	/** The port a server started by {@link #startServer} listens on, from its log line {@code ready bolt://...}. */
	private static int serverPort(Path home) throws IOException {
		String log = Files.readString(home.resolveSibling(home.getFileName() + "-neo4j-server.log"));
		java.util.regex.Matcher ready = java.util.regex.Pattern.compile("ready bolt://[^:]+:(\\d+)").matcher(log);
		if (!ready.find()) {
			throw new IllegalStateException("No Bolt port in the server's log: " + log);
		}
		return Integer.parseInt(ready.group(1));
	}

	private void embeddedMode(Path store) throws Exception {
		load("embedded: generate (offline import)", generate(Map.of(),
				List.of("--pokin.embedded.data-dir=" + store, "--pokin.embedded.page-cache=1GB")), 0);
		if (this.settings.loadOnly) {
			return;
		}
		try (AppProcess app = AppProcess.start(this.settings.jar, store, this.settings.heap,
				List.of("--pokin.security.admin-password=" + ImportBench.ADMIN_PASSWORD));
				GenericGraphQl generic = GenericGraphQl.start(app.boltPort, this.settings.heap)) {
			measure("embedded", app, generic);
		}
	}

	/**
	 * Trace through the app, through the driver and through a generic GraphQL server ({@link GenericGraphQl}), the
	 * bolt port being the server's (or the embedded one's).
	 */
	private void measure(String mode, AppProcess app, GenericGraphQl generic) throws Exception {
		URI graphql = URI.create("http://127.0.0.1:" + app.httpPort + "/graphql");
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + app.boltPort, AuthTokens.none(),
				Config.builder().withLogging(Logging.none()).build())) {
			List<String> ids = indicators(driver);
			// a new store is checked for the stored readiness rules in the background after the start: not timed
			app.awaitDocumentsChecked(Duration.ofMinutes(10));
			Consumer<String> api = id -> graphQl(graphql, TRACE, Map.of("id", id));
			Consumer<String> raw = id -> {
				try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
					session.executeRead(tx -> tx.run(TRACE_CYPHER, Map.of("id", id, "maxPaths", 1000, "withUnits", true)).list());
				}
			};
			// the same request to the comparator, when it started
			Consumer<String> other = generic.running() ? id -> graphQl(generic.graphql, TRACE, Map.of("id", id)) : null;
			generic.checkAnswers(mode, ids, id -> graphQl(graphql, TRACE, Map.of("id", id)),
					id -> graphQl(generic.graphql, TRACE, Map.of("id", id)), this.results);
			// the HTTP floor: a request through the same connection, Tomcat and filter chain that does no work
			URI liveness = URI.create("http://127.0.0.1:" + app.httpPort + "/actuator/health/liveness");
			Consumer<String> http = id -> get(liveness);
			List<Consumer<String>> paths = Stream.of(api, raw, other, http).filter(Objects::nonNull).toList();
			String load = loadAverage();
			// until the JIT has compiled every request path
			long warmUntil = System.nanoTime() + this.settings.warmupSeconds * 1_000_000_000L;
			int turn = 0;
			while (System.nanoTime() < warmUntil) {
				timed(paths.get(turn++ % paths.size()), ids, 1);
			}
			List<Run> apiRuns = new ArrayList<>();
			List<Run> rawRuns = new ArrayList<>();
			List<Run> otherRuns = new ArrayList<>();
			List<Run> httpRuns = new ArrayList<>();
			for (int i = 0; i < this.settings.runs; i++) {
				apiRuns.add(timed(api, ids, this.settings.seconds));
				rawRuns.add(timed(raw, ids, this.settings.seconds));
				if (other != null) {
					otherRuns.add(timed(other, ids, this.settings.seconds));
				}
				httpRuns.add(timed(http, ids, Math.max(1, this.settings.seconds / 3)));
			}
			Run apiMedian = Run.median(apiRuns);
			Run rawMedian = Run.median(rawRuns);
			Run httpMedian = Run.median(httpRuns);
			this.results.put(mode + ": trace, Pokin over HTTP", apiMedian + " (runs: " + Run.p50s(apiRuns) + ")");
			this.results.put(mode + ": trace, raw driver", rawMedian + " (runs: " + Run.p50s(rawRuns) + ")");
			this.results.put(mode + ": trace p50 Pokin/raw", "%.2fx (target <= 1.5x on a server)"
				.formatted(apiMedian.p50 / rawMedian.p50));
			generic.report(mode, apiMedian, otherRuns, this.results);
			this.results.put(mode + ": HTTP floor (GET /actuator/health/liveness)", httpMedian.toString());
			this.results.put(mode + ": trace p50 in the app beyond the HTTP floor", "%.2f ms (%.2fx raw)"
				.formatted(apiMedian.p50 - httpMedian.p50, (apiMedian.p50 - httpMedian.p50) / rawMedian.p50));
			this.results.put(mode + ": load average (1, 5, 15 min) before / after the traces",
					load + " / " + loadAverage());
			attempt(mode + ": import", () -> imports(mode, app, this.settings.jar));
		}
	}

	/**
	 * The 5,000-row workbook (#3's figure): {@code import-warmup} uploads of warm-up, then {@code imports} back to
	 * back. The trace's warm-up does not warm the import's code (POI, the parser, the checks, the writes): after two
	 * uploads it still runs largely interpreted, and took about twice its steady time; five is what
	 * {@code bench/import-series.sh} leaves out too.
	 */
	private void imports(String mode, AppProcess app, Path jar) throws Exception {
		ImportBench bench = new ImportBench(app.httpPort);
		String region = "r001-pemda";
		byte[] csv = ImportBench.firstRows(bench.export(region, "csv"), 5000);
		byte[] xlsx = ImportBench.workbook(csv);
		for (int i = 0; i < this.settings.importWarmup; i++) {
			bench.upload(xlsx, "region.xlsx", "r001-");
		}
		String load = loadAverage();
		LatencyRecorder times = new LatencyRecorder();
		List<String> each = new ArrayList<>();
		// CPU time (all threads: the import, its after-work, the collector; and the server's on a server) tells the
		// work an import costs even on a machine too busy for its wall-clock time to mean much
		List<Long> pids = this.server != null ? List.of(app.pid(), this.server.pid()) : List.of(app.pid());
		double cpuBefore = cpuSeconds(pids);
		for (int i = 0; i < this.settings.imports; i++) {
			double seconds = bench.upload(xlsx, "region.xlsx", "r001-");
			times.add((long) (seconds * 1e9));
			each.add("%.2f".formatted(seconds));
		}
		double cpu = (cpuSeconds(pids) - cpuBefore) / this.settings.imports;
		String build = this.settings.jars.size() > 1 ? " (" + jar + ")" : "";
		this.results.put(mode + ": import of a 5,000-row workbook, median of " + this.settings.imports + build,
				"%.3f s (each: %s s; target < 1 s; after %d of warm-up; CPU %.2f s per import%s; load average %s / %s)"
					.formatted(times.percentileMillis(50) / 1000, String.join(", ", each), this.settings.importWarmup,
							cpu, pids.size() > 1 ? " (app and server)" : "", load, loadAverage()));
	}

	/** A run of one client for a number of seconds. */
	private static Run timed(Consumer<String> operation, List<String> ids, int seconds) {
		LatencyRecorder latencies = new LatencyRecorder();
		long started = System.nanoTime();
		long until = started + seconds * 1_000_000_000L;
		int i = 0;
		long now = started;
		while (now < until) {
			operation.accept(ids.get(i++ % ids.size()));
			long done = System.nanoTime();
			latencies.add(done - now);
			now = done;
		}
		return new Run(latencies.percentileMillis(50), latencies.percentileMillis(99),
				latencies.count() / ((now - started) / 1e9), latencies.count());
	}

	record Run(double p50, double p99, double perSecond, int count) {

		static Run median(List<Run> runs) {
			return new Run(middle(runs.stream().map(Run::p50).toList()), middle(runs.stream().map(Run::p99).toList()),
					middle(runs.stream().map(Run::perSecond).toList()), runs.stream().mapToInt(Run::count).sum());
		}

		static String p50s(List<Run> runs) {
			return String.join(" / ", runs.stream().map(r -> "%.2f ms, %.0f/s".formatted(r.p50, r.perSecond)).toList());
		}

		private static double middle(List<Double> values) {
			List<Double> sorted = new ArrayList<>(values);
			Collections.sort(sorted);
			return sorted.get(sorted.size() / 2);
		}

		@Override
		public String toString() {
			return "p50 %.2f ms, p99 %.2f ms, %,.0f req/s".formatted(this.p50, this.p99, this.perSecond);
		}

	}

	private List<String> indicators(Driver driver) {
		try (Session session = driver.session()) {
			List<String> ids = new ArrayList<>(session.run("""
					MATCH (i:Indikator) WHERE i.level = 'SUBBAGIAN'
					WITH i ORDER BY i.id LIMIT $n RETURN i.id AS id""", Map.of("n", this.settings.indicators))
				.list(r -> r.get("id").asString()));
			Collections.shuffle(ids, new Random(42));
			if (ids.isEmpty()) {
				throw new IllegalStateException("No generated indicators");
			}
			this.results.putIfAbsent("graph", "%,d nodes".formatted(
					session.run("MATCH (n:Node) RETURN count(n) AS c").single().get("c").asLong()));
			return ids;
		}
	}

	private Process startServer(Path home, int port) throws Exception {
		Process server = startServerInBackground(home, port);
		awaitReady(server, home);
		return server;
	}

	private Process startServerInBackground(Path home, int port) {
		try {
			Files.createDirectories(home);
			Path log = home.resolveSibling(home.getFileName() + "-neo4j-server.log");
			return new ProcessBuilder(javaBinary(), "-Xmx2g", "-cp", System.getProperty("java.class.path"),
					Neo4jServer.class.getName(), Integer.toString(port), home.toString(), Long.toString(1L << 30))
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The Neo4j server did not start", ex);
		}
	}

	private static void awaitReady(Process server, Path home) throws Exception {
		Path log = home.resolveSibling(home.getFileName() + "-neo4j-server.log");
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (!Files.readString(log).contains("ready ")) {
			if (!server.isAlive() || System.nanoTime() > deadline) {
				server.destroy();
				throw new IllegalStateException("The Neo4j server did not start: " + Files.readString(log));
			}
			Thread.sleep(200);
		}
	}

	/** The app's {@code generate} command; returns its output. */
	private List<String> generate(Map<String, String> environment, List<String> args) throws Exception {
		return generate(environment, args, line -> {
		});
	}

	/** The same, {@code onLine} called with each line of its output as it comes. */
	private List<String> generate(Map<String, String> environment, List<String> args, Consumer<String> onLine)
			throws Exception {
		// the generator is bench tooling, not in the product's jar: run from the bench profile's classes
		// (./mvnw -Pbench package: target/bench-classes and target/bench.classpath)
		String classpath = String.join(java.io.File.pathSeparator, "target/bench-classes", "target/classes",
				java.nio.file.Files.readString(Path.of("target/bench.classpath")).trim());
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx2g", "-cp", classpath, "id.pokin.PokinApplication",
				"generate", "--regions", Integer.toString(this.settings.regions), "--seed", "42",
				"--pokin.dataset.load-on-empty=false", "--logging.level.root=WARN"));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		List<String> lines = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				System.out.println("  generate: " + line);
				lines.add(line);
				onLine.accept(line);
			}
		}
		if (process.waitFor() != 0) {
			throw new IllegalStateException("generate failed: " + String.join("\n", lines));
		}
		return lines;
	}

	/**
	 * The generate command's row: | regions | method | nodes | relationships | seconds | nodes/s | relationships/s |,
	 * with {@code more} seconds after it (a server's start after an offline import) counted in the rate.
	 */
	private void load(String name, List<String> output, double more) {
		String[] cells = generatedRow(output);
		long nodes = Long.parseLong(cells[3].strip());
		double seconds = Double.parseDouble(cells[5].strip()) + more;
		this.results.put(name, "%d nodes, %s relationships in %.1f s%s: %,.0f nodes/s (target >= 20,000 into a server; load average %s)"
			.formatted(nodes, cells[4].strip(), seconds,
					more > 0 ? " (%.1f s of it the server's start)".formatted(more) : "", nodes / seconds, loadAverage()));
		// generate's phases (| phase | seconds | since the start |): what the rate counts, one by one
		List<String> phases = output.stream()
			.filter(l -> l.startsWith("| ") && !l.startsWith("| phase") && !l.startsWith("| regions") && !l.startsWith("| " + this.settings.regions + " |"))
			.map(l -> l.split("\\|"))
			.filter(c -> c.length >= 3)
			.map(c -> c[1].strip() + " " + c[2].strip() + " s")
			.toList();
		if (!phases.isEmpty()) {
			this.results.put(name + ", phases", String.join("; ", phases)
					+ (more > 0 ? "; then the server's start %.1f s".formatted(more) : ""));
		}
	}

	private String[] generatedRow(List<String> output) {
		String prefix = "| " + this.settings.regions + " |";
		String row = output.stream().filter(l -> l.startsWith(prefix)).reduce((a, b) -> b)
			.orElseThrow(() -> new IllegalStateException("No rate in generate's output"));
		return row.split("\\|");
	}

	private static String graphQl(URI graphql, String document, Map<String, Object> variables) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("query", document);
		request.put("variables", variables);
		try {
			HttpURLConnection connection = (HttpURLConnection) graphql.toURL().openConnection();
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setRequestProperty("Content-Type", "application/json");
			try (OutputStream out = connection.getOutputStream()) {
				out.write(JSON.writeValueAsBytes(request));
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

	private static void get(URI uri) {
		try {
			HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
			int status = connection.getResponseCode();
			try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
				in.readAllBytes();
			}
			if (status != 200) {
				throw new IllegalStateException(uri + " answered " + status);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** User and system CPU seconds the processes used so far (Linux: /proc/PID/stat, in clock ticks of 1/100 s). */
	private static double cpuSeconds(List<Long> pids) {
		double seconds = 0;
		for (long pid : pids) {
			try {
				String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				// after the name: state is field 3, utime 14 and stime 15 (counted from 1)
				seconds += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
			}
			catch (IOException | RuntimeException ex) {
				return Double.NaN;
			}
		}
		return seconds;
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (IOException ex) {
			return "n/a";
		}
	}

	private interface Step {

		void run() throws Exception;

	}

	/** A part that fails is reported as failed, with its reason, and the bench goes on. */
	private void attempt(String name, Step step) {
		try {
			step.run();
		}
		catch (Exception ex) {
			this.results.put(name, FailureReason.of(ex, 200));
			ex.printStackTrace();
		}
	}

	private void print() throws IOException {
		StringBuilder table = new StringBuilder("### Server mode and embedded, " + this.settings.regions + " region(s)\n\n");
		table.append("Measured ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
			.append(" cores, Java ").append(System.getProperty("java.version")).append(", ")
			.append(this.settings.jar.getFileName()).append("\n\n| measure | result |\n|---|---|\n");
		this.results.forEach((k, v) -> table.append("| ").append(k).append(" | ").append(v).append(" |\n"));
		System.out.println(table);
		Path out = Path.of("target", "bench", "server-" + this.settings.regions + "-regions.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
		System.out.println("written to " + out);
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
