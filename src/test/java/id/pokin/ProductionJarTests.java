package id.pokin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The jar {@code ./mvnw package} builds is the product: the benchmark tooling (src/bench/java: the generator, its
 * offline import) and Neo4j's import tool stay out of it. Run by failsafe in {@code ./mvnw verify}, after the
 * package phase, which names the jar in {@code pokin.jar}; a JUnit test rather than an enforcer or Ant rule so that
 * a failure lists the entries that should not be there, and it runs like every other test.
 */
@Tag("packaged")
class ProductionJarTests {

	@Test
	void holdsNeitherTheBenchmarkGeneratorNorNeo4jsImportTool() throws IOException {
		String name = System.getProperty("pokin.jar");
		assumeTrue(name != null, "pokin.jar is set by failsafe in ./mvnw verify, after the jar is built");
		Path jar = Path.of(name);
		assertThat(jar).as("the jar of the package phase").exists();
		try (JarFile file = new JarFile(jar.toFile())) {
			List<String> entries = file.stream().map(ZipEntry::getName).toList();
			assertThat(entries).as("the application's own classes").contains("BOOT-INF/classes/id/pokin/PokinApplication.class");
			assertThat(entries).as("Neo4j, to show the libraries are where this test looks")
				.anyMatch(entry -> entry.startsWith("BOOT-INF/lib/neo4j-kernel-"));
			assertThat(entries).filteredOn(entry -> entry.startsWith("BOOT-INF/classes/id/pokin/generator/")
					|| entry.startsWith("BOOT-INF/classes/id/pokin/bench/")).isEmpty();
			assertThat(entries).filteredOn(entry -> entry.startsWith("BOOT-INF/lib/neo4j-import-tool-")).isEmpty();
		}
	}

}
