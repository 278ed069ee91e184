package id.pokin.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import id.pokin.support.RunningApp;
import id.pokin.support.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's two paths write the same graph: batched transactions over Bolt into an empty server (where the
 * loader drops the {@code :Node} constraints and secondary indexes and joins relationships by element id) and the
 * offline import into an empty embedded store. Same nodes with the same labels and properties, same relationships,
 * the same indexes and constraints online, the same migrations applied. And the offline import into a stopped
 * server's store, the schema created through the server once it started ({@code --server-uri}), the same again.
 */
@SlowTest
class ServerLoadMatchesEmbeddedTests {

	private static final List<String> GENERATE = List.of("--regions", "2", "--seed", "7", "--parallel", "2");

	/** Checks and warm-ups off: they would add findings' labels and bookkeeping nodes while the graphs are read. */
	private static final Map<String, String> QUIET = Map.of("pokin.dataset.load-on-empty", "false",
			"pokin.warm-up.enabled", "false", "pokin.readiness.check-interval", "0");

	@TempDir
	Path dataDir;

	@Test
	void generatingIntoAnEmptyServerWritesWhatTheOfflineImportWritesIntoAnEmptyEmbeddedStore() {
		Snapshot server;
		Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
			.withDisabledServer()
			.withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.build();
		try (neo4j; RunningApp app = RunningApp.start(with("spring.neo4j.uri", neo4j.boltURI().toString()))) {
			server = generate(app, "transactions");
		}
		Snapshot embedded;
		try (RunningApp app = RunningApp.start(with("pokin.embedded.data-dir", this.dataDir.toString()))) {
			embedded = generate(app, "offline");
		}

		Snapshot stoppedServer = generateIntoStoppedServer(this.dataDir.resolveSibling(this.dataDir.getFileName() + "-server"));

		GeneratorSettings settings = new GeneratorSettings(2, 7, 0.05, 0.01, 1);
		CascadeGenerator generator = new CascadeGenerator(settings);
		assertThat(server.nodes()).isEqualTo(generator.region(1).nodes().size() + generator.region(2).nodes().size());
		assertThat(server.nodes()).isEqualTo(embedded.nodes());
		assertThat(server.relationships()).isEqualTo(embedded.relationships()).isPositive();
		assertThat(server.graphChecksum()).isEqualTo(embedded.graphChecksum());
		assertThat(server.schema()).isEqualTo(embedded.schema()).isNotEmpty();
		assertThat(server.schema()).allMatch(index -> index.endsWith("ONLINE"));
		assertThat(server.migrations()).isEqualTo(embedded.migrations()).isNotEmpty();
		assertThat(stoppedServer).isEqualTo(server);
	}

	/**
	 * The offline import into a server's store ({@code --server-uri}): the app's embedded database on the server's
	 * home hands it over, the importer fills it, and the server, started when the command says so, gets the schema.
	 */
	private static Snapshot generateIntoStoppedServer(Path home) {
		int port = freePort();
		PrintStream out = System.out;
		CompletableFuture<Neo4j> started = new CompletableFuture<>();
		// the command asks for the server on its standard output, once the store is imported
		System.setOut(new PrintStream(out, true) {
			@Override
			public void println(String line) {
				super.println(line);
				if (line != null && line.startsWith(GenerateCommand.START_SERVER) && !started.isDone()) {
					CompletableFuture.runAsync(() -> started.complete(Neo4jBuilders.newInProcessBuilder(home)
						.withDisabledServer()
						.withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
						.withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
						.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
						.withConfig(GraphDatabaseSettings.data_directory, home.resolve("data").toAbsolutePath())
						.build()));
				}
			}
		});
		try {
			try (RunningApp app = RunningApp.start(with("pokin.embedded.data-dir", home.toString()))) {
				List<String> args = new ArrayList<>(GENERATE);
				args.addAll(List.of("--method", "offline", "--server-uri", "bolt://127.0.0.1:" + port));
				assertThat(app.context().getBean(GenerateCommand.class).run(args)).isZero();
			}
		}
		finally {
			System.setOut(out);
		}
		try (Neo4j neo4j = started.join(); Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none())) {
			return Snapshot.of(driver);
		}
		finally {
			FileSystemUtils.deleteRecursively(home.toFile());
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> with(String key, String value) {
		Map<String, String> properties = new TreeMap<>(QUIET);
		properties.put(key, value);
		return properties;
	}

	private static Snapshot generate(RunningApp app, String method) {
		List<String> args = new ArrayList<>(GENERATE);
		args.addAll(List.of("--method", method));
		assertThat(app.context().getBean(GenerateCommand.class).run(args)).isZero();
		return Snapshot.of(app.context().getBean(Driver.class));
	}

	record Snapshot(long nodes, long relationships, String graphChecksum, List<String> schema, List<Long> migrations) {

		static Snapshot of(Driver driver) {
			try (Session session = driver.session()) {
				List<String> nodes = session.run("""
						MATCH (n) WHERE n:Node OR n:Document
						RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
						""").list(r -> r.get("id").asString() + " " + new TreeSet<>(r.get("labels").asList())
						+ " " + new TreeMap<>(r.get("properties").asMap()));
				List<String> relationships = session.run("""
						MATCH (a)-[r]->(b) WHERE a:Node OR a:Document
						RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
						""").list(r -> r.get("from").asString() + " " + r.get("type").asString() + " "
						+ r.get("to").asString() + " " + new TreeMap<>(r.get("properties").asMap()));
				List<String> schema = new ArrayList<>(session.run("""
						SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint, state
						RETURN name, type, labelsOrTypes, properties, coalesce(owningConstraint, '-') AS owner, state
						ORDER BY name
						""").list(r -> r.get("name").asString() + " " + r.get("type").asString() + " "
						+ names(r.get("labelsOrTypes")) + " " + names(r.get("properties")) + " " + r.get("owner").asString()
						+ " " + r.get("state").asString()));
				schema.addAll(session.run("""
						SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties
						RETURN name, type, labelsOrTypes, properties ORDER BY name
						""").list(r -> r.get("name").asString() + " " + r.get("type").asString() + " "
						+ names(r.get("labelsOrTypes")) + " " + names(r.get("properties")) + " ONLINE"));
				List<Long> migrations = session.run("MATCH (m:PokinMigration) RETURN m.version AS v ORDER BY v")
					.list(r -> r.get("v").asLong());
				List<String> lines = new ArrayList<>(nodes);
				lines.addAll(relationships);
				long nodeCount = session.run("MATCH (n:Node) RETURN count(n) AS c").single().get("c").asLong();
				return new Snapshot(nodeCount, relationships.size(),
						checksum(lines), schema, migrations);
			}
		}

		/** A lookup index has neither labels nor properties: null, not an empty list. */
		private static String names(Value list) {
			return list.isNull() ? "-" : list.asList(Value::asString).toString();
		}

		private static String checksum(List<String> lines) {
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				lines.stream().sorted().forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
				return HexFormat.of().formatHex(digest.digest());
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
