package id.pokin.database;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
 * (such as loading the demo dataset into an empty database). When the server cannot be reached at start-up
 * the application still starts, answers "unavailable", and keeps retrying here until the server is back.
 */
@Component
class DatabaseInitializer implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DatabaseInitializer.class);

	private static final Duration RETRY = Duration.ofSeconds(5);

	private final CypherMigrations migrations;

	private final ObjectProvider<SeedTask> seedTasks;

	private ScheduledExecutorService retries;

	DatabaseInitializer(Driver driver, ObjectProvider<SeedTask> seedTasks) {
		this.migrations = new CypherMigrations(driver);
		this.seedTasks = seedTasks;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!tryInitialize()) {
			this.retries = Executors.newSingleThreadScheduledExecutor(r -> {
				Thread thread = new Thread(r, "pokin-database-init");
				thread.setDaemon(true);
				return thread;
			});
			this.retries.scheduleWithFixedDelay(() -> {
				if (tryInitialize()) {
					this.retries.shutdown();
				}
			}, RETRY.toSeconds(), RETRY.toSeconds(), TimeUnit.SECONDS);
		}
	}

	private boolean tryInitialize() {
		try {
			this.migrations.apply();
			List<SeedTask> tasks = this.seedTasks.orderedStream().toList();
			tasks.forEach(SeedTask::run);
			return true;
		}
		catch (ServiceUnavailableException ex) {
			log.warn("Neo4j is not reachable ({}); retrying the schema set-up every {} s", ex.getMessage(),
					RETRY.toSeconds());
			return false;
		}
	}

	@Override
	public void destroy() {
		if (this.retries != null) {
			this.retries.shutdownNow();
		}
	}

}
