package id.pokin.readiness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessReportDownloadTests extends GraphQlIntegrationTest {

	@Autowired
	ReadinessService service;

	/** The first report of a JVM plans all the rules' queries: give it more than the default 5 s on a busy machine. */
	private WebTestClient download() {
		return http().mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	@BeforeAll
	static void fixture() {
		TestNeo4j.load("readiness-clean.cypher", "readiness-defects.cypher");
	}

	@Test
	void theCsvHoldsOneRowPerFindingAndNoCellRunsAsAFormula() throws IOException {
		var result = download().get().uri("/api/readiness/report.csv?scope=rx-u-pemda&year=2024").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith("text/csv")
			.expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"readiness-rx-u-pemda-2024.csv\"")
			.expectBody(byte[].class).returnResult().getResponseBody();
		String text = new String(result, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text.substring(1))).getRecords();
		ReadinessReport report = this.service.check("rx-u-pemda", 2024);
		assertThat(records).hasSize(ReadinessRulesTests.all(report).size());
		assertThat(records.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(ReportTable.HEADER);
		assertThat(records).extracting(r -> r.get("rule") + " " + r.get("node_id"))
			.containsExactlyElementsOf(ReadinessRulesTests.all(report).stream().map(f -> f.rule() + " " + f.node().id()).toList());

		CSVRecord incomplete = records.stream()
			.filter(r -> r.get("rule").equals("indicator-incomplete") && r.get("node_id").equals("rx-d-i-incomplete"))
			.findFirst().orElseThrow();
		assertThat(incomplete.get("node_name")).isEqualTo(
				"'=HYPERLINK(\"http://contoh.invalid\",\"Indeks kepuasan layanan administrasi\")");
		assertThat(incomplete.get("severity")).isEqualTo("WARNING");
		assertThat(incomplete.get("evidence")).isEqualTo("Belum diisi: formula, sumber data");
		assertThat(incomplete.get("message_id")).startsWith("Indikator ").endsWith("belum memiliki: formula, sumber data.")
			.doesNotContain("rx-");
		assertThat(incomplete.get("how_to_fix_id")).contains("'Ubah'");
		assertThat(incomplete.get("how_to_fix_en")).contains("'Edit'");
		assertThat(incomplete.get("lke")).startsWith("Pengukuran Kinerja / Keberadaan: ");
		assertThat(records).allSatisfy(r -> r.stream().forEach(cell -> assertThat(looksLikeFormula(cell))
			.as(cell).isFalse()));
	}

	@Test
	void theXlsxHoldsTheFindingsAndASummaryWithFormulaLikeTextQuoted() throws IOException {
		byte[] body = download().get().uri("/api/readiness/report.xlsx?scope=rx-u-pemda").exchange()
			.expectStatus().isOk()
			.expectHeader().contentType(ReadinessReportDownload.XLSX)
			.expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"readiness-rx-u-pemda.xlsx\"")
			.expectBody(byte[].class).returnResult().getResponseBody();
		ReadinessReport report = this.service.check("rx-u-pemda", null);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet findings = workbook.getSheet("Temuan");
			assertThat(findings.getLastRowNum()).isEqualTo(ReadinessRulesTests.all(report).size());
			assertThat(cells(findings.getRow(0))).containsExactlyElementsOf(ReportTable.HEADER);
			Row incomplete = null;
			for (Row row : findings) {
				if (row.getCell(3).getStringCellValue().equals("rx-d-i-incomplete")
						&& row.getCell(1).getStringCellValue().equals("indicator-incomplete")) {
					incomplete = row;
				}
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
					assertThat(looksLikeFormula(cell.getStringCellValue())).as(cell.getStringCellValue()).isFalse();
				}
			}
			assertThat(incomplete).isNotNull();
			Cell name = incomplete.getCell(ReportTable.HEADER.indexOf("node_name"));
			// the apostrophe the exports put before formula-like text (importer/FormulaEscapingTests)
			assertThat(name.getStringCellValue()).startsWith("'=HYPERLINK(");

			Sheet summary = workbook.getSheet("Ringkasan");
			assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo("rx-u-pemda");
			assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("score");
			assertThat(summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(report.score());
		}
	}

	@Test
	void theWholeGraphWithoutParametersAndErrorsAsProblems() {
		download().get().uri("/api/readiness/report.csv").exchange().expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"readiness-all.csv\"");
		download().get().uri("/api/readiness/report.csv?scope=&year=").exchange().expectStatus().isOk();
		download().get().uri("/api/readiness/report.xlsx?scope=no-such-unit").exchange().expectStatus().isNotFound()
			.expectBody().jsonPath("$.detail").isEqualTo("No node with id 'no-such-unit'");
		download().get().uri("/api/readiness/report.csv?year=12").exchange().expectStatus().isBadRequest();
		download().get().uri("/api/readiness/report.csv?scope=rx-s-1").exchange().expectStatus().isBadRequest();
	}

	@Test
	void theCsvForExcelInAnIndonesianLocaleIsSemicolonSeparated() {
		byte[] body = download().get().uri("/api/readiness/report.csv?scope=rx-u-pemda&year=2024&sep=semicolon")
			.exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		String header = new String(body, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
		assertThat(header.substring(1)).isEqualTo(String.join(";", ReportTable.HEADER));
		download().get().uri("/api/readiness/report.csv?sep=tab").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.code").isEqualTo("BAD_PARAMETER").jsonPath("$.parameter").isEqualTo("sep");
	}

	@Test
	void aWrongParameterIsABadRequestNamingIt() {
		download().get().uri("/api/readiness/report.csv?year=abc").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.code").isEqualTo("BAD_PARAMETER").jsonPath("$.parameter").isEqualTo("year");
	}

	@Test
	void aStoredTextLongerThanAWorkbookCellIsCutNotAFailedDownload() throws IOException {
		String name;
		try (var session = TestNeo4j.driver().session()) {
			name = session.run("MATCH (n:Node {id: 'rx-d-i-incomplete'}) WITH n, n.name AS name SET n.name = '=' + "
					+ "reduce(s = '', i IN range(1, 4000) | s + 'abcdefghij') RETURN name").single().get("name").asString();
		}
		try {
			byte[] body = download().get().uri("/api/readiness/report.xlsx?scope=rx-u-pemda").exchange()
				.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
				boolean found = false;
				for (Row row : workbook.getSheet("Temuan")) {
					if (row.getCell(3).getStringCellValue().equals("rx-d-i-incomplete")) {
						String cell = row.getCell(ReportTable.HEADER.indexOf("node_name")).getStringCellValue();
						assertThat(cell).hasSize(ReadinessReportDownload.MAX_CELL_TEXT).startsWith("'=abcdefghij").endsWith("\u2026");
						found = true;
					}
				}
				assertThat(found).isTrue();
			}
		}
		finally {
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (n:Node {id: 'rx-d-i-incomplete'}) SET n.name = $name", java.util.Map.of("name", name)).consume();
			}
		}
	}

	private static List<String> cells(Row row) {
		List<String> cells = new java.util.ArrayList<>();
		row.forEach(cell -> cells.add(cell.getStringCellValue()));
		return cells;
	}

	/** What a spreadsheet would run as a formula (= + - @, tab or carriage return first). */
	private static boolean looksLikeFormula(String cell) {
		return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
	}

}
