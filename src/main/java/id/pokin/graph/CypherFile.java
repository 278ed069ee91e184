package id.pokin.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/** A query kept as a file under {@code cypher/} (shipped in the jar), for queries shared beyond one class. */
public final class CypherFile {

	private CypherFile() {
	}

	/** The query text of {@code cypher/<path>}, without its {@code //} comment lines. */
	public static String load(String path) {
		try {
			String text = new ClassPathResource("cypher/" + path).getContentAsString(StandardCharsets.UTF_8);
			return text.lines()
				.filter(line -> !line.strip().startsWith("//"))
				.collect(java.util.stream.Collectors.joining("\n"))
				.strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing Cypher file cypher/" + path, ex);
		}
	}

}
