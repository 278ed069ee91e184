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
import java.util.concurrent.atomic.AtomicLong;

import id.pokin.cli.CommandArguments;
import id.pokin.cli.PokinCommand;
import id.pokin.embedded.EmbeddedNeo4j;
import id.pokin.graph.CypherMigrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * {@code generate [--regions N] [--seed S] [--crosscutting 0.05] [--defects 0.01] [--first-region 1]
 * [--method auto|offline|transactions] [--parallel 3]}: writes synthetic regions (~10,000 nodes each) into the configured
 * database and prints the load rate. Meant for benchmark databases. Into an empty embedded store it uses
 * Neo4j's offline importer ({@link OfflineImport}); otherwise (a server, or a store that holds data) batched
 * transactions ({@link BulkLoader}), {@code --parallel} regions at a time. Either way the rate counts until every index is online.
 * An empty server is loaded offline the same way, while it is stopped: without {@code NEO4J_URI}, with
 * {@code --pokin.embedded.data-dir} set to the server's home (its store in {@code data/databases/neo4j}), then the
 * server is started on it ({@code bench/server.sh}, {@code SERVER_LOAD=offline}).
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
				+ "[--method auto|offline|transactions] [--parallel 3]";
	}

	@Override
	public int run(List<String> args) {
		CommandArguments arguments = CommandArguments.parse(args, List.of("regions", "seed", "crosscutting",
				"defects", "first-region", "method", "parallel"));
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
		CascadeGenerator generator = new CascadeGenerator(settings);
		long started = System.nanoTime();
		long[] counts = offline ? loadOffline(generator, settings)
				: loadInTransactions(generator, settings, started, arguments.intValue("parallel", DEFAULT_PARALLEL));
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.println();
		System.out.println("| regions | method | nodes | relationships | seconds | nodes/s | relationships/s |");
		System.out.println("|---|---|---|---|---|---|---|");
		System.out.printf("| %d | %s | %d | %d | %.1f | %.0f | %.0f |%n", settings.regions(),
				offline ? "offline import" : "transactions", counts[0], counts[1], seconds, counts[0] / seconds,
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
		try {
			OfflineImport offlineImport = new OfflineImport(folder);
			long started = System.nanoTime();
			EmptyStoreSchema schema = EmptyStoreSchema.read(this.driver);
			offlineImport.write(generator::region, settings.firstRegion(), settings.regions());
			System.out.printf("CSV files: %,d nodes, %,d relationships in %.1f s%n", offlineImport.nodes(),
					offlineImport.relationships(), (System.nanoTime() - started) / 1e9);
			this.embedded.getObject()
				.restartAround(home -> offlineImport.importInto(home, System.out));
			System.out.printf("imported after %.1f s%n", (System.nanoTime() - started) / 1e9);
			schema.restoreSchema(this.driver);
			schema.restoreMigrations(this.driver);
			new CypherMigrations(this.driver).apply();
			System.out.printf("indexes online after %.1f s%n", (System.nanoTime() - started) / 1e9);
			return new long[] { offlineImport.nodes(), offlineImport.relationships() };
		}
		finally {
			FileSystemUtils.deleteRecursively(folder.toFile());
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
