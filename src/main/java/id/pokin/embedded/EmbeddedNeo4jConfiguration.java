package id.pokin.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: active only while {@code spring.neo4j.uri} (bound to {@code NEO4J_URI}) is empty.
 * Exposing the database as Boot's {@link Neo4jConnectionDetails} makes the driver depend on it, so the
 * database starts before the driver and stops after it. The web application starts the database before the context
 * ({@link EmbeddedNeo4jEarlyStart}); this configuration then takes that instance.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, ObjectProvider<EmbeddedNeo4jEarlyStart> early) {
		EmbeddedNeo4jEarlyStart started = early.getIfAvailable();
		return (started != null) ? started.take(properties) : EmbeddedNeo4j.startInBackground(properties);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return neo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

}
