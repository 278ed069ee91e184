package id.pokin.dataset;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.pokin.importer.GraphDump;
import id.pokin.importer.GraphLookup;
import id.pokin.importer.ImportCommand;
import id.pokin.importer.ImportResult;
import id.pokin.importer.ImportService;
import id.pokin.importer.ImportSummary;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five transcribed documents under {@code dataset/}: each imports without an error, with the counts its
 * NOTES.md gives, and the chains NOTES.md lists come back from the GraphQL {@code trace}.
 */
class DatasetImportTests extends GraphQlIntegrationTest {

	private static final String TRACE = """
			query($id: ID!) {
			  trace(id: $id) { nodes { id name } top { id } }
			}
			""";

	@Autowired
	ImportService service;

	@Autowired
	GraphLookup lookup;

	@Test
	void balanganSetda() {
		load("balangan-setda", 36, 52, 65);
		assertThat(counts("MATCH (e:Element) RETURN e.level AS key, count(*) AS count"))
			.isEqualTo(Map.of("PERANGKAT_DAERAH", 4L, "ASISTEN", 3L, "BAGIAN", 10L, "SUBBAGIAN", 35L));
		assertThat(counts("MATCH (u:Unit) RETURN u.level AS key, count(*) AS count"))
			.isEqualTo(Map.of("PEMDA", 1L, "PERANGKAT_DAERAH", 1L, "ASISTEN", 3L, "BAGIAN", 9L, "SUBBAGIAN", 22L));
		assertThat(GraphDump.count("MATCH (i:Indikator {iku: true}) RETURN count(i)")).isEqualTo(65);

		GraphQlTester.Response trace = trace("blg-setda-i-penataan-adm", "blg-setda-e-pem-sb-1", "blg-setda-e-pem",
				"blg-setda-e-as1", "blg-setda-e-setda");
		trace.path("trace[0].nodes[0].name").entity(String.class)
			.isEqualTo("Jumlah Dokumen Hasil Penataan Administrasi Pemerintahan");
		trace.path("trace[0].nodes[4].name").entity(String.class)
			.isEqualTo("TATA KELOLA PEMERINTAHAN YANG EFEKTIF DAN AKUNTABEL");
		graphQl().document("""
				{ node(id: "blg-setda-i-penataan-adm") {
				    level responsibleUnits { id name }
				    ... on Indikator { targets { year raw value } }
				} }
				""").execute()
			.path("node.level").entity(String.class).isEqualTo("SUBBAGIAN")
			.path("node.responsibleUnits[0].name").entity(String.class).isEqualTo("Sub Bag Penataan Adminstrasi Pemerintahan")
			.path("node.targets[*].year").entityList(Integer.class).containsExactly(2023, 2024, 2025, 2026)
			.path("node.targets[*].value").entityList(Double.class).containsExactly(4.0, 4.0, 4.0, 4.0);
		graphQl().document("{ node(id: \"blg-setda-i-1\") { ... on Indikator { baseline { raw value } } } }").execute()
			.path("node.baseline.raw").entity(String.class).isEqualTo("B = 66.04")
			.path("node.baseline.value").entity(Double.class).isEqualTo(66.04);

		trace("blg-setda-i-54", "blg-setda-e-ekon-sb-6", "blg-setda-e-ekon", "blg-setda-e-as2", "blg-setda-e-setda");
		trace("blg-setda-i-60", "blg-setda-e-umum-sb1-2", "blg-setda-e-umum-1", "blg-setda-e-as3", "blg-setda-e-setda");
	}

	@Test
	void balanganSetwan() {
		load("balangan-setwan", 6, 4, 4);
		// no link between the Lampiran II sasaran and the IKU sasaran is stated: every chain stops at once
		trace("blg-setwan-i-2", "blg-setwan-e-ii-1");
		trace("blg-setwan-i-3", "blg-setwan-e-ii-2");
		trace("blg-setwan-i-4", "blg-setwan-e-ii-3");
		trace("blg-setwan-i-1", "blg-setwan-e-i-1");
		assertThat(GraphDump.count("MATCH (:Unit)-[:RESPONSIBLE_FOR]->(n {id: 'blg-setwan-i-3'}) RETURN count(*)")).isEqualTo(2);
	}

	@Test
	void balanganParingin() {
		load("balangan-paringin", 7, 6, 5);
		trace("blg-paringin-i-3", "blg-paringin-e-3", "blg-paringin-e-tujuan");
		trace("blg-paringin-i-2", "blg-paringin-e-2", "blg-paringin-e-tujuan");
		trace("blg-paringin-i-5", "blg-paringin-e-5", "blg-paringin-e-tujuan").path("trace[0].nodes[1].name")
			.entity(String.class).isEqualTo("Meningkatnya Penyelenggaraan Pemerintahan Desa");
		assertThat(GraphDump.count("MATCH (t:Tujuan) RETURN count(t)")).isEqualTo(1);
	}

