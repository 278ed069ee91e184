package id.pokin.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A Neo4j server of its own for the server-mode bench ({@link ServerBench}): Neo4j's own server classes
 * (neo4j-harness, which starts the same DBMS and Bolt server a Neo4j installation runs) in a JVM apart from the
 * application's, Bolt on a loopback port, authentication off (as the harness has it). Runs until its standard input
 * closes (the bench ending, or dying) or it is killed.
 * <p>
 * {@code java -cp TEST_CLASSPATH id.pokin.bench.Neo4jServer PORT DATA_DIR [PAGE_CACHE_BYTES]}
 */
public final class Neo4jServer {

	private Neo4jServer() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Path home = Path.of(args[1]);
		long pageCache = args.length > 2 ? Long.parseLong(args[2]) : 1L << 30;
		long building = System.nanoTime();
		Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(home)
			.withDisabledServer()
			.withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			// Neo4j 5.26 was built on Netty 4.1; its in-process channel does not start beside a newer Netty
			.withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.withConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
			// the store in DATA_DIR/data, as a Neo4j installation (and the embedded database) lays it out, not in a
			// folder the harness names at random: an offline import writes it there before the server starts
			.withConfig(GraphDatabaseSettings.data_directory, home.resolve("data").toAbsolutePath())
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
		// where a start's time goes: the JVM and its classes before the DBMS, the DBMS itself
		System.out.printf("started: JVM up %d ms, of it the DBMS's start %d ms%n",
				ManagementFactory.getRuntimeMXBean().getUptime(), (System.nanoTime() - building) / 1_000_000);
		System.out.println("ready " + neo4j.boltURI());
		System.out.flush();
		// the parent holds the pipe: its end, however it ends, stops the server
		while (System.in.read() >= 0) {
			// nothing is sent
		}
		System.exit(0);
	}

}
