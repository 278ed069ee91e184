package id.pokin.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import id.pokin.generator.GeneratedGraph.Node;
import id.pokin.node.NodeKind;
import id.pokin.support.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The generator's offline path: into an empty embedded store it writes CSV files, stops the database, runs
 * Neo4j's bulk importer and starts the database again; the store must then hold exactly what the transactions
 * path writes, with the schema of the migrations online.
 */
class OfflineGenerateTests {

	@TempDir
	Path dataDir;

	@Test
	void importsGeneratedRegionsIntoAnEmptyEmbeddedStoreWithTheirPropertiesTypesAndIndexes() {
		GeneratorSettings settings = new GeneratorSettings(2, 7, 0.05, 0.01, 1);
		List<Node> expected = new CascadeGenerator(settings).region(1).nodes();
		try (RunningApp app = RunningApp.start(Map.of("pokin.embedded.data-dir", this.dataDir.toString(),
				"pokin.dataset.load-on-empty", "false"))) {
			GenerateCommand command = app.context().getBean(GenerateCommand.class);
			Driver driver = app.context().getBean(Driver.class);
			List<String> indexesBefore = onlineIndexes(driver);

			assertThat(command.run(List.of("--regions", "2", "--seed", "7", "--method", "offline"))).isZero();

			try (Session session = driver.session()) {
				long regionOne = session.run("MATCH (n:Node) WHERE n.sourceDocument = 'r001-doc' RETURN count(n) AS c")
					.single().get("c").asLong();
				assertThat(regionOne).isEqualTo(expected.size());
				for (NodeKind kind : NodeKind.values()) {
					long count = session.run("MATCH (n:Node) WHERE n.kind = $kind AND n.sourceDocument = 'r001-doc' "
							+ "AND $label IN labels(n) RETURN count(n) AS c", Map.of("kind", kind.name(), "label", kind.label()))
						.single().get("c").asLong();
					assertThat(count).as(kind.name()).isEqualTo(expected.stream().filter(n -> n.kind() == kind).count());
				}
				Node indicator = expected.stream().filter(n -> n.kind() == NodeKind.INDIKATOR).findFirst().orElseThrow();
				Map<String, Object> stored = session.run("MATCH (n:Indikator {id: $id}) RETURN properties(n) AS p",
						Map.of("id", indicator.id())).single().get("p").asMap();
				assertThat(stored).isEqualTo(indicator.properties());
				assertThat(session.run("MATCH (:Node)-[r:CONTRIBUTES_TO]->(:Node) RETURN count(r) AS c").single().get("c").asLong())
					.isEqualTo(new CascadeGenerator(settings).region(1).contributesTo().size()
							+ new CascadeGenerator(settings).region(2).contributesTo().size());
				assertThat(session.run("MATCH (d:Document) RETURN count(d) AS c").single().get("c").asLong()).isEqualTo(2);
			}
			assertThat(onlineIndexes(driver)).containsExactlyInAnyOrderElementsOf(indexesBefore);
			app.graphQl()
				.document("{ trace(id: \"r001-pd1-b1-sb1-k1-i1\") { top { kind } } }")
				.execute()
				.path("trace[0].top.kind")
				.entity(String.class)
				.isEqualTo("TUJUAN");

			assertThatIllegalArgumentException()
				.isThrownBy(() -> command.run(List.of("--regions", "1", "--method", "offline")))
				.withMessageContaining("holds data");
		}
	}

	private static List<String> onlineIndexes(Driver driver) {
		try (Session session = driver.session()) {
			return session.run("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name")
				.list(r -> r.get(0).asString());
		}
	}

}
