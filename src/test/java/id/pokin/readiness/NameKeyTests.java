package id.pokin.readiness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import id.pokin.node.SearchText;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name key the application stores ({@link SearchText#nameKey}) is the key the duplicate rules compute in
 * Cypher for a node without one: both forms meet in one report when a graph holds nodes written either way.
 */
class NameKeyTests {

	private static final List<String> NAMES = Arrays.asList("Indeks Tata Kelola PBJ", "  indeks tata-kelola (PBJ).",
			"Persentase   capaian\tSAKIP\n", "Jumlah Dokumen/Laporan: 100% [x]", "Nilai \u2013 rata\u2014rata",
			"Rasio \"A\" & 'B' + C * D = E < F > G # H | I", "a_b`c\\d{e}f?g!h;i,j", "İstimewa ÜLKÜ", ". , ; -", "",
			null, "Ä\u00a0B", "x\u000by");

	@Test
	void javaAndCypherKeysAgree() throws Exception {
		String rule = Files.readString(Path.of("cypher/readiness/indicator-duplicate.cypher"));
		int start = rule.indexOf("ELSE ") + "ELSE ".length();
		String cypherKey = rule.substring(start, rule.indexOf(" END AS name", start)).replace("coalesce(i.name, '')",
				"coalesce(name, '')");
		List<String> fromCypher = new ArrayList<>();
		try (Session session = TestNeo4j.driver().session()) {
			for (String name : NAMES) {
				Object key = session.run("WITH $name AS name RETURN " + cypherKey + " AS key", Map.of("name",
						name == null ? org.neo4j.driver.Values.NULL : org.neo4j.driver.Values.value(name)))
					.single()
					.get("key")
					.asObject();
				fromCypher.add("".equals(key) ? null : (String) key);
			}
		}
		assertThat(NAMES.stream().map(SearchText::nameKey).toList()).containsExactlyElementsOf(fromCypher);
		assertThat(SearchText.nameKey("  indeks tata-kelola (PBJ).")).isEqualTo("indeks tata kelola pbj");
	}

}
