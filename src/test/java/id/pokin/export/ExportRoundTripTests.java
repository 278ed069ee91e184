package id.pokin.export;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pokin.dataset.DatasetSeed;
import id.pokin.importer.GraphDump;
import id.pokin.importer.ImportCommand;
import id.pokin.importer.ImportResult;
import id.pokin.importer.ImportService;
import id.pokin.importer.TestFiles;
import id.pokin.sheet.ImportSheet;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, import into an empty database, export again: the graph is the same (but for the import's own
 * bookkeeping, {@code seq} and {@code version}) and so are the files: the CSV .zip byte for byte, the workbook
 * cell for cell.
 */
class ExportRoundTripTests extends GraphQlIntegrationTest {

	@Autowired
	ImportService importer;

	@Autowired
	ExportService exporter;

	@TempDir
	Path dir;

	@Test
	void theWholeDatasetComesBackAsTheSameGraphAndTheSameCsvBytes() {
		loadDatasets();
		GraphDump before = GraphDump.take().withoutSeqAndVersion();
		byte[] first = Exports.bytes(this.exporter, null, ExportFormat.CSV);
		assertThat(Exports.zipEntries(first)).containsOnlyKeys("documents.csv", "units.csv", "elements.csv",
				"indicators.csv");
		assertThat(Exports.csvCells(first).get("units.csv")).hasSize(1 + 47 + 11 + 6)
			.first().isEqualTo(ImportSheet.UNITS.columns());

		byte[] second = roundTrip(null, first, ExportFormat.CSV);

		assertThat(GraphDump.take().withoutSeqAndVersion()).isEqualTo(before);
		assertThat(Exports.zipEntries(second)).containsExactlyEntriesOf(Exports.zipEntries(first));
		assertThat(second).isEqualTo(first);
	}

	@Test
	void theWholeDatasetComesBackAsTheSameGraphAndTheSameWorkbookCells() {
		loadDatasets();
		GraphDump before = GraphDump.take().withoutSeqAndVersion();
		byte[] first = Exports.bytes(this.exporter, null, ExportFormat.XLSX);

		byte[] second = roundTrip(null, first, ExportFormat.XLSX);

		assertThat(GraphDump.take().withoutSeqAndVersion()).isEqualTo(before);
		Map<String, List<List<String>>> cells = Exports.workbookCells(first);
		assertThat(cells).containsOnlyKeys("documents", "units", "elements", "indicators");
		assertThat(cells.get("indicators").get(0)).contains("STRING:target_2021", "STRING:target_2026");
		assertThat(Exports.workbookCells(second)).isEqualTo(cells);
	}

	@Test
	void aRegionComesBackTheSameInBothFormats() {
		for (ExportFormat format : ExportFormat.values()) {
			loadDatasets();
			byte[] first = Exports.bytes(this.exporter, "pemda-balangan", format);
			byte[] second = roundTrip("pemda-balangan", first, format);
			assertThat(GraphDump.count("MATCH (n:Node) RETURN count(n)")).isEqualTo(18 + 152 + 13);
			assertSame(format, first, second);
		}
	}

	@Test
	void aPerangkatDaerahComesBackTheSameInBothFormats() {
		for (ExportFormat format : ExportFormat.values()) {
			loadDatasets();
			byte[] first = Exports.bytes(this.exporter, "blg-setda-u-setda", format);
			byte[] second = roundTrip("blg-setda-u-setda", first, format);
			assertThat(GraphDump.count("MATCH (n:Node) RETURN count(n)")).isEqualTo(36 + 52 + 65);
			assertSame(format, first, second);
		}
	}

