package id.pokin.graph;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import id.pokin.embedded.EmbeddedNeo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the schema up to date, then runs the {@link SeedTask}s (such as loading the demo dataset into an empty
 * database) and the {@link WarmUp}s in the background. With a Neo4j server the schema is in place before the
 * application serves requests; when the server cannot be reached at start-up the application still starts, answers
 * "unavailable", and keeps retrying here until the server is back. With the embedded database the web server does not
 * wait for it: the database starts beside the context, and the schema follows on this class's thread once both the
 * database and the web server are up; reads wait for the database to start, writes for the schema, each a bounded
 * time ({@link DataReadiness}). A schema that cannot be set up (a store that does not start, a migration edited
 * after it was applied) stops the application.
 */
@Component
class DatabaseInitializer implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DatabaseInitializer.class);

	private static final Duration RETRY = Duration.ofSeconds(5);

	private final CypherMigrations migrations;

	private final ObjectProvider<SeedTask> seedTasks;

	private final ScheduledExecutorService background;

	private final ObjectProvider<WarmUp> warmUps;

	private final DataReadiness readiness;

	/** The first migration attempt, started with this bean: true when it applied the schema. */
	private final CompletableFuture<Boolean> firstMigration;

	/** Whether the web server answers before the schema is in place (the embedded database, a web server). */
	private final boolean schemaInBackground;

	private final ConfigurableApplicationContext context;

	private final CompletableFuture<Void> webServerStarted = new CompletableFuture<>();

	DatabaseInitializer(Driver driver, ObjectProvider<SeedTask> seedTasks, ObjectProvider<EmbeddedNeo4j> embedded,
			ObjectProvider<WarmUp> warmUps, DataReadiness readiness, ConfigurableApplicationContext context,
			@Value("${pokin.startup.schema-in-background:true}") boolean schemaInBackground) {
		this.migrations = new CypherMigrations(driver);
		this.seedTasks = seedTasks;
		this.warmUps = warmUps;
		this.readiness = readiness;
		this.background = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "pokin-database-init");
			thread.setDaemon(true);
			return thread;
		});
		// the embedded database starts beside the context (before it, EmbeddedNeo4jEarlyStart); reads may go once it
		// is up. The schema follows on this thread once the web server is up too: on a new store the migrations are
		// seconds of CPU (schema statements planned by a cold Cypher), which reads do not need and which would
		// otherwise take a core from the rest of the start
		EmbeddedNeo4j neo4j = embedded.getIfAvailable();
		this.context = context;
		this.schemaInBackground = schemaInBackground && neo4j != null && context instanceof WebServerApplicationContext;
		CompletableFuture<Void> databaseUp = CompletableFuture.runAsync(() -> {
			if (neo4j != null) {
				neo4j.awaitReady();
				if (readsBeforeSchema(neo4j.database())) {
					readiness.databaseStarted(indexes(neo4j));
				}
			}
		}, this.background);
		this.firstMigration = (this.schemaInBackground ? databaseUp.thenCombine(this.webServerStarted, (up, on) -> up)
				: databaseUp)
			.thenApplyAsync(ready -> tryMigrate(), this.background);
	}

	/**
	 * Whether reads may run before the migrations: on a new store (nothing to read) or one they have all been applied
	 * to (only the bookkeeping is left). A store a migration is still pending on holds data in an older shape
	 * (audit records before V006, say), which the queries would read wrongly: its reads wait for the schema.
	 */
	static boolean readsBeforeSchema(GraphDatabaseService database) {
		try (Transaction tx = database.beginTx();
				ResourceIterator<Node> records = tx.findNodes(Label.label("PokinMigration"))) {
			Set<Long> applied = new HashSet<>();
			records.forEachRemaining(record -> {
				if (record.getProperty("version", null) instanceof Number version) {
					applied.add(version.longValue());
				}
			});
			if (applied.isEmpty()) {
				try (ResourceIterator<Node> nodes = tx.findNodes(Label.label("Node"))) {
					return !nodes.hasNext();
				}
			}
			return CypherMigrations.load().stream().allMatch(migration -> applied.contains((long) migration.version()));
		}
	}

	/** The store's indexes, through the embedded API (no Cypher to plan on a cold start). */
	private static Set<String> indexes(EmbeddedNeo4j neo4j) {
		try (Transaction tx = neo4j.database().beginTx()) {
			Set<String> names = new HashSet<>();
			tx.schema().getIndexes().forEach(index -> names.add(index.getName()));
			return names;
		}
	}

	/** The web server answers from here on: the schema's set-up may take the CPU it needs. */
	@EventListener(WebServerInitializedEvent.class)
	void webServerStarted() {
		this.webServerStarted.complete(null);
	}

	/**
	 * With a server the schema is brought up to date before the web server starts; seeding (demo data into an empty
	 * store, seconds of work) runs in the background, so the first request is answered as soon as possible. With the
	 * embedded database the schema is left to the background too (see the class comment).
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (this.schemaInBackground) {
			this.firstMigration.whenCompleteAsync((migrated, failure) -> {
				if (failure != null) {
					Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
					log.error("The database schema could not be set up; the application stops", cause);
					this.readiness.schemaFailed(cause);
					// not on this thread: closing the context shuts its executor down
					new Thread(this.context::close, "pokin-database-init-failed").start();
				}
				else if (migrated) {
					this.readiness.schemaReady();
					seed();
				}
				else {
					retryInBackground();
				}
			}, this.background);
			return;
		}
		// requests do not wait for a schema: it is in place, or the server is unreachable and they fail clearly
		this.readiness.schemaReady();
		boolean migrated;
		try {
			migrated = this.firstMigration.join();
		}
		catch (CompletionException ex) {
			// as if thrown here: a store that cannot start, a migration edited after it was applied
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
		if (migrated) {
			this.background.execute(this::seed);
			return;
		}
		retryInBackground();
	}

	private void retryInBackground() {
		this.background.scheduleWithFixedDelay(() -> {
			if (tryMigrate()) {
				this.readiness.schemaReady();
				seed();
				this.background.shutdown();
			}
		}, RETRY.toSeconds(), RETRY.toSeconds(), TimeUnit.SECONDS);
	}

	private boolean tryMigrate() {
		try {
			this.migrations.apply();
			return true;
		}
		catch (ServiceUnavailableException ex) {
			log.warn("Neo4j is not reachable ({}); retrying the schema set-up every {} s", ex.getMessage(),
					RETRY.toSeconds());
			return false;
		}
	}

	/** The seed tasks, then the warm-ups; the data is ready after them, whether or not each succeeded. */
	private void seed() {
		this.readiness.seeding(true);
		try {
			this.seedTasks.orderedStream().forEach(SeedTask::run);
		}
		catch (RuntimeException ex) {
			log.error("Seeding the database failed; the application runs on without the seed data", ex);
		}
		finally {
			this.readiness.seeding(false);
		}
		this.warmUps.orderedStream().forEach(warmUp -> {
			try {
				warmUp.run();
			}
			catch (RuntimeException ex) {
				log.warn("Warm-up {} failed; the first requests plan their queries themselves: {}",
						warmUp.getClass().getSimpleName(), ex.toString());
			}
		});
		this.readiness.ready();
		log.info("Data ready {} ms after start", this.readiness.loadedIn().toMillis());
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

}
