package id.pokin.generator;

import java.util.List;

import id.pokin.support.SlowTest;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SlowTest
class GenerateCommandTests extends GraphQlIntegrationTest {

	@Autowired
	GenerateCommand command;

	@Test
	void generatesARegionIntoTheDatabaseWithItsIndexesBackAndTraceableChains() {
		TestNeo4j.load();
		List<String> indexesBefore = indexNames();

		assertThat(this.command.run(List.of("--regions", "1", "--seed", "7", "--defects", "0"))).isZero();

		try (Session session = TestNeo4j.driver().session()) {
			long nodes = session.run("MATCH (n:Node) RETURN count(n) AS c").single().get("c").asLong();
			assertThat(nodes).isEqualTo(new CascadeGenerator(new GeneratorSettings(1, 7, 0.05, 0, 1)).region(1).nodes().size());
		}
		assertThat(indexNames()).containsExactlyInAnyOrderElementsOf(indexesBefore);
		// a subbagian indicator traces up through bagian, perangkat daerah and RPJMD sasaran to a tujuan
		graphQl().document("{ trace(id: \"r001-pd1-b1-sb1-k1-i1\") { nodes { level } top { kind } } }")
			.execute()
			.path("trace[0].nodes[*].level")
			.entityList(String.class)
			.containsExactly("SUBBAGIAN", "SUBBAGIAN", "BAGIAN", "PERANGKAT_DAERAH", "PEMDA", "PEMDA")
			.path("trace[0].top.kind")
			.entity(String.class)
			.isEqualTo("TUJUAN");
		TestNeo4j.load();
	}

	@Test
	void writesRegionsInParallelEachWhole() {
		TestNeo4j.load();

		assertThat(this.command.run(List.of("--regions", "2", "--seed", "7", "--defects", "0", "--parallel", "2")))
			.isZero();

		CascadeGenerator generator = new CascadeGenerator(new GeneratorSettings(2, 7, 0.05, 0, 1));
		GeneratedGraph first = generator.region(1);
		GeneratedGraph second = generator.region(2);
		try (Session session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (n:Node) RETURN count(n) AS c").single().get("c").asLong())
				.isEqualTo(first.nodes().size() + second.nodes().size());
			long links = first.contributesTo().size() + first.responsibleFor().size() + first.partOf().size()
					+ second.contributesTo().size() + second.responsibleFor().size() + second.partOf().size();
			assertThat(session.run("MATCH (:Node)-[r:CONTRIBUTES_TO|RESPONSIBLE_FOR|PART_OF]->(:Node) RETURN count(r) AS c")
				.single().get("c").asLong()).isEqualTo(links);
		}
		TestNeo4j.load();
	}

	private static List<String> indexNames() {
		try (Session session = TestNeo4j.driver().session()) {
			return session.run("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name").list(r -> r.get(0).asString());
		}
	}

	@Test
	void rejectsUnknownOptions() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> this.command.run(List.of("--region", "1")))
			.withMessageContaining("Unknown option --region");
	}

}
