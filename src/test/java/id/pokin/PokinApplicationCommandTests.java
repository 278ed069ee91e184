package id.pokin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar pokin.jar import PATH}: the application without its web server, against the test Neo4j. */
@ExtendWith(OutputCaptureExtension.class)
class PokinApplicationCommandTests {

	@TempDir
	Path dir;

	@Test
	void theImportCommandImportsEachPathAndExitsWithOneWhenAnyFailedWithoutAWebServer(CapturedOutput output) throws IOException {
		TestNeo4j.load();
		for (String sheet : new String[] { "documents", "units", "elements", "indicators" }) {
			try (InputStream in = new ClassPathResource("importer/basic/" + sheet + ".csv").getInputStream()) {
				Files.copy(in, this.dir.resolve(sheet + ".csv"));
			}
		}
		Path missing = this.dir.resolve("nothing-here.xlsx");
		assertThat(PokinApplication.runCommand("import", this.dir.toString(), missing.toString(),
				"--spring.neo4j.uri=" + TestNeo4j.boltUri()))
			.isEqualTo(1);
		assertThat(output.getOut())
			.contains(this.dir + ": imported 1 documents, 4 units, 4 elements, 4 indicators (12 created")
			.contains(missing + ": 1 errors, nothing imported")
			.doesNotContain("Tomcat started");
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (n:Node) RETURN count(n)").single().get(0).asLong()).isEqualTo(12);
		}
	}

}
