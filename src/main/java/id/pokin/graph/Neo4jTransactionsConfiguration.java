package id.pokin.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * The driver's logging, and the transaction manager and {@link Neo4jClient} Boot would create, with one bookmark
 * manager that {@link AutoCommitReads} shares: on a cluster, every read then starts from the writes before it,
 * whichever of the three ran them.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jTransactionsConfiguration {

	/**
	 * The driver logs through SLF4J, at Logback's levels. With its default (System.Logger, here over
	 * java.util.logging) debug counted as enabled, so the driver rendered every RUN message, parameters and all,
	 * into a string nobody logged: an import's 9,000 rows on every batch, most of the driver's I/O thread (JFR).
	 */
	@Bean
	ConfigBuilderCustomizer driverLogging() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager() {
		return Neo4jBookmarkManager.create();
	}

	/** Spring's transactions on the driver, each one's timeout bounded by its request's deadline. */
	@Bean
	PlatformTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
			Neo4jBookmarkManager bookmarks) {
		return new DeadlineTransactions(Neo4jTransactionManager.with(driver)
			.withDatabaseSelectionProvider(databases)
			.withBookmarkManager(bookmarks)
			.build());
	}

	@Bean
	Neo4jClient neo4jClient(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks) {
		return Neo4jClient.with(driver)
			.withDatabaseSelectionProvider(databases)
			.withNeo4jBookmarkManager(bookmarks)
			.build();
	}

}
