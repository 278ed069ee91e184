package id.pokin.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.pokin.cascade.NodeQueries;
import id.pokin.importer.ImportError.Code;
import id.pokin.node.SearchText;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Imports into the shared test Neo4j; every test starts from an empty graph. */
class ImportServiceTests extends GraphQlIntegrationTest {

	@Autowired
	ImportService service;

	@Autowired
	NodeQueries nodes;

	@TempDir
	Path dir;

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.load();
	}

	@Test
	void writesNodesWithTheirLabelsAndPropertiesAsTheApplicationReadsThem() {
		ImportResult result = importFolder("importer/basic");
		assertThat(result.summary()).isEqualTo(new ImportSummary(1, 4, 4, 4, 12, 0, 0));

		Map<String, Object> sakip = node("i-sakip");
		assertThat(labels("i-sakip")).containsExactlyInAnyOrder("Node", "Indikator");
		assertThat(sakip).containsEntry("kind", "INDIKATOR")
			.containsEntry("name", "Nilai SAKIP Kabupaten")
			.containsEntry("code", "1")
			.containsEntry("codeKey", "1")
			.containsEntry("level", "PERANGKAT_DAERAH")
			.containsEntry("seq", 1L)
			.containsEntry("version", 0L)
			.containsEntry("sourceDocument", "doc-contoh")
			.containsEntry("sourceRef", "tabel IKU, no. 1")
			.containsEntry("satuan", "Nilai")
			.containsEntry("baselineRaw", "B = 66.04")
			.containsEntry("baselineValue", 66.04)
			.containsEntry("targetYears", List.of(2024L, 2025L))
			.containsEntry("targetRaw", List.of("BB = 72.4", "BB = 74.4"))
			.containsEntry("targetValue", List.of(72.4, 74.4))
			.containsEntry("finalTargetRaw", "BB = 74.4")
			.containsEntry("finalTargetValue", 74.4)
			.containsEntry("formula", "LHE SAKIP KemenPAN-RB")
			.containsEntry("dataSource", "Inspektorat")
			.containsEntry("definition", "Evaluasi SAKIP")
			.containsEntry("rationale", "Mengukur akuntabilitas")
			.containsEntry("indicatorKind", "OUTCOME")
			.containsEntry("polarity", "HIGHER_IS_BETTER")
			.containsEntry("iku", true);

		assertThat(node("i-persen")).containsEntry("baselineValue", 37.5)
			.containsEntry("targetRaw", List.of("100%", "100.00%", "100% (Tinggi)"))
			.containsEntry("targetValue", List.of(100.0, 100.0, 100.0))
			.containsEntry("level", "BAGIAN")
			.doesNotContainKeys("code", "codeKey", "polarity", "definition");
		assertThat((List<?>) node("i-dok").get("targetValue")).first().isEqualTo(1.0);
		assertThat((Double) ((List<?>) node("i-dok").get("targetValue")).get(2)).isNaN();
		assertThat(node("i-dok")).containsEntry("iku", false).containsEntry("level", "SUBBAGIAN");
		// no element and no responsible unit: an orphan without level, kept as such
		assertThat(node("i-lepas")).doesNotContainKeys("level", "targetYears", "satuan").containsEntry("seq", 4L);

		assertThat(labels("e-setda")).containsExactlyInAnyOrder("Node", "Element", "Sasaran");
		assertThat(labels("e-tujuan")).containsExactlyInAnyOrder("Node", "Element", "Tujuan");
		assertThat(node("e-setda")).containsEntry("description", "Penjelasan sasaran,\ndua baris")
			.containsEntry("problems", "Belum optimalnya SAKIP")
			.containsEntry("level", "PERANGKAT_DAERAH");
		assertThat(node("e-pem")).containsEntry("code", "CSF 1.1").containsEntry("codeKey", "csf11");
		assertThat(labels("u-setda")).containsExactlyInAnyOrder("Node", "Unit");
		assertThat(node("u-setda")).containsEntry("kind", "UNIT").containsEntry("level", "PERANGKAT_DAERAH");

		Map<String, Object> document = single("MATCH (d:Document {id: 'doc-contoh'}) RETURN properties(d) AS p").get("p")
			.asMap();
		assertThat(document).containsEntry("title", "Keputusan Sekretaris Daerah Kota Contoh tentang IKU 2024-2026")
			.containsEntry("number", "100/ 1 /2024")
			.containsEntry("issuer", "Sekretaris Daerah Kota Contoh")
			.containsEntry("region", "u-pemda")
			.containsEntry("periodStart", 2024L)
			.containsEntry("periodEnd", 2026L)
			.containsEntry("sourceFile", "kota-contoh-iku.pdf");
		assertThat(labels("doc-contoh")).containsExactly("Document");

		assertThat(links()).containsExactlyInAnyOrder(tuple("e-adm", "CONTRIBUTES_TO", "e-pem"),
				tuple("e-pem", "CONTRIBUTES_TO", "e-setda"), tuple("e-setda", "CONTRIBUTES_TO", "e-tujuan"),
				tuple("i-dok", "CONTRIBUTES_TO", "e-adm"), tuple("i-persen", "CONTRIBUTES_TO", "e-pem"),
				tuple("i-sakip", "CONTRIBUTES_TO", "e-setda"), tuple("u-bag-pem", "PART_OF", "u-setda"),
				tuple("u-sb-adm", "PART_OF", "u-bag-pem"), tuple("u-setda", "PART_OF", "u-pemda"),
				tuple("u-bag-pem", "RESPONSIBLE_FOR", "e-pem"), tuple("u-bag-pem", "RESPONSIBLE_FOR", "i-persen"),
				tuple("u-pemda", "RESPONSIBLE_FOR", "e-tujuan"), tuple("u-sb-adm", "RESPONSIBLE_FOR", "e-adm"),
				tuple("u-sb-adm", "RESPONSIBLE_FOR", "i-dok"), tuple("u-setda", "RESPONSIBLE_FOR", "e-setda"),
				tuple("u-setda", "RESPONSIBLE_FOR", "i-sakip"));
	}

	/**
	 * The full-text index is brought up to date after a commit (migration V008); searches wait for it to catch up.
	 * Without that wait such a search can find none of the rows (it did once, on a cold JVM): a race, so
	 * {@code SearchIndexQueriesTests} checks the wait itself.
	 */
	@Test
	void searchAndTheTextFilterSeeEveryRowOfAnImportAsSoonAsItReturns() {
		importFolder("importer/basic");
		importIndicatorsNamed("kelengkapan", 3000);
		graphQl().document("{ nodeCounts(filter: {kind: INDIKATOR, text: \"kelengkapan\"}) { count } }")
			.execute()
			.path("nodeCounts[*].count")
			.entityList(Integer.class)
			.containsExactly(3000);
		importIndicatorsNamed("ketepatan", 3000);
		assertThat(this.nodes.search(SearchText.of("ketepatan"), 5000)).hasSize(3000);
	}

	private void importIndicatorsNamed(String word, int count) {
		StringBuilder indicators = new StringBuilder("id,element,name,document,source_ref\n");
		for (int i = 1; i <= count; i++) {
			indicators.append("i-%s-%d,e-adm,Jumlah %s %d,doc-contoh,x\n".formatted(word, i, word, i));
		}
		ImportResult result = this.service.importFile(TestFiles.csv(Map.of("documents", "id,title\n", "units",
				"id,name,level,document,source_ref\n", "elements", "id,kind,name,level,parents,document,source_ref\n",
				"indicators", indicators.toString())));
		assertThat(result.errors()).isEmpty();
	}

	@Test
	void importingTheSameFileAgainLeavesTheGraphExactlyAsAfterOnce() {
		importFolder("importer/basic");
		GraphDump once = GraphDump.take();
		ImportResult again = importFolder("importer/basic");
		assertThat(again.summary()).isEqualTo(new ImportSummary(1, 4, 4, 4, 0, 0, 12));
		assertThat(GraphDump.take()).isEqualTo(once);
	}

	@Test
	void aRevisedFileUpdatesWhatChangedReplacesLinksAndRaisesOnlyThoseVersions() {
		importFolder("importer/basic");
		ImportResult revised = importFolder("importer/revised");
		assertThat(revised.summary()).isEqualTo(new ImportSummary(1, 4, 4, 5, 1, 4, 8));

		assertThat(versions()).containsEntry("u-sb-adm", 1L) // renamed
			.containsEntry("e-setda", 1L) // description emptied
			.containsEntry("e-adm", 1L) // parent changed
			.containsEntry("i-dok", 1L) // targets and responsible unit changed
			.containsEntry("i-baru", 0L) // new
			.containsEntry("u-pemda", 0L)
			.containsEntry("e-pem", 0L)
			.containsEntry("i-sakip", 0L)
			.containsEntry("i-lepas", 0L);
		assertThat(node("u-sb-adm")).containsEntry("name", "Sub Bagian Penataan Administrasi Pemerintahan");
		assertThat(node("e-setda")).doesNotContainKey("description").containsEntry("problems", "Belum optimalnya SAKIP");
		assertThat(node("i-dok")).containsEntry("targetRaw", List.of("1 Dokumen Laporan", "4", "5"))
			.containsEntry("targetValue", List.of(1.0, 4.0, 5.0))
			.containsEntry("finalTargetRaw", "5");
		assertThat(links()).contains(tuple("e-adm", "CONTRIBUTES_TO", "e-setda"), tuple("u-bag-pem", "RESPONSIBLE_FOR", "i-dok"),
				tuple("i-baru", "CONTRIBUTES_TO", "e-adm"), tuple("u-sb-adm", "RESPONSIBLE_FOR", "i-baru"))
			.doesNotContain(tuple("e-adm", "CONTRIBUTES_TO", "e-pem"), tuple("u-sb-adm", "RESPONSIBLE_FOR", "i-dok"));
		assertThat(links()).hasSize(18);

		GraphDump afterRevision = GraphDump.take();
		assertThat(importFolder("importer/revised").summary()).isEqualTo(new ImportSummary(1, 4, 4, 5, 0, 0, 13));
		assertThat(GraphDump.take()).isEqualTo(afterRevision);
	}

	@Test
	void anImportRecordsInItsCommitTheDocumentsItChangesAndOnlyThose() {
		importFolder("importer/basic");
		assertThat(generations()).containsExactly(entry("doc-contoh", 1L));
		importFolder("importer/basic");
		assertThat(generations()).as("the same file again changes nothing").containsExactly(entry("doc-contoh", 1L));
		try (Session session = TestNeo4j.driver().session()) {
			session.run("MATCH (c:CheckedDocument) SET c.rules = 'checked'").consume();
		}
		importFolder("importer/revised");
		assertThat(generations()).containsExactly(entry("doc-contoh", 2L));
		assertThat(single("MATCH (c:CheckedDocument) RETURN c.rules AS rules").get("rules").isNull()).isTrue();
	}

	@Test
	void aFileWithAnyErrorChangesNothing() {
		Path broken = TestFiles.copy("importer/revised", this.dir);
		TestFiles.append(broken.resolve("indicators.csv"),
				"i-salah,e-tidak-ada,,Indikator dengan sasaran yang salah,,,,,,,,,,,,,,,doc-contoh,baris salah");

		ImportResult intoEmpty = this.service.importFile(ImportFile.read(broken));
		assertThat(intoEmpty.isImported()).isFalse();
		assertThat(GraphDump.count("MATCH (n) WHERE NOT n:PokinMigration RETURN count(n)")).isZero();

		importFolder("importer/basic");
		GraphDump before = GraphDump.take();
		long nodes = GraphDump.count("MATCH (n) WHERE NOT n:PokinMigration RETURN count(n)");
		long relationships = GraphDump.count("MATCH ()-[r]->() RETURN count(r)");
		ImportResult result = this.service.importFile(ImportFile.read(broken));
		assertThat(result.summary()).isNull();
		assertThat(result.errors()).extracting(e -> tuple(e.sheet(), e.row(), e.column(), e.code()))
			.containsExactly(tuple("indicators", 7, "element", Code.UNKNOWN_REFERENCE));
		assertThat(GraphDump.count("MATCH (n) WHERE NOT n:PokinMigration RETURN count(n)")).isEqualTo(nodes);
		assertThat(GraphDump.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
		assertThat(GraphDump.take()).isEqualTo(before);
	}

	@Test
	void aFailureWhileWritingRollsBackWhatTheSameImportWroteBefore() {
		// a constraint the importer does not know of makes the indicator batch fail after units and elements
		try (Session session = TestNeo4j.driver().session()) {
			session.run("CREATE CONSTRAINT test_indicator_satuan FOR (n:Indikator) REQUIRE n.satuan IS UNIQUE").consume();
		}
		try {
			Path folder = TestFiles.copy("importer/basic", this.dir);
			TestFiles.append(folder.resolve("indicators.csv"), "i-dua,e-adm,,Indikator kedua,Dokumen,,,,,,,,,,,,,,doc-contoh,x");
			// a unique constraint refusing a write is taken for another writer's new id: checked again, then refused
			assertThat(this.service.importFile(ImportFile.read(folder)).errors()).extracting(ImportError::code)
				.containsExactly(Code.CONCURRENT_CHANGE);
			assertThat(GraphDump.count("MATCH (n) WHERE NOT n:PokinMigration RETURN count(n)")).isZero();
		}
		finally {
			try (Session session = TestNeo4j.driver().session()) {
				session.run("DROP CONSTRAINT test_indicator_satuan").consume();
			}
		}
	}

	@Test
	void aWorkbookAndTheSameTablesAsCsvGiveTheSameGraph() {
		for (String folder : List.of("importer/basic", "dataset/balangan-setda", "dataset/luwutimur-setda")) {
			TestNeo4j.load();
			Path csv = TestFiles.copy(folder, this.dir);
			assertThat(this.service.importFile(ImportFile.read(csv)).isImported()).isTrue();
			GraphDump fromCsv = GraphDump.take();

			TestNeo4j.load();
			Path xlsx = TestFiles.workbookOf(csv, this.dir.resolve(csv.getFileName() + ".xlsx"));
			assertThat(this.service.importFile(ImportFile.read(xlsx)).isImported()).isTrue();
			assertThat(GraphDump.take()).as(folder).isEqualTo(fromCsv);

			TestNeo4j.load();
			Path zip = TestFiles.zipOf(csv, this.dir.resolve(csv.getFileName() + ".zip"));
			assertThat(this.service.importFile(ImportFile.read(zip)).isImported()).isTrue();
			assertThat(GraphDump.take()).as(folder).isEqualTo(fromCsv);
		}
	}

	@Test
	void aLaterFileMayLinkToNodesAndDocumentsAlreadyInTheGraph() {
		importFolder("importer/basic");
		ImportResult result = this.service.importFile(TestFiles.csv(Map.of("documents", "id,title\n", "units", """
				id,name,level,parent,document,source_ref
				u-sb-baru,Sub Bagian Baru,SUBBAGIAN,u-bag-pem,doc-contoh,tabel baru
				""", "elements", """
				id,kind,name,level,parents,responsible,document,source_ref
				e-baru,SASARAN,Sasaran baru,SUBBAGIAN,e-pem,u-sb-baru,doc-contoh,tabel baru
				""", "indicators", """
				id,element,name,document,source_ref
				i-baru,e-baru,Indikator baru,doc-contoh,tabel baru
				""")));
		assertThat(result.errors()).isEmpty();
		assertThat(node("i-baru")).containsEntry("level", "SUBBAGIAN");
		assertThat(links()).contains(tuple("u-sb-baru", "PART_OF", "u-bag-pem"), tuple("e-baru", "CONTRIBUTES_TO", "e-pem"));
	}

	@Test
	void aLinkToADocumentOfTheGraphWhereANodeBelongsAndTheOtherWayRoundIsRefused() {
		importFolder("importer/basic");
		ImportResult result = this.service.importFile(TestFiles.csv(Map.of("documents", "id,title\n", "units",
				"id,name,level,document,source_ref\n", "elements", """
						id,kind,name,level,parents,document,source_ref
						e-salah,SASARAN,Sasaran salah,BAGIAN,doc-contoh,e-pem,x
						""", "indicators", "id,name,document,source_ref\n")));
		assertThat(result.errors()).extracting(e -> tuple(e.sheet(), e.row(), e.column(), e.code()))
			.containsExactlyInAnyOrder(tuple("elements", 2, "parents", Code.WRONG_KIND),
					tuple("elements", 2, "document", Code.WRONG_KIND));
		assertThat(single("MATCH (n:Node {id: 'e-salah'}) RETURN count(n) AS c").get("c").asLong()).isZero();
	}

	@Test
	void anIndicatorWithoutElementTakesTheLevelOfItsUnitInTheGraph() {
		importFolder("importer/basic");
		this.service.importFile(TestFiles.csv(Map.of("documents", "id,title\n", "units", "id,name,level,document,source_ref\n",
				"elements", "id,kind,name,level,document,source_ref\n", "indicators", """
						id,name,responsible,document,source_ref
						i-unit,Indikator unit,u-bag-pem,doc-contoh,x
						""")));
		assertThat(node("i-unit")).containsEntry("level", "BAGIAN");
	}

	@Test
	void anIdTheGraphHoldsAsAnotherKindIsRefused() {
		importFolder("importer/basic");
		ImportResult result = this.service.importFile(TestFiles.csv(Map.of("documents", "id,title\n", "units", """
				id,name,level,parent,document,source_ref
				e-pem,Unit dengan id sasaran,BAGIAN,u-setda,doc-contoh,x
				""", "elements", "id,kind,name,level,document,source_ref\n", "indicators", "id,name,document,source_ref\n")));
		assertThat(result.errors()).extracting(e -> tuple(e.sheet(), e.row(), e.column(), e.code()))
			.containsExactly(tuple("units", 2, "id", Code.ID_KIND_CONFLICT));
		assertThat(result.errors().get(0).message().en())
			.isEqualTo("Id 'e-pem' already exists in the database as a sasaran, so it cannot be used for an organisational unit. Choose another id.");
	}

	@Test
	void aLinkThatClosesACycleWithTheGraphsLinksIsRefused() {
		importFolder("importer/basic");
		// graph: e-adm -> e-pem -> e-setda -> e-tujuan; the file makes the top contribute to the bottom
		ImportResult result = this.service.importFile(TestFiles.csv(Map.of("documents", "id,title\n", "units",
				"id,name,level,document,source_ref\n", "elements", """
						id,kind,name,level,parents,document,source_ref
						e-tujuan,TUJUAN,Tujuan,PEMDA,e-adm,doc-contoh,x
						""", "indicators", "id,name,document,source_ref\n")));
		assertThat(result.errors()).extracting(e -> tuple(e.sheet(), e.row(), e.column(), e.code()))
			.containsExactly(tuple("elements", 2, "parents", Code.CYCLE));
		assertThat(result.errors().get(0).message().en()).contains("e-tujuan \u2192 e-adm \u2192 e-pem \u2192 e-setda \u2192 e-tujuan");
	}

	@Test
	void anElementMayChangeItsKindAndItsLabelsFollow() {
		importFolder("importer/basic");
		ImportResult result = this.service.importFile(TestFiles.csv(Map.of("documents", "id,title\n", "units",
				"id,name,level,document,source_ref\n", "elements", """
						id,kind,name,level,document,source_ref
						e-tujuan,SASARAN,Sasaran RPJMD,PEMDA,doc-contoh,x
						""", "indicators", "id,name,document,source_ref\n")));
		assertThat(result.summary().updated()).isEqualTo(1);
		assertThat(labels("e-tujuan")).containsExactlyInAnyOrder("Node", "Element", "Sasaran");
	}

	private ImportResult importFolder(String classpathFolder) {
		ImportResult result = this.service.importFile(ImportFile.read(TestFiles.copy(classpathFolder, this.dir.resolve("f" + System.nanoTime()))));
		assertThat(result.errors()).as(classpathFolder).isEmpty();
		return result;
	}

	private static Map<String, Object> node(String id) {
		return single("MATCH (n:Node {id: $id}) RETURN properties(n) AS p", Map.of("id", id)).get("p").asMap();
	}

	private static List<String> labels(String id) {
		return single("MATCH (n {id: $id}) RETURN labels(n) AS l", Map.of("id", id)).get("l").asList(v -> v.asString());
	}

	private static Map<String, Object> versions() {
		return single("MATCH (n:Node) RETURN collect([n.id, n.version]) AS v").get("v")
			.asList(v -> v.asList())
			.stream()
			.collect(Collectors.toMap(v -> (String) v.get(0), v -> v.get(1)));
	}

	private static List<Object> links() {
		try (Session session = TestNeo4j.driver().session()) {
			return session.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b")
				.list(r -> (Object) tuple(r.get("a").asString(), r.get("t").asString(), r.get("b").asString()));
		}
	}

	private static Map<String, Long> generations() {
		try (Session session = TestNeo4j.driver().session()) {
			Map<String, Long> generations = new java.util.TreeMap<>();
			session.run("MATCH (c:CheckedDocument) RETURN c.document AS document, c.generation AS generation")
				.forEachRemaining(r -> generations.put(r.get("document").asString(), r.get("generation").asLong()));
			return generations;
		}
	}

	private static Record single(String cypher) {
		return single(cypher, Map.of());
	}

	private static Record single(String cypher, Map<String, Object> parameters) {
		try (Session session = TestNeo4j.driver().session()) {
			return session.run(cypher, parameters).single();
		}
	}

}
