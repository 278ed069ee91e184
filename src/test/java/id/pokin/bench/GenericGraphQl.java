package id.pokin.bench;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * The server-mode bench's comparator ({@link ServerBench}): a generic GraphQL-over-Neo4j server answering the same
 * trace request through a {@code @cypher} field, started in a JVM of its own on the same Neo4j database as the app.
 * It is the project in {@code bench/generic-graphql} (Neo4j's GraphQL-to-Cypher translator for the JVM,
 * neo4j-graphql-java, served by graphql-java and the JDK's HTTP server), run from its own classes and classpath
 * (built by {@code bench/server.sh}): the library is built on an older graphql-java than the app's and must not
 * meet it. A comparator that cannot start does not stop the bench: {@link #failure} says why, and
 * {@link #report} puts that in the table instead of its figures.
 */
final class GenericGraphQl implements AutoCloseable {

	/** Where bench/server.sh builds it: target/classes, and target/classpath (its dependencies). */
	private static final Path BUILD = Path.of("bench", "generic-graphql", "target");

	private static final String MAIN = "id.pokin.bench.generic.GenericGraphQlServer";

	private static final int CHECKED = 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	/** Its GraphQL endpoint; null when it did not start. */
	final URI graphql;

	/** Why it did not start; null when it did. */
	final String failure;

	/** What it is, for the table: the library's version and the graphql-java and driver versions it runs on. */
	final String description;

	private GenericGraphQl(Process process, URI graphql, String failure, String description) {
		this.process = process;
		this.graphql = graphql;
		this.failure = failure;
		this.description = description;
	}

	/** Starts it on the Neo4j database at {@code boltPort}, with the app's heap; never throws. */
	static GenericGraphQl start(int boltPort, String heap) {
		Process process = null;
		String description = "neo4j-graphql-java";
		try {
			Path classpathFile = BUILD.resolve("classpath");
			if (!Files.exists(classpathFile)) {
				throw new IllegalStateException("not built (bench/server.sh builds " + BUILD.getParent() + ")");
			}
			String classpath = Files.readString(classpathFile).strip();
			description = describe(classpath);
			int port = AppProcess.freePort();
			Path log = Files.createTempFile("pokin-bench-generic-graphql", ".log");
			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
			// as APP_JVM_OPTIONS for the app, e.g. GENERIC_JVM_OPTIONS="-XX:StartFlightRecording=filename=generic.jfr"
			String jvmOptions = System.getenv().getOrDefault("GENERIC_JVM_OPTIONS", "").strip();
			if (!jvmOptions.isEmpty()) {
				command.addAll(List.of(jvmOptions.split("\\s+")));
			}
			command.addAll(List.of("-cp", BUILD.resolve("classes") + File.pathSeparator + classpath, MAIN,
					Integer.toString(port), "bolt://127.0.0.1:" + boltPort));
			System.out.println("generic GraphQL server on port " + port + ", log: " + log);
			process = new ProcessBuilder(command)
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (!Files.readString(log).contains("ready ")) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException("did not start: " + Files.readString(log).strip());
				}
				Thread.sleep(100);
			}
			return new GenericGraphQl(process, URI.create("http://127.0.0.1:" + port + "/graphql"), null, description);
		}
		catch (Exception ex) {
			if (process != null) {
				process.destroyForcibly();
			}
			return new GenericGraphQl(null, null, FailureReason.of(ex, 200), description);
		}
	}

	/** "neo4j-graphql-java 1.8.0 on graphql-java 19.2, driver 6.1.0", from the jars on its classpath. */
	private static String describe(String classpath) {
		List<String> jars = Arrays.stream(classpath.split(File.pathSeparator))
			.map(jar -> Path.of(jar).getFileName().toString())
			.toList();
		return "%s %s on graphql-java %s, driver %s".formatted("neo4j-graphql-java",
				version(jars, "neo4j-graphql-java"), version(jars, "graphql-java"), version(jars, "neo4j-java-driver"));
	}

	private static String version(List<String> jars, String artifact) {
		Pattern pattern = Pattern.compile(Pattern.quote(artifact) + "-(\\d[^-]*(?:-[A-Za-z]+\\d*)?)\\.jar");
		for (String jar : jars) {
			Matcher matcher = pattern.matcher(jar);
			if (matcher.matches()) {
				return matcher.group(1);
			}
		}
		return "?";
	}

	boolean running() {
		return this.failure == null;
	}

	/**
	 * Whether it answers as Pokin does, for the first {@value #CHECKED} ids: the same paths of the same nodes with
	 * the same fields (a node's units in any order). The table says so, or where they differ; timing goes on.
	 */
	void checkAnswers(String mode, List<String> ids, Function<String, String> pokin, Function<String, String> generic,
			Map<String, String> results) {
		if (!running()) {
			return;
		}
		String name = mode + ": the generic server's answers";
		List<String> checked = ids.subList(0, Math.min(CHECKED, ids.size()));
		for (String id : checked) {
			Object expected = normalized(JSON.readValue(pokin.apply(id), Map.class).get("data"));
			Object actual = normalized(JSON.readValue(generic.apply(id), Map.class).get("data"));
			if (!expected.equals(actual)) {
				String answer = String.valueOf(actual);
				results.put(name, "DIFFER from Pokin's for " + id + ": " + answer.substring(0, Math.min(200, answer.length())));
				return;
			}
		}
		results.put(name, "the same as Pokin's for the first " + checked.size() + " ids");
	}

	/** The answer with every list of units in id order. */
	private static Object normalized(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, inner) -> copy.put(key, normalized(inner)));
			if (copy.get("responsibleUnits") instanceof List<?> units) {
				List<Object> sorted = new ArrayList<>(units);
				sorted.sort(Comparator.comparing(unit -> String.valueOf(((Map<?, ?>) unit).get("id"))));
				copy.put("responsibleUnits", sorted);
			}
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(GenericGraphQl::normalized).toList();
		}
		return value;
	}

	/** Its rows in the bench's table, beside Pokin's median run. */
	void report(String mode, ServerBench.Run pokin, List<ServerBench.Run> runs, Map<String, String> results) {
		String name = mode + ": trace, a generic GraphQL server (" + this.description + "; @cypher)";
		if (!running()) {
			results.put(name, "not measured: " + this.failure);
			return;
		}
		ServerBench.Run median = ServerBench.Run.median(runs);
		results.put(name, median + " (runs: " + ServerBench.Run.p50s(runs) + ")");
		results.put(mode + ": trace throughput Pokin/generic", "%.2fx (p50 generic/Pokin %.2fx; target >= 2x on a server)"
			.formatted(pokin.perSecond() / median.perSecond(), median.p50() / pokin.p50()));
	}

	@Override
	public void close() throws Exception {
		if (this.process == null) {
			return;
		}
		this.process.getOutputStream().close();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroy();
			this.process.waitFor();
		}
	}

}
