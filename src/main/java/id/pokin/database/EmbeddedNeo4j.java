package id.pokin.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j that keeps its store in a folder and listens for Bolt on loopback only,
 * so the application talks to it through the same driver it would use for a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri) {
		this.service = service;
		this.boltUri = boltUri;
	}

	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		Path home = properties.dataDir().toAbsolutePath().normalize();
		int port = properties.boltPort() > 0 ? properties.boltPort() : freePort();
		long started = System.nanoTime();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			// Neo4j 5.26 was built on Netty 4.1; its in-process channel does not start on Boot's Netty 4.2
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			// otherwise shutdown waits 2 x 5 s for idle Netty event loops
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
			.build();
		EmbeddedNeo4j neo4j = new EmbeddedNeo4j(service, URI.create("bolt://127.0.0.1:" + port));
		log.info("Embedded Neo4j started in {} ms, data in {}, Bolt on {}", (System.nanoTime() - started) / 1_000_000,
				home, neo4j.boltUri);
		return neo4j;
	}

	public URI boltUri() {
		return this.boltUri;
	}

	@Override
	public void close() {
		this.service.shutdown();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free loopback port for the embedded Neo4j", ex);
		}
	}

}
