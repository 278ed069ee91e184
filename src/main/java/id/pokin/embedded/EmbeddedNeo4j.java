package id.pokin.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import id.pokin.graph.GraphVersion;
import id.pokin.graph.LastTransaction;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j that keeps its store in a folder and listens for Bolt on loopback only,
 * so the application talks to it through the same driver it would use for a server (and reads the hottest
 * one-query requests in-process, {@link InProcessReads}).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final Path home;

	private final int port;

	private final EmbeddedNeo4jProperties properties;

	private volatile CompletableFuture<DatabaseManagementService> service;

	private final LastTransaction version = new LastTransaction(this::database);

	private EmbeddedNeo4j(Path home, int port, EmbeddedNeo4jProperties properties) {
		this.home = home;
		this.port = port;
		this.properties = properties;
		this.service = startService();
	}

	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		EmbeddedNeo4j neo4j = startInBackground(properties);
		neo4j.awaitReady();
		return neo4j;
	}

	/**
	 * Starts the database on its own thread and returns at once: its address is known before it listens, so
	 * the rest of the application starts alongside it (a few seconds saved) and waits in {@link #awaitReady()}.
	 */
	public static EmbeddedNeo4j startInBackground(EmbeddedNeo4jProperties properties) {
		Path home = properties.dataDir().toAbsolutePath().normalize();
		int port = properties.boltPort() > 0 ? properties.boltPort() : freePort();
		return new EmbeddedNeo4j(home, port, properties);
	}

	private CompletableFuture<DatabaseManagementService> startService() {
		return CompletableFuture.supplyAsync(() -> {
			long started = System.nanoTime();
			DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(this.home)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", this.port))
				// Neo4j 5.26 was built on Netty 4.1; its in-process channel does not start on Boot's Netty 4.2
				.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
				// otherwise shutdown waits 2 x 5 s for idle Netty event loops
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
				.setConfig(GraphDatabaseSettings.pagecache_memory, this.properties.pageCache().toBytes())
				.build();
			// before anything can write: the version's log of changes must see every commit
			dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, this.version.listener());
			// before anything is written: what each commit changed, for results that outlive commits elsewhere
			dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, this.version.commits());
			log.info("Embedded Neo4j started in {} ms, data in {}, Bolt on {}",
					(System.nanoTime() - started) / 1_000_000, this.home, boltUri());
			return dbms;
		}, runnable -> {
			Thread thread = new Thread(runnable, "embedded-neo4j-start");
			thread.setDaemon(true);
			thread.start();
		});
	}

	/**
	 * Stops the database, hands its home folder to work that writes the store while nothing has it open
	 * (Neo4j's offline bulk importer), then starts it again on the same port, so the driver reconnects.
	 */
	public synchronized void restartAround(Consumer<Path> offlineWork) {
		awaitReady();
		this.service.join().shutdown();
		RuntimeException failed = null;
		try {
			offlineWork.accept(this.home);
		}
		catch (RuntimeException ex) {
			failed = ex;
		}
		this.service = startService();
		this.version.storeReplaced();
		try {
			awaitReady();
		}
		catch (RuntimeException ex) {
			// the work's own failure (say, an import that left the store unusable) is the one to report
			if (failed == null) {
				throw ex;
			}
			failed.addSuppressed(ex);
		}
		if (failed != null) {
			throw failed;
		}
	}

	/**
	 * Stops the database for good and hands its home folder to work that writes the store for another process (a
	 * Neo4j server about to start on it): unlike {@link #restartAround}, it is not started again here, so this
	 * process no longer has a database; only a command that ends the application afterwards may call it.
	 */
	public synchronized void handOver(Consumer<Path> offlineWork) {
		awaitReady();
		this.service.join().shutdown();
		this.service = CompletableFuture.failedFuture(
				new IllegalStateException("the store in " + this.home + " was handed over to another process"));
		this.version.storeReplaced();
		offlineWork.accept(this.home);
	}

	/** Blocks until the database accepts connections; throws if it could not start (e.g. its store is locked). */
	public void awaitReady() {
		try {
			this.service.join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException("The embedded Neo4j did not start: " + ex.getCause().getMessage(),
					ex.getCause());
		}
	}

	/** The database itself, for reads in this process ({@link InProcessReads}); waits until it has started. */
	public GraphDatabaseService database() {
		awaitReady();
		return this.service.join().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/** Moves on with every commit to the database, and with a store replaced. */
	public GraphVersion version() {
		return this.version;
	}

	public URI boltUri() {
		return URI.create("bolt://127.0.0.1:" + this.port);
	}

	@Override
	public void close() {
		if (!this.service.isCompletedExceptionally()) {
			this.service.join().shutdown();
		}
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
