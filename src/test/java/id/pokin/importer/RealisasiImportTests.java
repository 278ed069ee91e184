package id.pokin.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pokin.export.ExportFormat;
import id.pokin.export.ExportService;
import id.pokin.export.Exports;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional realisasi sheet: merged into the indicators' realisasi, all or nothing, kept when a file has none,
 * in the audit trail, and in the export (which imports back to the same graph).
 */
class RealisasiImportTests extends GraphQlIntegrationTest {

	private static final String EMPTY_DOCUMENTS = "id,title\n";

	private static final String EMPTY_UNITS = "id,name,level,document,source_ref\n";

	private static final String EMPTY_ELEMENTS = "id,kind,name,level,document,source_ref\n";

	private static final String EMPTY_INDICATORS = "id,name,document,source_ref\n";

	@Autowired
	ImportService service;

	@Autowired
	ExportService exports;

	@TempDir
	Path dir;

	@BeforeEach
	void basicFile() {
		TestNeo4j.load();
		assertThat(this.service.importFile(ImportFile.read(TestFiles.copy("importer/basic", this.dir))).errors())
			.isEmpty();
	}

	private ImportResult realisasiOnly(String realisasi) {
		return this.service.importFile(TestFiles.csv(Map.of("documents", EMPTY_DOCUMENTS, "units", EMPTY_UNITS,
				"elements", EMPTY_ELEMENTS, "indicators", EMPTY_INDICATORS, "realisasi", realisasi)));
	}

	private Map<String, Object> node(String id) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH (n:Node {id: $id}) RETURN properties(n) AS p", Map.of("id", id)).single()
				.get("p").asMap();
		}
	}

	@Test
	void aRealisasiOnlyFileSetsAndRemovesRealisasiAndIsRecorded() {
		ImportResult result = realisasiOnly("""
				indicator,year,period,value,evidence,document,source_ref
				i-persen,2025,TW1,"40,5%",https://bukti.example/tw1.pdf,doc-contoh,Lampiran
				i-persen,2025,tw2,60%,,,
				i-dok,2025,YEAR,2,,,
				""");
		assertThat(result.errors()).isEmpty();
		assertThat(result.summary().updated()).isEqualTo(2);
		Map<String, Object> persen = node("i-persen");
		assertThat(persen).containsEntry("realisasiPeriods", List.of("TW1", "TW2"))
			.containsEntry("realisasiRaw", List.of("40,5%", "60%"))
			.containsEntry("realisasiValue", List.of(40.5, 60.0))
			.containsEntry("realisasiEvidence", List.of("https://bukti.example/tw1.pdf", ""))
			.containsEntry("realisasiDocument", List.of("doc-contoh", ""))
			.containsEntry("version", 1L);
		graphQl().document("""
				{ history(id: "i-persen", first: 5) { edges { node { action fields { field after } } } } }""").execute()
			.path("history.edges[0].node.action").entity(String.class).isEqualTo("IMPORT")
			.path("history.edges[0].node.fields[*].field").entityList(String.class)
			.containsExactly("realisasi 2025 TW1", "realisasi 2025 TW2");
		// the same file again changes nothing
		assertThat(realisasiOnly("""
				indicator,year,period,value,evidence,document,source_ref
				i-persen,2025,TW1,"40,5%",https://bukti.example/tw1.pdf,doc-contoh,Lampiran
				""").summary().updated()).isZero();
		// an empty value removes; what the file does not name stays
		realisasiOnly("indicator,year,period,value\ni-persen,2025,TW1,\n");
		assertThat(node("i-persen")).containsEntry("realisasiPeriods", List.of("TW2")).containsEntry("version", 2L);
		realisasiOnly("indicator,year,period,value\ni-dok,2025,YEAR,\n");
		assertThat(node("i-dok")).doesNotContainKeys("realisasiYears", "realisasiRaw", "realisasiBy");
	}

	@Test
	void importingTheIndicatorsAgainKeepsTheirRealisasi() {
		realisasiOnly("indicator,year,period,value\ni-persen,2025,TW1,40\n");
		ImportResult again = this.service.importFile(ImportFile.read(TestFiles.copy("importer/basic", this.dir.resolve("again"))));
		assertThat(again.summary().updated()).isZero();
		assertThat(node("i-persen")).containsEntry("realisasiRaw", List.of("40"));
	}

	@Test
	void aBadRealisasiRowRejectsTheWholeFile() {
		ImportResult result = realisasiOnly("""
				indicator,year,period,value
				i-persen,2025,TW1,40
				i-nope,2025,TW1,40
				e-adm,2025,TW1,40
				i-persen,2025,TW1,41
				i-dok,2025,TW5,1
				i-dok,20x5,TW1,1
				""");
		assertThat(result.errors()).extracting(e -> e.code().name() + "@" + e.row()).containsExactly(
				"UNKNOWN_REFERENCE@3", "WRONG_KIND@4", "DUPLICATE_REALISASI@5", "INVALID_VALUE@6", "INVALID_YEAR@7");
		assertThat(result.errors().get(2).message().en()).contains("already on row 2");
		assertThat(node("i-persen")).doesNotContainKey("realisasiYears");
	}

	@Test
	void theExportHoldsTheRealisasiAndImportsBackToTheSameGraph() throws IOException {
		assertThat(Exports.csvCells(Exports.bytes(this.exports, "u-pemda", ExportFormat.CSV))).doesNotContainKey(
				"realisasi.csv");
		realisasiOnly("""
				indicator,year,period,value,evidence,document,source_ref
				i-persen,2025,TW1,"40,5%",https://bukti.example/tw1.pdf,doc-contoh,Lampiran
				i-sakip,2024,YEAR,BB,,,
				""");
		byte[] zip = Exports.bytes(this.exports, "u-pemda", ExportFormat.CSV);
		Map<String, List<List<String>>> cells = Exports.csvCells(zip);
		assertThat(cells.get("realisasi.csv")).containsExactly(
				List.of("indicator", "year", "period", "value", "evidence", "document", "source_ref"),
				List.of("i-sakip", "2024", "YEAR", "BB", "", "", ""),
				List.of("i-persen", "2025", "TW1", "40,5%", "https://bukti.example/tw1.pdf", "doc-contoh", "Lampiran"));
		Map<String, Object> before = new HashMap<>(node("i-persen"));
		TestNeo4j.load();
		Path file = this.dir.resolve("export.zip");
		Files.write(file, zip);
		assertThat(this.service.importFile(ImportFile.read(file)).errors()).isEmpty();
		Map<String, Object> after = node("i-persen");
		for (String list : List.of("realisasiYears", "realisasiPeriods", "realisasiRaw", "realisasiValue",
				"realisasiEvidence", "realisasiDocument", "realisasiRef")) {
			assertThat(after.get(list)).as(list).isEqualTo(before.get(list));
		}
	}

}
