package id.pokin.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;

/** The application jar started as its own process, on a given store, so its memory can be read from outside. */
public final class AppProcess implements AutoCloseable {

	private final Process process;

	public final int httpPort;

	public final int boltPort;

	private AppProcess(Process process, int httpPort, int boltPort) {
		this.process = process;
		this.httpPort = httpPort;
		this.boltPort = boltPort;
	}

	public static AppProcess start(Path jar, Path dataDir, String heap, List<String> extraArgs) throws Exception {
		int boltPort = freePort();
		List<String> args = new ArrayList<>(List.of("--pokin.embedded.data-dir=" + dataDir,
				"--pokin.embedded.bolt-port=" + boltPort, "--pokin.embedded.page-cache=2GB"));
		args.addAll(extraArgs);
		return start(jar, heap, args, Map.of(), boltPort);
	}

	/**
	 * The application on a Neo4j server ({@code NEO4J_URI}) instead of its embedded database: {@link #boltPort} is
	 * then the server's.
	 */
	public static AppProcess startOnServer(Path jar, int serverBoltPort, String heap, List<String> extraArgs)
			throws Exception {
		return start(jar, heap, extraArgs, Map.of("NEO4J_URI", "bolt://127.0.0.1:" + serverBoltPort), serverBoltPort);
	}

	private static AppProcess start(Path jar, String heap, List<String> appArgs, Map<String, String> environment,
			int boltPort) throws Exception {
		int httpPort = freePort();
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap));
		// e.g. a flight recording of the app alone: APP_JVM_OPTIONS="-XX:StartFlightRecording=filename=app.jfr"
		String jvmOptions = System.getenv().getOrDefault("APP_JVM_OPTIONS", "").strip();
		if (!jvmOptions.isEmpty()) {
			command.addAll(List.of(jvmOptions.split("\\s+")));
		}
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + httpPort,
				"--pokin.dataset.load-on-empty=false",
				"--logging.level.root=WARN", "--logging.level.id.pokin.readiness.StoredFindings=INFO"));
		command.addAll(appArgs);
		Path log = Files.createTempFile("pokin-bench-app", ".log");
		System.out.println("app on port " + httpPort + ", log: " + log);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		AppProcess app = new AppProcess(builder.start(), httpPort, boltPort);
		app.awaitHealthy(log);
		return app;
	}

	/**
	 * A port free now: benches of other builds may run on the same machine at the same time, and a fixed port would
	 * let this one time another's app (whose health answers while this one fails to bind).
	 */
	static int freePort() throws IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void awaitHealthy(Path log) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The app exited; see " + log);
			}
			try {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(
						URI.create("http://127.0.0.1:" + this.httpPort + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The app did not become healthy; see " + log);
	}

	/**
	 * Waits until the app has checked every document for the stored readiness rules (a new store is checked in
	 * the background after the start, a new import after its commit), so that a readiness figure is that of a
	 * checked graph; returns the seconds it waited, or -1 when the store has no such bookkeeping (an older build).
	 */
	public double awaitDocumentsChecked(Duration timeout) throws InterruptedException {
		long start = System.nanoTime();
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + this.boltPort, AuthTokens.none(),
				Config.builder().withLogging(Logging.none()).build());
				Session session = driver.session()) {
			if (session.run("SHOW CONSTRAINTS YIELD name WHERE name = 'checked_document' RETURN count(*) AS n")
				.single().get("n").asLong() == 0) {
				return -1;
			}
			while (true) {
				long pending = session.run(PENDING_DOCUMENTS).single().get("pending").asLong();
				if (pending == 0) {
					return (System.nanoTime() - start) / 1e9;
				}
				if (System.nanoTime() - start > timeout.toNanos()) {
					throw new IllegalStateException(pending + " document(s) still unchecked after " + timeout);
				}
				Thread.sleep(500);
			}
		}
	}

	/**
	 * Until the app is quiet: every document checked for the stored readiness rules (the uploads before included),
	 * and a second more, so that an upload is timed as a user uploading one file sees it.
	 */
	public void awaitQuiet() throws InterruptedException {
		awaitDocumentsChecked(Duration.ofMinutes(10));
		Thread.sleep(1000);
	}

	private static final String PENDING_DOCUMENTS = """
			MATCH (n:Node) WHERE n.sourceDocument IS NOT NULL
			WITH DISTINCT n.sourceDocument AS document
			WHERE NOT EXISTS { MATCH (c:CheckedDocument {document: document}) WHERE c.rules IS NOT NULL }
			RETURN count(document) AS pending
			""";

	public long pid() {
		return this.process.pid();
	}

	/** Resident set size of the app process, from /proc (Linux). */
	public long rssBytes() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
			}
		}
		return -1;
	}

	/** Heap in use after a full collection, as the JVM reports it (jcmd GC.heap_info after GC.run). */
	public long heapUsedBytes() throws Exception {
		jcmd("GC.run");
		String info = jcmd("GC.heap_info");
		// e.g. " garbage-first heap   total 262144K, used 123456K [0x..."
		for (String line : info.split("\n")) {
			int used = line.indexOf("used ");
			if (line.contains("heap") && line.contains("total") && used >= 0) {
				String number = line.substring(used + 5).replaceAll("^(\\d+)K.*$", "$1");
				return Long.parseLong(number.strip()) * 1024;
			}
		}
		return -1;
	}

	private String jcmd(String what) throws Exception {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), what).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes());
		p.waitFor();
		return output;
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	@Override
	public void close() throws Exception {
		this.process.destroy();
		this.process.waitFor();
	}

}
