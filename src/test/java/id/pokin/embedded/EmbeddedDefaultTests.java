package id.pokin.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.pokin.support.RunningApp;
import id.pokin.support.TestNeo4j;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import static org.assertj.core.api.Assertions.assertThat;

/** The application as a new user starts it: no Neo4j configured, so it runs its own, on disk. */
class EmbeddedDefaultTests {

	@TempDir
	Path dataDir;

	@Test
	void withoutNeo4jUriTheAppRunsAnEmbeddedDatabaseThatKeepsItsDataAcrossRestarts() {
		Map<String, String> settings = Map.of("pokin.embedded.data-dir", this.dataDir.toString(),
				"pokin.dataset.load-on-empty", "false");
		try (RunningApp app = RunningApp.start(settings)) {
			assertThat(app.context().getBeansOfType(EmbeddedNeo4j.class)).hasSize(1);
			try (var session = app.context().getBean(Driver.class).session()) {
				session.run("CREATE (:Node:Unit {id: 'kept', kind: 'UNIT', name: 'Kabupaten Contoh', level: 'PEMDA'})")
					.consume();
			}
		}
		try (RunningApp app = RunningApp.start(settings)) {
			app.graphQl()
				.document("{ node(id: \"kept\") { name level } }")
				.execute()
				.path("node.name")
				.entity(String.class)
				.isEqualTo("Kabupaten Contoh");
			app.http().get().uri("/actuator/health").exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.components.neo4j.status").isEqualTo("UP");
		}
		assertThat(this.dataDir.resolve("data/databases/neo4j")).isDirectory();
	}

	@Test
	void aNewStoreGetsTheFiveDecreesInTheBackgroundAndTraceWorksOnThem() {
		try (RunningApp app = RunningApp.start(Map.of("pokin.embedded.data-dir", this.dataDir.toString()))) {
			for (String text : List.of("Penataan Administrasi Pemerintahan", "Sekretariat DPRD Kabupaten Balangan",
					"Kecamatan Paringin", "Kalimantan Timur", "Luwu Timur")) {
				Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> app.graphQl()
					.document("query($t: String!) { search(text: $t) { id } }")
					.variable("t", text)
					.execute()
					.path("search")
					.entityList(Object.class)
					.satisfies(found -> assertThat(found).isNotEmpty()));
			}
			app.graphQl()
				.document("{ trace(id: \"blg-setda-i-penataan-adm\") { nodes { id } } }")
				.execute()
				.path("trace[0].nodes[*].id")
				.entityList(String.class)
				.containsExactly("blg-setda-i-penataan-adm", "blg-setda-e-pem-sb-1", "blg-setda-e-pem", "blg-setda-e-as1",
						"blg-setda-e-setda");
			// trace and impact read in-process here (InProcessReads): the same answers as through the driver
			app.graphQl()
				.document("{ impact(id: \"blg-setda-e-pem-sb-1\") { nodes { node { id } parentIds } } }")
				.execute()
				.path("impact.nodes[*].node.id")
				.entityList(String.class)
				.contains("blg-setda-i-penataan-adm");
			// and so do the readiness rules: the decrees' repeated "Indeks tata kelola PBJ" is found
			app.graphQl()
				.document("{ readiness { byRule { rule count } } }")
				.execute()
				.path("readiness.byRule[?(@.rule == 'indicator-duplicate')].count")
				.entityList(Integer.class)
				.satisfies(counts -> assertThat(counts).singleElement().satisfies(count -> assertThat(count).isPositive()));
		}
	}

	@Test
	void settingNeo4jUriSwitchesTheEmbeddedDatabaseOff() {
		try (RunningApp app = RunningApp.start(Map.of("NEO4J_URI", TestNeo4j.boltUri(),
				"pokin.embedded.data-dir", this.dataDir.toString(), "pokin.dataset.load-on-empty", "false"))) {
			assertThat(app.context().getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
			assertThat(this.dataDir).isEmptyDirectory();
			app.graphQl().document("{ search(text: \"anything\") { id } }").execute().errors().verify();
		}
	}

}
