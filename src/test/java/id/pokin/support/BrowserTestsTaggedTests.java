package id.pokin.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A test class that drives Chromium is left to failsafe ({@link SlowTest}), so {@code ./mvnw test} stays quick. */
class BrowserTestsTaggedTests {

	@Test
	void everyClassThatDrivesTheBrowserIsASlowTest() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/test/java/id/pokin"))) {
			List<String> untagged = files.filter(file -> file.toString().endsWith("Tests.java"))
				.filter(file -> !file.startsWith(Path.of("src/test/java/id/pokin/support")))
				.filter(file -> {
					String text = read(file);
					return (text.contains("Browser.start(") || text.contains("extends BrowserTest"))
							&& !text.contains("@SlowTest");
				})
				.map(Path::toString)
				.toList();
			assertThat(untagged).as("browser test classes without @SlowTest").isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