	@Test
	void kaltimSetda() {
		load("kaltim-setda", 11, 4, 21);
		trace("kaltim-setda-i-8", "kaltim-setda-e-1").path("trace[0].nodes[0].name").entity(String.class)
			.isEqualTo("Dokumen rancangan produk hukum daerah kabupaten/kota di fasilitasi dan evaluasi");
		trace("kaltim-setda-i-17", "kaltim-setda-e-3");
		trace("kaltim-setda-i-13", "kaltim-setda-e-2");
		assertThat(counts("MATCH (i:Indikator)-[:CONTRIBUTES_TO]->(e) RETURN e.id AS key, count(*) AS count"))
			.isEqualTo(Map.of("kaltim-setda-e-1", 8L, "kaltim-setda-e-2", 5L, "kaltim-setda-e-3", 5L, "kaltim-setda-e-4", 3L));
	}

	@Test
	void luwuTimurSetda() {
		load("luwutimur-setda", 6, 45, 54);
		assertThat(counts("MATCH (e:Kondisi) RETURN e.level AS key, count(*) AS count"))
			.isEqualTo(Map.of("PERANGKAT_DAERAH", 2L, "BAGIAN", 9L, "SUBBAGIAN", 34L));
		trace("lutim-setda-i-8", "lutim-setda-e-2.1", "lutim-setda-e-1.2", "lutim-setda-e-1", "lutim-setda-e-outcome");
		trace("lutim-setda-i-23", "lutim-setda-e-1.4.6-b", "lutim-setda-e-1.4", "lutim-setda-e-1", "lutim-setda-e-outcome");
		trace("lutim-setda-i-39", "lutim-setda-e-1.7.3-b", "lutim-setda-e-1.7", "lutim-setda-e-1", "lutim-setda-e-outcome")
			.path("trace[0].nodes[0].name").entity(String.class).isEqualTo("Jumlah Paket Kebutuhan Rumah Tangga Pimpinan");
		// a code written "CSF 1.1" or "CSF1.1" is found either way
		graphQl().document("{ search(text: \"CSF 1.1\") { id } }").execute()
			.path("search[*].id").entityList(String.class).contains("lutim-setda-e-1.1");
	}

	@Test
	void theSeedLoadsEveryDatasetIntoAnEmptyDatabaseAndOnlyThen() {
		TestNeo4j.load();
		seed(true, new DefaultApplicationArguments()).run();
		// pemda-balangan is declared by three documents and is one node
		assertThat(GraphDump.count("MATCH (n:Node) RETURN count(n)")).isEqualTo(18 + 152 + 13 + 36 + 105);
		assertThat(GraphDump.count("MATCH (d:Document) RETURN count(d)")).isEqualTo(5);

		GraphDump.count("MATCH (n:Node {id: 'kaltim-setda-i-1'}) DETACH DELETE n RETURN count(*)");
		seed(true, new DefaultApplicationArguments()).run();
		assertThat(GraphDump.count("MATCH (n:Node {id: 'kaltim-setda-i-1'}) RETURN count(n)")).isZero();
	}

	@Test
	void theSeedDoesNothingWhenSwitchedOffOrWhenTheImportCommandRuns() {
		TestNeo4j.load();
		seed(false, new DefaultApplicationArguments()).run();
		seed(true, new DefaultApplicationArguments("import", "region.xlsx")).run();
		assertThat(GraphDump.count("MATCH (n) WHERE NOT n:PokinMigration RETURN count(n)")).isZero();
	}

	private DatasetSeed seed(boolean loadOnEmpty, DefaultApplicationArguments arguments) {
		return new DatasetSeed(new DatasetProperties(loadOnEmpty), this.lookup, this.service, arguments);
	}

	private void load(String dataset, int units, int elements, int indicators) {
		TestNeo4j.load();
		ImportResult result = this.service.importFile(DatasetSeed.datasets().get(dataset));
		assertThat(result.errors()).extracting(ImportCommand::line).isEmpty();
		assertThat(result.summary()).isEqualTo(new ImportSummary(1, units, elements, indicators,
				units + elements + indicators, 0, 0));
		assertThat(GraphDump.count("MATCH (n:Unit) RETURN count(n)")).isEqualTo(units);
		assertThat(GraphDump.count("MATCH (n:Element) RETURN count(n)")).isEqualTo(elements);
		assertThat(GraphDump.count("MATCH (n:Indikator) RETURN count(n)")).isEqualTo(indicators);
		assertThat(GraphDump.count("MATCH (d:Document) RETURN count(d)")).isEqualTo(1);
	}

	/** The trace has one path, through exactly these ids, and ends at the last one. */
	private GraphQlTester.Response trace(String... ids) {
		GraphQlTester.Response response = graphQl().document(TRACE).variable("id", ids[0]).execute();
		response.path("trace").entityList(Object.class).hasSize(1);
		response.path("trace[0].nodes[*].id").entityList(String.class).containsExactly(ids);
		response.path("trace[0].top.id").entity(String.class).isEqualTo(ids[ids.length - 1]);
		return response;
	}

	private static Map<Object, Object> counts(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher).list(r -> List.of(r.get("key").asObject(), r.get("count").asObject()))
				.stream()
				.collect(Collectors.toMap(l -> l.get(0), l -> l.get(1)));
		}
	}

}
