package id.pokin.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded database that runs when no {@code NEO4J_URI} is configured.
 *
 * @param dataDir where the database keeps its files across restarts
 * @param boltPort the loopback port the driver connects to; 0 picks a free one
 * @param pageCache memory Neo4j may use to cache the store
 * @param inProcess whether the one-query reads (trace, impact, the readiness rules) and the imports run in the
 * application's own process instead of through the driver and Bolt ({@link GraphReads}, {@link GraphWrites})
 */
@ConfigurationProperties("pokin.embedded")
public record EmbeddedNeo4jProperties(
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("0") int boltPort,
		@DefaultValue("512MB") DataSize pageCache,
		@DefaultValue("true") boolean inProcess) {
}
