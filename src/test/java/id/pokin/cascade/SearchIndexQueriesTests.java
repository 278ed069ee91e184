package id.pokin.cascade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full-text index {@code node_search} is brought up to date after each commit (migration V008). A query that
 * reads it without waiting first can miss what a write just before it added, and does so only sometimes: a race no
 * integration test catches reliably. So every such query in the application's Cypher is checked here.
 */
class SearchIndexQueriesTests {

	private static final String READ = "CALL db.index.fulltext.queryNodes(";

	private static final String WAIT = "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()";

	@Test
	void everyQueryOfTheFullTextIndexWaitsForItToCatchUpFirst() throws IOException {
		List<String> reads = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/java"), Path.of("cypher"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					List<String> lines = Files.readAllLines(file);
					for (int i = 0; i < lines.size(); i++) {
						if (lines.get(i).contains(READ)) {
							reads.add(file + ":" + (i + 1));
							assertThat(i > 0 ? lines.get(i - 1) : "").as("the line before %s:%d", file, i + 1)
								.contains(WAIT);
						}
					}
				}
			}
		}
		assertThat(reads).as("queries of the full-text index").hasSizeGreaterThanOrEqualTo(2);
	}

}
