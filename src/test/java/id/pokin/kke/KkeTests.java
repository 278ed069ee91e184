package id.pokin.kke;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import id.pokin.dataset.DemoDataset;
import id.pokin.readiness.LkeFindings;
import id.pokin.support.GraphQlIntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The KKE working paper of the demo dataset, read back with POI. */
class KkeTests extends GraphQlIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	LkeFindings findings;

	@Test
	void balanganSetdaHasASummaryAndOneSheetPerComponentWithAnswersFindingsAndLinks() throws IOException {
		DemoDataset.load(this.context);
		// first, outside the request: on a loaded machine the rules' first run takes longest; the request then reads
		// the kept report (the graph has not changed)
		LkeFindings.Report report = this.findings.report("blg-setda-u-setda", 2024);
		byte[] xlsx = http().get().uri("/api/kke.xlsx?scope=blg-setda-u-setda&year=2024").exchange()
			.expectStatus().isOk()
			.expectHeader().contentType(KkeXlsx.CONTENT_TYPE)
			.expectBody(byte[].class).returnResult().getResponseBody();
		Files.createDirectories(Path.of("target", "evaluator-files"));
		Files.write(Path.of("target", "evaluator-files", "kke-setda.xlsx"), xlsx);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).containsExactly("Ringkasan", "Perencanaan Kinerja", "Pengukuran Kinerja");

			List<List<String>> summary = rows(workbook.getSheet("Ringkasan"));
			int header = indexOf(summary, "Jawaban saran (Y/T)");
			assertThat(summary.get(header)).startsWith("No", "Komponen", "Sub-komponen", "Kriteria", "Kode");
			List<List<String>> criteria = summary.subList(header + 1, summary.size());
			assertThat(criteria).hasSize(report.criteria().size());
			assertThat(criteria.get(0).get(1)).isEqualTo("Perencanaan Kinerja");
			for (int i = 0; i < criteria.size(); i++) {
				LkeFindings.Criterion criterion = report.criteria().get(i);
				assertThat(criteria.get(i).get(4)).isEqualTo(criterion.code());
				assertThat(criteria.get(i).get(5)).isEqualTo(criterion.serious() == 0 ? "Y" : "T");
				assertThat(criteria.get(i).get(6)).endsWith("%");
			}
			// the demo's Setda has unlinked and unmeasured nodes: cascading cannot be a Y
			assertThat(criteria).anyMatch(row -> row.get(4).equals("CASCADING") && row.get(5).equals("T"));

			List<List<String>> planning = rows(workbook.getSheet("Perencanaan Kinerja"));
			int findingsHeader = indexOf(planning, "Perbaiki di");
			List<List<String>> found = planning.subList(findingsHeader + 1, planning.size());
			int expected = report.criteria().stream().filter(c -> c.component().equals("Perencanaan Kinerja"))
				.flatMap(c -> c.rules().stream()).mapToInt(LkeFindings.RuleCount::findings).sum();
			assertThat(found).hasSize(expected).isNotEmpty();
			assertThat(found).allMatch(row -> row.get(10).equals("#/node/" + row.get(6)) && !row.get(4).isEmpty());
		}
	}

	@Test
	void errorsAreProblemDetails() {
		http().get().uri("/api/kke.xlsx?scope=tidak-ada&year=2024").exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		http().get().uri("/api/kke.xlsx").exchange().expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.code").isEqualTo("SCOPE_REQUIRED");
		http().get().uri("/api/kke.xlsx?scope=x&year=1800").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.code").isEqualTo("INVALID_YEAR");
		http().get().uri("/api/kke.xlsx?scope=x&year=dua").exchange().expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static int indexOf(List<List<String>> rows, String header) {
		for (int r = 0; r < rows.size(); r++) {
			if (rows.get(r).contains(header)) {
				return r;
			}
		}
		throw new AssertionError("no row with " + header);
	}

	private static List<List<String>> rows(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
				Cell cell = row.getCell(c);
				cells.add(cell == null ? "" : format.formatCellValue(cell));
			}
			rows.add(cells);
		}
		return rows;
	}

}
