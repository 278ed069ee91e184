package id.pokin.abuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The application in a JVM of its own, started from the test classpath as production starts it: its embedded
 * database, the demo dataset, a bounded heap and {@code -XX:+ExitOnOutOfMemoryError}. The abuse suite sends it
 * inputs that, on a build without the bounds, run for minutes or exhaust the heap: in a forked JVM such a case
 * ends that process (which the suite then restarts), never the test JVM and its shared Neo4j, and the heap read
 * after a full collection is the application's alone. One per test JVM, shared by the abuse test classes.
 */
final class AbuseApp implements AutoCloseable {

	/** The heap production gets by default (Dockerfile: a share of the container's memory; here a fixed size). */
	static final String HEAP = System.getProperty("pokin.abuse.heap", "512m");

	/** Users as in {@code GraphQlIntegrationTest}: passwords {@code <name>-pw}. */
	private static final List<String> USERS = List.of(
			"users[0].username=evaluator", "users[0].password={noop}evaluator-pw", "users[0].roles=EVALUATOR",
			"users[1].username=admin", "users[1].password={noop}admin-pw", "users[1].roles=ADMIN",
			"users[2].username=planner-a", "users[2].password={noop}planner-a-pw", "users[2].roles=PLANNER",
			"users[2].perangkat-daerah=ed-pd-a");

	private static AbuseApp shared;

	private final Path dataDir;

	private final Path log;

	private Process process;

	private int httpPort;

	private int boltPort;

	private Driver driver;

	private int starts;

	private AbuseApp(Path dataDir) throws IOException {
		this.dataDir = dataDir;
		this.log = dataDir.resolve("app.log");
	}

	/** The app of this test JVM, started (with the demo dataset and the editing fixture) on first use. */
	static synchronized AbuseApp shared() {
		if (shared == null) {
			try {
				AbuseApp app = new AbuseApp(Files.createTempDirectory("pokin-abuse"));
				app.start();
				app.awaitDataset();
				app.loadFixture("editing.cypher");
				// the lock node link changes create on first use, made now so that it does not count as a write
				app.write("MERGE (:PokinLock {name: 'links'})", Map.of());
				Runtime.getRuntime().addShutdownHook(new Thread(app::close));
				shared = app;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return shared;
	}

	private void start() {
		try {
			if (this.httpPort == 0) {
				// kept across restarts, so that requests built for the first process reach the next
				this.httpPort = freePort();
				this.boltPort = freePort();
			}
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError",
					WithParent.class.getName(),
					"--server.port=" + this.httpPort, "--pokin.embedded.data-dir=" + this.dataDir.resolve("store"),
					"--pokin.embedded.bolt-port=" + this.boltPort, "--pokin.embedded.page-cache=64MB",
					// no background warm-up: its readiness reports would share the two cores with the cases timed
					"--pokin.readiness.check-interval=0", "--pokin.warm-up.enabled=false", "--logging.level.root=WARN",
					"--logging.level.id.pokin.dataset.DatasetSeed=INFO"));
			USERS.forEach(user -> command.add("--pokin.security." + user));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
			// the test classpath holds the application and everything it needs; through the environment, since a
			// command line of that length is near the system's limit
			builder.environment().put("CLASSPATH", classpath());
			this.process = builder.start();
			this.starts++;
			awaitHealthy();
			this.driver = GraphDatabase.driver("bolt://127.0.0.1:" + this.boltPort, AuthTokens.none(),
					Config.builder().withLogging(Logging.none()).build());
			warmUp();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The test classpath, each entry once and without Surefire's own booter jar (whose manifest lists the same
	 * entries again: the migrations would then be found twice).
	 */
	static String classpath() {
		return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
			.filter(entry -> !entry.isBlank() && !Path.of(entry).getFileName().toString().startsWith("surefire"))
			.distinct()
			.collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
	}

	private void awaitHealthy() {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The app exited (" + this.process.exitValue() + "); see " + this.log);
			}
			try {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(base().resolve("/actuator/health"))
					.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(200);
		}
		throw new IllegalStateException("The app did not become healthy; see " + this.log);
	}

	/**
	 * A few normal and a few refused requests, signed-in refused edits among them, so that the first case is not
	 * timed on a cold JVM (classes loaded and code compiled on first use), which a 1 s bound would mistake for a slow
	 * refusal.
	 */
	private void warmUp() {
		for (int i = 0; i < 10; i++) {
			Http.send(Http.graphQl(base(), null, "{ search(text: \"kinerja\", first: 5) { id name } }", null));
			Http.send(Http.graphQl(base(), null, AbuseSuiteTests.NORMAL_QUERY, null));
			Http.send(Http.graphQl(base(), null, "{ search(text: \"unterminated }", null));
			Http.send(Http.get(base(), "/api/readiness/report.csv?year=20x"));
			// signed-in writes: each user's password check is then remembered, and the editing path compiled
			Http.send(Http.graphQl(base(), "admin",
					"mutation { updateUnit(id: \"ed-a-bag\", version: -1, input: {name: \"x\"}) { id } }", null));
			Http.send(Http.graphQl(base(), "planner-a",
					"mutation { updateUnit(id: \"ed-a-bag\", version: -1, input: {name: \"x\"}) { id } }", null));
		}
	}

