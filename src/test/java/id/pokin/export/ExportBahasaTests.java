package id.pokin.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads speak Bahasa by default (headers), carry the responsible units' names, filter buttons and widths, and
 * CSV with semicolons for Excel in an Indonesian locale: every form imports again into the same graph.
 */
class ExportBahasaTests extends GraphQlIntegrationTest {

	private static final String SETDA = "blg-setda-u-setda";

	@Autowired
	ImportService importer;

	@Autowired
	ExportService exporter;

	@TempDir
	Path dir;

	@Test
	void aWorkbookDownloadHasBahasaHeadersResponsibleNamesFiltersAndWidthsAndImportsAgain() throws IOException {
		loadDatasets();
		byte[] first = http().get().uri("/api/export?scope=" + SETDA).exchange().expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
		Map<String, List<List<String>>> cells = Exports.workbookCells(first);
		assertThat(cells).containsOnlyKeys("documents", "units", "elements", "indicators");
		assertThat(cells.get("units").get(0)).containsExactly("STRING:Id", "STRING:Nama", "STRING:Kode",
				"STRING:Tingkat", "STRING:Induk", "STRING:Dokumen", "STRING:Rujukan sumber");
		List<String> indicators = cells.get("indicators").get(0);
		assertThat(indicators).startsWith("STRING:Id", "STRING:Elemen", "STRING:Kode", "STRING:Nama", "STRING:Satuan",
				"STRING:Kondisi awal", "STRING:Target 2021")
			.contains("STRING:Penanggung jawab", "STRING:Nama penanggung jawab", "STRING:Sumber data")
			.noneMatch(cell -> cell.contains("_"));
		int names = indicators.indexOf("STRING:Nama penanggung jawab");
		assertThat(cells.get("indicators").stream().skip(1).map(row -> row.size() > names ? row.get(names) : null))
			.contains("STRING:Sub Bag Penataan Adminstrasi Pemerintahan");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(first))) {
			for (String name : List.of("documents", "units", "elements", "indicators")) {
				XSSFSheet sheet = workbook.getSheet(name);
				assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
				assertThat(sheet.getColumnWidth(1)).as(name).isGreaterThan(10 * 256);
			}
			assertThat(workbook.getSheet("indicators").getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
		}

		TestNeo4j.load();
		imported(this.importer.importFile(Exports.importFile(first, ExportFormat.XLSX, this.dir)));
		assertThat(GraphDump.count("MATCH (n:Node) RETURN count(n)")).isEqualTo(36 + 52 + 65);
		assertThat(Exports.workbookCells(bytes(SETDA, ExportFormat.XLSX, ExportOptions.DOWNLOAD))).isEqualTo(cells);
	}

	@Test
	void aSemicolonCsvForExcelIndonesiaImportsAgainToTheSameBytes() throws IOException {
		loadDatasets();
		GraphDump before = GraphDump.take().withoutSeqAndVersion();
		byte[] first = http().get().uri("/api/export?format=csv&sep=semicolon").exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		Map<String, byte[]> files = Exports.zipEntries(first);
		String units = new String(files.get("units.csv"), StandardCharsets.UTF_8);
		assertThat(units).startsWith("\uFEFFId;Nama;Kode;Tingkat;Induk;Dokumen;Rujukan sumber\r\n");
		String indicators = new String(files.get("indicators.csv"), StandardCharsets.UTF_8);
		// several ids in one cell are ;-separated too: such a cell is quoted
		assertThat(indicators.lines().skip(1)).anyMatch(line -> line.matches(".*;\"[^\";]+;[^\"]+\";.*"));

		TestNeo4j.load();
		imported(this.importer.importFile(Exports.importFile(first, ExportFormat.CSV, this.dir)));
		assertThat(GraphDump.take().withoutSeqAndVersion()).isEqualTo(before);
		assertThat(bytes(null, ExportFormat.CSV, new ExportOptions(true, ';'))).isEqualTo(first);
	}

	@Test
	void englishOnRequestAndTheOptionsChecked() {
		TestNeo4j.load();
		imported(this.importer.importFile(TestFiles.csvFolder("export/region")));
		byte[] english = http().get().uri("/api/export?scope=u-pemda&format=csv&lang=en").exchange().expectStatus()
			.isOk().expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(Exports.csvCells(english).get("units.csv").get(0)).isEqualTo(ImportSheet.UNITS.columns());
		assertThat(Exports.csvCells(english).get("indicators.csv").get(0)).contains("baseline",
				ImportSheet.RESPONSIBLE_NAME);
		http().get().uri("/api/export?lang=fr").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("use id or en"));
		http().get().uri("/api/export?format=csv&sep=tab").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("comma or semicolon"));
	}

	@Test
	void headersAreReadInEitherLanguage() {
		for (ImportSheet sheet : ImportSheet.values()) {
			for (String column : sheet.exportColumns().stream().filter(c -> !ImportSheet.TARGETS.equals(c)).toList()) {
				assertThat(sheet.key(ImportSheet.normalize(ImportSheet.header(column, true)))).isEqualTo(column);
				assertThat(sheet.key(ImportSheet.normalize(column))).isEqualTo(column);
			}
		}
		assertThat(ImportSheet.normalize(ImportSheet.header("target_2026", true))).isEqualTo("target_2026");
	}

	private byte[] bytes(String scope, ExportFormat format, ExportOptions options) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.exporter.read(scope).write(format, options, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void loadDatasets() {
		TestNeo4j.load();
		DatasetSeed.datasets().values().forEach(file -> imported(this.importer.importFile(file)));
	}

	private static void imported(ImportResult result) {
		assertThat(result.errors()).extracting(ImportCommand::line).isEmpty();
	}

}