	@Test
	void formulaLikeTextIsEscapedInTheFilesAndComesBackAsItWas() {
		TestNeo4j.load();
		imported(this.importer.importFile(TestFiles.csvFolder("export/region")));
		GraphDump before = GraphDump.take().withoutSeqAndVersion();
		assertThat(text("i-b", "baselineRaw")).isEqualTo("- 5");
		assertThat(text("i-c", "rationale")).isEqualTo("'=A1 tetap teks");

		byte[] csv = Exports.bytes(this.exporter, null, ExportFormat.CSV);
		byte[] xlsx = Exports.bytes(this.exporter, null, ExportFormat.XLSX);
		Map<String, String> iA = row(Exports.csvCells(csv).get("indicators.csv"), "i-a");
		assertThat(iA).containsEntry("formula", "'=jumlah terlayani/jumlah permohonan x 100%")
			.containsEntry("data_source", "'@Bagian Umum")
			.containsEntry("definition", "'+62 berarti nomor telepon")
			.containsEntry("baseline", "72,4")
			.containsEntry("name", "Persentase layanan Bidang A");
		Map<String, String> iB = row(Exports.csvCells(csv).get("indicators.csv"), "i-b");
		assertThat(iB).containsEntry("baseline", "'- 5").containsEntry("target_2026", "'-").containsEntry("final_target", "'-");
		assertThat(row(Exports.csvCells(csv).get("indicators.csv"), "i-c")).containsEntry("rationale", "''=A1 tetap teks");
		assertThat(row(Exports.csvCells(csv).get("elements.csv"), "e-a")).containsEntry("problems", "'- Belum optimalnya layanan");
		assertThat(row(Exports.csvCells(csv).get("documents.csv"), "doc-rpjmd")).containsEntry("number", "'=1/2021");
		Map<String, List<List<String>>> workbook = Exports.workbookCells(xlsx);
		assertThat(cellsOf(workbook.get("indicators"), "i-a")).contains("STRING:'=jumlah terlayani/jumlah permohonan x 100%");
		assertThat(cellsOf(workbook.get("indicators"), "i-b")).contains("STRING:'- 5", "STRING:'-");
		assertThat(cellsOf(workbook.get("documents"), "doc-rpjmd")).contains("STRING:'=1/2021", "NUMERIC:2021.0");

		for (ExportFormat format : ExportFormat.values()) {
			byte[] first = format == ExportFormat.CSV ? csv : xlsx;
			byte[] second = roundTrip(null, first, format);
			assertThat(GraphDump.take().withoutSeqAndVersion()).isEqualTo(before);
			assertSame(format, first, second);
		}
		assertThat(text("i-b", "baselineRaw")).isEqualTo("- 5");
		assertThat(text("i-b", "targetRaw")).isEqualTo("[-]");
		assertThat(text("i-c", "rationale")).isEqualTo("'=A1 tetap teks");
		assertThat(text("e-a", "description")).isEqualTo("Penjelasan sasaran,\ndua baris");
	}

	@Test
	void anIndicatorKeepsTheLevelItTookFromItsFirstResponsibleUnit() {
		TestNeo4j.load();
		imported(this.importer.importFile(TestFiles.csvFolder("export/region")));
		// written "u-b-bag;u-a": a Bagian first, so the orphan indicator sits at BAGIAN, not at u-a's level
		assertThat(text("i-orphan", "level")).isEqualTo("BAGIAN");
		Map<String, String> orphan = row(Exports.csvCells(Exports.bytes(this.exporter, null, ExportFormat.CSV))
			.get("indicators.csv"), "i-orphan");
		assertThat(orphan).containsEntry("responsible", "u-b-bag;u-a").containsEntry("element", "");
		Map<String, String> bagB = row(Exports.csvCells(Exports.bytes(this.exporter, null, ExportFormat.CSV))
			.get("elements.csv"), "e-b-bag");
		assertThat(bagB).containsEntry("parents", "e-a-bag;e-b");

		roundTrip(null, Exports.bytes(this.exporter, null, ExportFormat.CSV), ExportFormat.CSV);
		assertThat(text("i-orphan", "level")).isEqualTo("BAGIAN");
	}

	/** Empties the database, imports {@code first} and exports the same scope again. */
	private byte[] roundTrip(String scope, byte[] first, ExportFormat format) {
		TestNeo4j.load();
		imported(this.importer.importFile(Exports.importFile(first, format, this.dir)));
		return Exports.bytes(this.exporter, scope, format);
	}

	private static void assertSame(ExportFormat format, byte[] first, byte[] second) {
		if (format == ExportFormat.CSV) {
			assertThat(second).isEqualTo(first);
		}
		else {
			assertThat(Exports.workbookCells(second)).isEqualTo(Exports.workbookCells(first));
		}
	}

	private void loadDatasets() {
		TestNeo4j.load();
		DatasetSeed.datasets().values().forEach(file -> imported(this.importer.importFile(file)));
	}

	private static void imported(ImportResult result) {
		assertThat(result.errors()).extracting(ImportCommand::line).isEmpty();
	}

	/** A CSV record by id, as column name to cell. */
	private static Map<String, String> row(List<List<String>> records, String id) {
		List<String> header = records.get(0);
		List<String> found = records.stream().filter(r -> r.get(0).equals(id)).findFirst().orElseThrow();
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			row.put(header.get(i), found.get(i));
		}
		return row;
	}

	/** The workbook row whose first cell is the text {@code id}. */
	private static List<String> cellsOf(List<List<String>> rows, String id) {
		return rows.stream().filter(r -> ("STRING:" + id).equals(r.get(0))).findFirst().orElseThrow();
	}

	private static String text(String id, String property) {
		try (var session = TestNeo4j.driver().session()) {
			return String.valueOf(session.run("MATCH (n:Node {id: $id}) RETURN n[$property] AS value",
					Map.of("id", id, "property", property)).single().get("value").asObject());
		}
	}

}