	/** Until every demo decree is loaded (each import logs a line), so that counts do not move under a case. */
	private void awaitDataset() throws IOException {
		int datasets = new PathMatchingResourcePatternResolver().getResources("classpath*:dataset/*/documents.csv").length;
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			String text = Files.readString(this.log);
			if (text.contains("was not loaded")) {
				throw new IllegalStateException("A demo dataset was not loaded; see " + this.log);
			}
			if (text.split("Loaded dataset", -1).length - 1 >= datasets) {
				return;
			}
			sleep(200);
		}
		throw new IllegalStateException("The demo dataset did not load; see " + this.log);
	}

	private void loadFixture(String fixture) throws IOException {
		String text = new ClassPathResource("fixtures/" + fixture).getContentAsString(StandardCharsets.UTF_8);
		try (Session session = this.driver.session()) {
			for (String statement : text.split(";\\s*\\n")) {
				if (!statement.isBlank()) {
					session.run(statement.strip()).consume();
				}
			}
		}
	}

	URI base() {
		return URI.create("http://127.0.0.1:" + this.httpPort);
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** How often the app was started: more than once when a case took it down. */
	int starts() {
		return this.starts;
	}

	/**
	 * A fresh process on the same store, after a case took the app down or left it busy past the client's
	 * patience: the next case is then measured on an app that is not still working on the last one.
	 */
	synchronized void restart() {
		stop();
		start();
	}

	/** What a refused request must leave as it was: every node, relationship, audit record and version. */
	record State(long nodes, long relationships, long changes, long versions) {

		State minus(State before) {
			return new State(this.nodes - before.nodes, this.relationships - before.relationships,
					this.changes - before.changes, this.versions - before.versions);
		}

		static State zero() {
			return new State(0, 0, 0, 0);
		}

	}

	/**
	 * What the graph holds, counted: nodes (less the application's coordination records, which the first write of a
	 * link or of a document's nodes creates once: the links lock, a document's check generation), relationships,
	 * audit records and the sum of versions.
	 */
	State state() {
		try (Session session = this.driver.session()) {
			Record counts = session.run("""
					CALL { MATCH (n) WHERE NOT n:PokinLock AND NOT n:CheckedDocument RETURN count(n) AS nodes }
					CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
					CALL { MATCH (c:Change) RETURN count(c) AS changes }
					CALL { MATCH (n:Node) RETURN coalesce(sum(n.version), 0) AS versions }
					RETURN nodes, relationships, changes, versions
					""").single();
			return new State(counts.get("nodes").asLong(), counts.get("relationships").asLong(),
					counts.get("changes").asLong(), counts.get("versions").asLong());
		}
	}

	/** Runs a statement on the app's database (for a case that writes on purpose, to undo it). */
	/** A query's one number (a count), for checks a case makes of its own. */
	long count(String cypher, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			return session.run(cypher, parameters).single().get(0).asLong();
		}
	}

	void write(String cypher, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			session.run(cypher, parameters).consume();
		}
	}

	/** Heap in use after a full collection (jcmd GC.run, then GC.heap_info), in bytes. */
	long heapAfterFullGc() {
		long used = -1;
		// a second and third collection settle what the first one's reference processing freed
		for (int i = 0; i < 3; i++) {
			jcmd("GC.run");
			used = parseHeapUsed(jcmd("GC.heap_info"));
		}
		return used;
	}

	static long parseHeapUsed(String info) {
		// e.g. " garbage-first heap   total 262144K, used 123456K [0x..."
		for (String line : info.split("\n")) {
			int used = line.indexOf("used ");
			if (line.contains("heap") && line.contains("total") && used >= 0) {
				return Long.parseLong(line.substring(used + 5).replaceAll("^(\\d+)K.*$", "$1").strip()) * 1024;
			}
		}
		throw new IllegalStateException("No heap figure in: " + info);
	}

	private String jcmd(String what) {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			Process p = new ProcessBuilder(jcmd.toString(), Long.toString(this.process.pid()), what)
				.redirectErrorStream(true).start();
			String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
				throw new IllegalStateException("jcmd " + what + " failed: " + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("jcmd (from the JDK running the tests) is needed to read the heap", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Path log() {
		return this.log;
	}

	private void stop() {
		if (this.driver != null) {
			this.driver.close();
			this.driver = null;
		}
		if (this.process != null && this.process.isAlive()) {
			// no shutdown: the store recovers on the next start, and a hung app would not finish one
			this.process.destroyForcibly();
			try {
				this.process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void close() {
		stop();
		try {
			Path target = Files.createDirectories(Path.of("target"));
			Files.copy(this.log, target.resolve("abuse-app.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			// the log goes with the temporary folder
		}
		try (var files = Files.walk(this.dataDir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
