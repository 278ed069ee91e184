package id.pokin.graph;

import java.time.Duration;

import id.pokin.embedded.EmbeddedNeo4j;
import id.pokin.embedded.EmbeddedNeo4jProperties;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.aot.Neo4jManagedTypes;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Chooses how {@link GraphReads} and {@link GraphWrites} run: in-process when the application runs its embedded
 * database (unless {@code pokin.embedded.in-process} is false), through the driver otherwise, so a server or a
 * cluster ({@code NEO4J_URI}) gets read sessions routed to readers, bookmarks and Spring's transactions. And
 * whether the application can know when the graph changed ({@link GraphVersion}).
 */
@Configuration(proxyBeanMethods = false)
class GraphAccessConfiguration {

	@Bean
	GraphReads graphReads(ObjectProvider<EmbeddedNeo4j> embedded, EmbeddedNeo4jProperties properties, Driver driver,
			Neo4jBookmarkManager bookmarks, DatabaseSelectionProvider databases,
			@Value("${pokin.graphql.timeout-seconds:30}") int timeoutSeconds) {
		EmbeddedNeo4j neo4j = embedded.getIfAvailable();
		if (neo4j != null && properties.inProcess()) {
			return new InProcessReads(neo4j::database, Duration.ofSeconds(timeoutSeconds));
		}
		return new AutoCommitReads(driver, bookmarks, databases, timeoutSeconds);
	}

	/** Known for the embedded database (in-process or not), unknown for a server: see {@link GraphVersion}. */
	@Bean
	GraphVersion graphVersion(ObjectProvider<EmbeddedNeo4j> embedded) {
		EmbeddedNeo4j neo4j = embedded.getIfAvailable();
		return neo4j != null ? neo4j.version() : GraphVersion.unknown();
	}

	/**
	 * No mapped entities: every query is Cypher through {@link Neo4jClient} or {@link GraphReads}. Declared empty so
	 * that Spring Data does not scan the application's packages for {@code @Node} classes at each start.
	 */
	@Bean
	Neo4jManagedTypes neo4jManagedTypes() {
		return Neo4jManagedTypes.empty();
	}

	@Bean
	GraphWrites graphWrites(ObjectProvider<EmbeddedNeo4j> embedded, EmbeddedNeo4jProperties properties,
			PlatformTransactionManager transactions, Neo4jClient client) {
		EmbeddedNeo4j neo4j = embedded.getIfAvailable();
		if (neo4j != null && properties.inProcess()) {
			return new InProcessWrites(neo4j::database);
		}
		return new DriverWrites(transactions, client);
	}

}
