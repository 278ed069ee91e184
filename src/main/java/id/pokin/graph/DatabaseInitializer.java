package id.pokin.graph;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import id.pokin.embedded.EmbeddedNeo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the schema up to date before the application serves requests, then runs the {@link SeedTask}s
 * (such as loading the demo dataset into an empty database) in the background. When the server cannot be
 * reached at start-up
 * the application still starts, answers "unavailable", and keeps retrying here until the server is back.
 */
@Component
class DatabaseInitializer implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DatabaseInitializer.class);

	private static final Duration RETRY = Duration.ofSeconds(5);

	private final CypherMigrations migrations;

	private final ObjectProvider<SeedTask> seedTasks;

	private ScheduledExecutorService background;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	DatabaseInitializer(Driver driver, ObjectProvider<SeedTask> seedTasks, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.migrations = new CypherMigrations(driver);
		this.seedTasks = seedTasks;
		this.embedded = embedded;
	}

	/**
	 * The schema is brought up to date before the web server starts; seeding (demo data into an empty store,
	 * seconds of work) runs in the background, so the first request is answered as soon as possible.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.embedded.ifAvailable(EmbeddedNeo4j::awaitReady);
		this.background = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "pokin-database-init");
			thread.setDaemon(true);
			return thread;
		});
		if (tryMigrate()) {
			this.background.execute(this::seed);
			return;
		}
		this.background.scheduleWithFixedDelay(() -> {
			if (tryMigrate()) {
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

	private void seed() {
		try {
			this.seedTasks.orderedStream().forEach(SeedTask::run);
		}
		catch (RuntimeException ex) {
			log.error("Seeding the database failed; the application runs on without the seed data", ex);
		}
	}

	@Override
	public void destroy() {
		if (this.background != null) {
			this.background.shutdownNow();
		}
	}

}
