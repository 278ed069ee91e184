package id.pokin.database;

import java.time.Duration;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * Chooses how {@link GraphReads} runs: in-process when the application runs its embedded database (unless
 * {@code pokin.embedded.in-process-reads} is false), through the driver otherwise, so a server or a cluster
 * ({@code NEO4J_URI}) gets read sessions routed to readers and bookmarks.
 */
@Configuration(proxyBeanMethods = false)
class GraphReadsConfiguration {

	@Bean
	GraphReads graphReads(ObjectProvider<EmbeddedNeo4j> embedded, EmbeddedNeo4jProperties properties, Driver driver,
			Neo4jBookmarkManager bookmarks, DatabaseSelectionProvider databases,
			@Value("${pokin.graphql.timeout-seconds:30}") int timeoutSeconds) {
		EmbeddedNeo4j neo4j = embedded.getIfAvailable();
		if (neo4j != null && properties.inProcessReads()) {
			return new InProcessReads(neo4j::database, Duration.ofSeconds(timeoutSeconds));
		}
		return new AutoCommitReads(driver, bookmarks, databases, timeoutSeconds);
	}

}
