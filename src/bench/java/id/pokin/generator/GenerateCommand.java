package id.pokin.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import id.pokin.cli.CommandArguments;
import id.pokin.cli.PokinCommand;
import id.pokin.embedded.EmbeddedNeo4j;
import id.pokin.graph.CypherMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * {@code generate [--regions N] [--seed S] [--crosscutting 0.05] [--defects 0.01] [--first-region 1]
 * [--method auto|offline|transactions] [--parallel 3] [--server-uri bolt://...]}: writes synthetic regions (~10,000 nodes each) into the configured
 * database and prints the load rate. Meant for benchmark databases. Into an empty embedded store it uses
 * Neo4j's offline importer ({@link OfflineImport}); otherwise (a server, or a store that holds data) batched
 * transactions ({@link BulkLoader}), {@code --parallel} regions at a time. Either way the rate counts until every index is online.
 * An empty server is loaded offline the same way, while it is stopped: without {@code NEO4J_URI}, with
 * {@code --pokin.embedded.data-dir} set to the server's home (its store in {@code data/databases/neo4j}), then the
 * server is started on it ({@code bench/server.sh}, {@code SERVER_LOAD=offline-restart}). With {@code --server-uri}
 * the schema is left to the server instead: the command imports, stops its embedded database for good, waits for
 * the server to answer on that address and creates the schema through it ({@link #loadOfflineForServer},
 * {@code SERVER_LOAD=offline}).
 */
@Component
class GenerateCommand implements PokinCommand {

	/** Regions written at once into a server: enough to keep two cores of server and generator busy. */
	static final int DEFAULT_PARALLEL = 3;

	private final Driver driver;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	GenerateCommand(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.driver = driver;
		this.embedded = embedded;
	}

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String usage() {
		return "generate [--regions N] [--seed S] [--crosscutting 0.05] [--defects 0.01] [--first-region 1] "
				+ "[--method auto|offline|transactions] [--parallel 3] [--server-uri bolt://...]";
	}

	@Override
	public int run(List<String> args) {
		CommandArguments arguments = CommandArguments.parse(args, List.of("regions", "seed", "crosscutting",
				"defects", "first-region", "method", "parallel", "server-uri"));
		GeneratorSettings settings = new GeneratorSettings(arguments.intValue("regions", 1),
				arguments.longValue("seed", 42), arguments.doubleValue("crosscutting", 0.05),
				arguments.doubleValue("defects", 0.01), arguments.intValue("first-region", 1));
		boolean offline = switch (arguments.value("method", "auto")) {
			case "auto" -> this.embedded.getIfAvailable() != null && storeIsEmpty();
			case "offline" -> {
				if (this.embedded.getIfAvailable() == null) {
					throw new IllegalArgumentException(
							"--method offline needs the embedded database; with NEO4J_URI set, use transactions");
				}
				if (!storeIsEmpty()) {
					throw new IllegalArgumentException(
							"--method offline replaces the whole database and this one holds data; use transactions");
				}
				yield true;
			}
			case "transactions" -> false;
			default -> throw new IllegalArgumentException(
					"Unknown --method " + arguments.value("method", "") + "; use auto, offline or transactions");
		};
		String serverUri = arguments.value("server-uri", "");
		if (!serverUri.isEmpty() && !offline) {
			throw new IllegalArgumentException("--server-uri goes with --method offline (the server's home as "
					+ "--pokin.embedded.data-dir)");
		}
		CascadeGenerator generator = new CascadeGenerator(settings);
		long started = System.nanoTime();
		long[] counts = !serverUri.isEmpty() ? loadOfflineForServer(generator, settings, serverUri)
				: offline ? loadOffline(generator, settings)
				: loadInTransactions(generator, settings, started, arguments.intValue("parallel", DEFAULT_PARALLEL));
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.println();
		System.out.println("| regions | method | nodes | relationships | seconds | nodes/s | relationships/s |");
		System.out.println("|---|---|---|---|---|---|---|");
		System.out.printf("| %d | %s | %d | %d | %.1f | %.0f | %.0f |%n", settings.regions(),
				!serverUri.isEmpty() ? "offline import, server" : offline ? "offline import" : "transactions", counts[0], counts[1], seconds, counts[0] / seconds,
				counts[1] / seconds);
		return 0;
	}

	/**
	 * Writes the CSV files, stops the embedded database, imports, starts it again, and puts back the empty store's
	 * schema and migrations' bookkeeping ({@link EmptyStoreSchema}). The store may be a server's, stopped (its home
	 * as {@code pokin.embedded.data-dir}): the server then starts on it with every index online.
	 */
	private long[] loadOffline(CascadeGenerator generator, GeneratorSettings settings) {
		Path folder = temporaryFolder();
		Phases phases = new Phases();
		try {
			OfflineImport offlineImport = new OfflineImport(folder);
			EmptyStoreSchema schema = EmptyStoreSchema.read(this.driver);
			offlineImport.write(generator::region, settings.firstRegion(), settings.regions());
			phases.done("schema read, regions generated and written as CSV files (%,d nodes, %,d relationships)"
				.formatted(offlineImport.nodes(), offlineImport.relationships()));
			this.embedded.getObject()
				.restartAround(home -> offlineImport.importInto(home, System.out));
			phases.done("imported, the embedded database started again");
			schema.restoreSchema(this.driver, () -> phases.done("schema created (the constraints populated)"));
			phases.done("every index online");
			schema.restoreMigrations(this.driver);
			new CypherMigrations(this.driver).apply();
			phases.done("migrations' bookkeeping written");
			phases.print();
			return new long[] { offlineImport.nodes(), offlineImport.relationships() };
		}
		finally {
			FileSystemUtils.deleteRecursively(folder.toFile());
		}
	}

	/**
	 * Into an empty server's store, its server stopped, as a Neo4j installation is loaded ({@code neo4j-admin
	 * database import}, then the server's start, then the schema): the embedded database on the server's home
	 * (already migrated, so the schema is read from it) is stopped for good, the regions imported, and the command
	 * waits for the server to answer on {@code serverUri} (the caller starts it once {@link #START_SERVER} is
	 * printed), then creates the schema and the migrations' bookkeeping through it and waits until every index is
	 * online. The indexes are populated once, by the server, instead of by this process before the server starts
	 * ({@link #loadOffline}: one start and stop of a database fewer). The rate counts it all, the server's start
	 * included; the phases are printed.
	 */
	private long[] loadOfflineForServer(CascadeGenerator generator, GeneratorSettings settings, String serverUri) {
		Path folder = temporaryFolder();
		Phases phases = new Phases();
		try {
			OfflineImport offlineImport = new OfflineImport(folder);
			EmptyStoreSchema schema = EmptyStoreSchema.read(this.driver);
			offlineImport.write(generator::region, settings.firstRegion(), settings.regions());
			phases.done("schema read, regions generated and written as CSV files (%,d nodes, %,d relationships)"
				.formatted(offlineImport.nodes(), offlineImport.relationships()));
			this.embedded.getObject().handOver(home -> offlineImport.importInto(home, System.out));
			phases.done("imported (the embedded database stopped, Neo4j's importer)");
			System.out.println(START_SERVER + " " + serverUri);
			System.out.flush();
			try (Driver server = serverDriver(serverUri)) {
				awaitServer(server);
				phases.done("the server started and answers");
				schema.restoreSchema(server, () -> phases.done("schema created (the constraints populated)"));
				phases.done("every index online");
				schema.restoreMigrations(server);
				new CypherMigrations(server).apply();
				phases.done("migrations' bookkeeping written");
			}
			phases.print();
			return new long[] { offlineImport.nodes(), offlineImport.relationships() };
		}
		finally {
			FileSystemUtils.deleteRecursively(folder.toFile());
		}
	}

	/** Printed when the store is imported: the server may start on it now. */
	static final String START_SERVER = "start the server now; waiting for it on";

	private static Driver serverDriver(String uri) {
		String user = System.getenv().getOrDefault("NEO4J_USERNAME", "neo4j");
		String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
		return GraphDatabase.driver(uri, password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(user, password),
				Config.builder().withLogging(Logging.none()).build());
	}

	/** Until the server answers a query (ten minutes at most), asking every 50 ms. */
	private static void awaitServer(Driver server) {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
		while (true) {
			try (Session session = server.session()) {
				session.run("RETURN 1").consume();
				return;
			}
			catch (ServiceUnavailableException | SessionExpiredException | TransientException | DatabaseException ex) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The server did not answer within ten minutes", ex);
				}
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for the server", interrupted);
				}
			}
		}
	}

	/** Seconds since the load began, per phase, printed as a table at the end. */
	private static final class Phases {

		private final long started = System.nanoTime();

		private final List<String> rows = new ArrayList<>();

		private long last = this.started;

		void done(String phase) {
			long now = System.nanoTime();
			this.rows.add("| %s | %.1f | %.1f |".formatted(phase, (now - this.last) / 1e9, (now - this.started) / 1e9));
			System.out.printf("%s after %.1f s%n", phase, (now - this.started) / 1e9);
			this.last = now;
		}

		void print() {
			System.out.println();
			System.out.println("| phase | seconds | since the start |");
			System.out.println("|---|---|---|");
			this.rows.forEach(System.out::println);
		}

	}

	/**
	 * Regions in parallel, each written whole (nodes, then relationships) by one worker: regions share no node, so
	 * the workers' relationship batches never wait on each other's locks, and the server's cores and the generator's
	 * are all busy. One session at a time wrote 5,000 nodes/s into a server on two cores, the server mostly idle
	 * between one batch's commit and the next batch's arrival.
	 */
	private long[] loadInTransactions(CascadeGenerator generator, GeneratorSettings settings, long started,
			int parallel) {
		BulkLoader loader = new BulkLoader(this.driver);
		SecondaryIndexes indexes = new SecondaryIndexes(this.driver);
		AtomicLong nodes = new AtomicLong();
		AtomicLong relationships = new AtomicLong();
		indexes.drop(storeIsEmpty());
		ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, settings.regions())));
		try {
			List<Future<?>> regions = new ArrayList<>();
			for (int r = settings.firstRegion(); r < settings.firstRegion() + settings.regions(); r++) {
				int number = r;
				regions.add(workers.submit(() -> {
					GeneratedGraph region = generator.region(number);
					long written = relationships.addAndGet(loader.write(region));
					long total = nodes.addAndGet(region.nodes().size());
					double seconds = (System.nanoTime() - started) / 1e9;
					System.out.printf("region %d: %,d nodes, %,d relationships so far, %.1f s, %,.0f nodes/s%n", number,
							total, written, seconds, total / seconds);
				}));
			}
			for (Future<?> region : regions) {
				region.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getCause());
		}
		finally {
			workers.shutdownNow();
			System.out.println("rebuilding the secondary indexes ...");
			indexes.restore();
		}
		return new long[] { nodes.get(), relationships.get() };
	}

	/** Empty: nothing but the migrations' own bookkeeping. Stops at the first other node, no count of them all. */
	private boolean storeIsEmpty() {
		try (Session session = this.driver.session()) {
			return session.run("RETURN NOT EXISTS { MATCH (n) WHERE NOT n:PokinMigration } AS empty")
				.single()
				.get("empty")
				.asBoolean();
		}
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("pokin-generate-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No temporary folder for the import files", ex);
		}
	}

}
