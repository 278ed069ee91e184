package id.pokin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import id.pokin.graph.GraphVersion;
import id.pokin.graph.LastTransaction;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.core.io.ClassPathResource;

/**
 * The one Neo4j of a test JVM: the first start costs seconds, so every test class shares it and resets the
 * data it needs with {@link #load(String...)}. Its HTTP server is off (Bolt only): Neo4j's own HTTP stack
 * does not run beside Boot's Jersey version, and the application never needs it.
 */
public final class TestNeo4j {

	private static Neo4j neo4j;

	private static Driver driver;

	private static LastTransaction version;

	private TestNeo4j() {
	}

	public static synchronized Neo4j instance() {
		if (neo4j == null) {
			neo4j = Neo4jBuilders.newInProcessBuilder()
				.withDisabledServer()
				.withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
				.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
				.build();
			driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
			GraphDatabaseService database = neo4j.defaultDatabaseService();
			version = new LastTransaction(() -> database);
			neo4j.databaseManagementService()
				.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, version.listener());
			neo4j.databaseManagementService()
				.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, version.commits());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				driver.close();
				neo4j.close();
			}));
		}
		return neo4j;
	}

	public static String boltUri() {
		return instance().boltURI().toString();
	}

	/** The harness runs in the test JVM, so its transactions are seen, as the embedded default's are. */
	public static GraphVersion version() {
		instance();
		return version;
	}

	public static Driver driver() {
		instance();
		return driver;
	}

	/** Removes every cascade node (the schema and its migration record stay) and runs the given fixtures. */
	public static void load(String... fixtures) {
		try (Session session = driver().session()) {
			session.run("MATCH (n) WHERE NOT n:PokinMigration DETACH DELETE n").consume();
			for (String fixture : fixtures) {
				for (String statement : statements(fixture)) {
					session.run(statement).consume();
				}
			}
		}
	}

	private static List<String> statements(String fixture) {
		try {
			String text = new ClassPathResource("fixtures/" + fixture).getContentAsString(StandardCharsets.UTF_8);
			return List.of(text.split(";\\s*\\n")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
