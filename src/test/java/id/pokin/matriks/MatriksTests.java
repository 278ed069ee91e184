package id.pokin.matriks;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.pokin.dataset.DemoDataset;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.QueryCounter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The matriks cascading of the demo dataset, read back with POI and PDFBox. */
class MatriksTests extends GraphQlIntegrationTest {

	static final String SETDA = "blg-setda-u-setda";

	@Autowired
	ApplicationContext context;

	@Autowired
	Neo4jClient client;

	@Autowired
	MatriksService service;

	/** Loaded once for the class (a load is seconds): the tests that change the graph change it back. */
	private static boolean loaded;

	@BeforeEach
	void demoDataset() {
		if (!loaded) {
			DemoDataset.load(this.context);
			loaded = true;
		}
	}

	@AfterAll
	static void reloadForOthers() {
		loaded = false;
	}

	@Test
	void balanganSetdaHasARowPerIndicatorWithBahasaHeadersAndMergedUpperTiers() throws IOException {
		byte[] xlsx = get("/api/matriks-cascading.xlsx?scope=" + SETDA + "&year=2024");
		save("matriks-setda.xlsx", xlsx);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo("Sekretariat Daerah Kabupaten Balangan");
			assertThat(cells(sheet.getRow(MatriksXlsx.HEADER_ROW))).containsExactly("No", "Tujuan",
					"Sasaran perangkat daerah", "Sasaran program (bagian)", "Sasaran kegiatan (subbagian)", "Indikator",
					"Satuan", "Target 2024", "Penanggung jawab", "Keterangan");
			List<List<String>> rows = new ArrayList<>();
			for (int r = MatriksXlsx.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
				rows.add(cells(sheet.getRow(r)));
			}
			List<List<String>> indicatorRows = rows.stream().filter(row -> !row.get(0).isEmpty()).toList();
			assertThat(indicatorRows).hasSizeGreaterThanOrEqualTo(65);
			Set<String> shown = new HashSet<>(indicatorRows.stream().map(row -> row.get(5)).toList());
			for (String name : indicatorNames(SETDA)) {
				assertThat(shown).anyMatch(cell -> cell.endsWith(name));
			}
			// the worked trace of DOMAIN.md: subbagian indicator, its kegiatan, the Asisten above its Bagian
			List<String> penataan = indicatorRows.stream()
				.filter(row -> row.get(5).contains("Jumlah Dokumen Hasil Penataan Administrasi Pemerintahan"))
				.findFirst().orElseThrow();
			assertThat(penataan.get(2)).contains("TATA KELOLA PEMERINTAHAN YANG EFEKTIF DAN AKUNTABEL");
			assertThat(penataan.get(3)).contains("Optimalisasi kebijakan Pemerintahan dan Kesejahteraan rakyat")
				.contains("Optimalisasi Kebijakan Pemerintahan");
			assertThat(penataan.get(4)).contains("Terlaksananya Penataan Administrasi Pemerintahan");
			assertThat(penataan.get(1)).isEmpty();
			// merged cells for the shared upper tiers, below the header only
			List<CellRangeAddress> merged = sheet.getMergedRegions().stream()
				.filter(range -> range.getFirstRow() > MatriksXlsx.HEADER_ROW).toList();
			assertThat(merged).isNotEmpty().allMatch(range -> range.getFirstColumn() >= 1 && range.getLastColumn() <= 4
					&& range.getFirstColumn() == range.getLastColumn());
			assertThat(merged).anyMatch(range -> range.getFirstColumn() == 2 && range.getLastRow() - range.getFirstRow() > 10);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A3_PAPERSIZE);
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("5:5"));
		}
	}

	@Test
	void aRegionHasOneSheetPerPerangkatDaerah() throws IOException {
		byte[] xlsx = get("/api/matriks-cascading.xlsx?scope=pemda-balangan&year=2024");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> names = new ArrayList<>();
			workbook.forEach(sheet -> names.add(sheet.getSheetName()));
			assertThat(names).hasSize(3).anyMatch(name -> name.startsWith("Sekretariat Daerah"))
				.anyMatch(name -> name.startsWith("Kecamatan Paringin"));
			// a Kecamatan: Tujuan above its sasaran strategis, no program or kegiatan
			Sheet kecamatan = workbook.getSheet("Kecamatan Paringin");
			List<String> first = cells(kecamatan.getRow(MatriksXlsx.HEADER_ROW + 1));
			assertThat(first.get(1)).contains("Terwujudnya Tata Kelola Pemerintah Kecamatan yang Baik");
			assertThat(first.get(2)).isNotEmpty();
			assertThat(first.get(3)).isEmpty();
			assertThat(first.get(4)).isEmpty();
		}
	}

	@Test
	void aScopeCostsTwoQueriesWhateverItsSize() {
		for (String scope : List.of(SETDA, "pemda-balangan")) {
			QueryCounter.reset();
			this.service.build(scope, 2024);
			// the scope's root, then every sheet's rows at once
			assertThat(QueryCounter.count()).isEqualTo(2);
		}
	}

	@Test
	void aCsfTreePutsItsOutcomeInTujuanAndItsCsfInSasaran() {
		Matriks matriks = this.service.build("lutim-setda-u-setda", 2024);
		Matriks.Row row = matriks.sheets().get(0).rows().stream().filter(r -> !r.tiers().get(3).isEmpty()).findFirst()
			.orElseThrow();
		assertThat(row.tiers().get(0).text()).contains("Meningkatnya Kualitas Pelayanan Publik Sekretariat Daerah");
		assertThat(row.tiers().get(1).text()).startsWith("CSF 1 ");
		assertThat(row.tiers().get(2).text()).startsWith("CSF");
		assertThat(matriks.indicatorRows()).isGreaterThanOrEqualTo(indicatorNames("lutim-setda-u-setda").size());
	}

	@Test
	void anIndicatorUnderTwoParentsIsOnBothPathsMarked() {
		this.client.query("""
				MATCH (i:Node {id: 'blg-setda-i-1'}), (e:Node {id: 'blg-setda-e-rb1'})
				CREATE (i)-[:CONTRIBUTES_TO {test: true}]->(e)
				""").run();
		List<Matriks.Row> rows;
		try {
			rows = this.service.build(SETDA, 2024).sheets().get(0).rows().stream()
				.filter(row -> "blg-setda-i-1".equals(row.indicatorId())).toList();
		}
		finally {
			this.client.query("MATCH ()-[link:CONTRIBUTES_TO {test: true}]->() DELETE link").run();
		}
		assertThat(rows).hasSize(2).allMatch(Matriks.Row::crosscutting);
		assertThat(rows).extracting(Matriks.Row::note).containsExactly("Lintas: jalur 1 dari 2", "Lintas: jalur 2 dari 2");
	}

	@Test
	void thePdfIsLandscapeWithEveryIndicatorAndNoTextUnderSixPoints() throws IOException {
		for (MatriksPdf.Paper paper : MatriksPdf.Paper.values()) {
			byte[] pdf = get("/api/matriks-cascading.pdf?scope=" + SETDA + "&year=2024&paper=" + paper.name().toLowerCase());
			save("matriks-setda-" + paper + ".pdf", pdf);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(document.getNumberOfPages()).isGreaterThan(1);
				for (PDPage page : document.getPages()) {
					assertThat(page.getMediaBox().getWidth()).isCloseTo(paper.size().getWidth(), org.assertj.core.data.Offset.offset(0.5f));
					assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
				}
				Sizes sizes = new Sizes();
				String all = sizes.getText(document);
				assertThat(sizes.smallest).isGreaterThanOrEqualTo(6f);
				assertThat(all).contains("MATRIKS CASCADING KINERJA", "Sekretariat Daerah Kabupaten Balangan",
						"Target tahun 2024", "Halaman 1 dari " + document.getNumberOfPages());
				// the header on every page
				for (int p = 1; p <= document.getNumberOfPages(); p++) {
					PDFTextStripper stripper = new PDFTextStripper();
					stripper.setStartPage(p);
					stripper.setEndPage(p);
					assertThat(stripper.getText(document)).contains("Sasaran kegiatan (subbagian)", "Penanggung jawab");
				}
				String column = squeeze(indicatorColumn(document, paper));
				for (String name : indicatorNames(SETDA)) {
					assertThat(column).contains(squeeze(name));
				}
			}
		}
	}

	@Test
	void textOutsideWinAnsiIsPrintedOrReplacedNeverFatal() throws IOException {
		this.client.query("MATCH (i:Node {id: 'blg-setda-i-1'}) SET i.name = 'Indeks ≥ 90 — Ş ț 漢 \u0007 ✓'").run();
		byte[] pdf;
		try {
			pdf = get("/api/matriks-cascading.pdf?scope=" + SETDA + "&year=2024&paper=A4");
		}
		finally {
			this.client.query("MATCH (i:Node {id: 'blg-setda-i-1'}) SET i.name = 'Nilai SAKIP Kabupaten'").run();
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Ş ț");
		}
	}

	@Test
	void errorsAreProblemDetails() {
		http().get().uri("/api/matriks-cascading.xlsx?scope=tidak-ada").exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		http().get().uri("/api/matriks-cascading.pdf?scope=blg-setda-i-1").exchange().expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.code").isEqualTo("SCOPE_NOT_A_UNIT").jsonPath("$.localized.id").exists();
		http().get().uri("/api/matriks-cascading.xlsx").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.code").isEqualTo("SCOPE_REQUIRED");
		http().get().uri("/api/matriks-cascading.xlsx?scope=" + SETDA + "&year=99999").exchange().expectStatus()
			.isBadRequest().expectBody().jsonPath("$.code").isEqualTo("INVALID_YEAR");
		http().get().uri("/api/matriks-cascading.xlsx?scope=" + SETDA + "&year=abc").exchange().expectStatus()
			.isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		http().get().uri("/api/matriks-cascading.pdf?scope=" + SETDA + "&paper=A5").exchange().expectStatus()
			.isBadRequest().expectBody().jsonPath("$.code").isEqualTo("INVALID_PAPER");
	}

	@Test
	void theYearDefaultsToThisYearWithinThePlanPeriod() {
		assertThat(MatriksService.defaultYear(2030, List.of(java.util.Map.of("periods",
				List.of(java.util.Map.of("periodStart", 2021L, "periodEnd", 2026L)))))).isEqualTo(2026);
		assertThat(MatriksService.defaultYear(2024, List.of(java.util.Map.of("periods",
				List.of(java.util.Map.of("periodStart", 2021L, "periodEnd", 2026L)))))).isEqualTo(2024);
		assertThat(MatriksService.defaultYear(2024, List.of())).isEqualTo(2024);
	}

	private List<String> indicatorNames(String pd) {
		return List.copyOf(this.client.query("""
				MATCH (:Node {id: $pd})<-[:PART_OF*0..]-(u:Unit)
				WITH collect(DISTINCT u.sourceDocument) AS documents
				MATCH (i:Indikator) WHERE i.sourceDocument IN documents
				RETURN i.name AS name
				""").bind(pd).to("pd").fetchAs(String.class).all());
	}

	private String indicatorColumn(PDDocument document, MatriksPdf.Paper paper) throws IOException {
		float[] edges = MatriksPdf.columnEdges(paper);
		PDFTextStripperByArea stripper = new PDFTextStripperByArea();
		stripper.addRegion("indikator", new Rectangle2D.Float(edges[5], 0, edges[6] - edges[5], paper.size().getHeight()));
		StringBuilder text = new StringBuilder();
		for (PDPage page : document.getPages()) {
			stripper.extractRegions(page);
			text.append(stripper.getTextForRegion("indikator")).append('\n');
		}
		return text.toString();
	}

	private static String squeeze(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private byte[] get(String uri) {
		return http().get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult()
			.getResponseBody();
	}

	private static void save(String name, byte[] bytes) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "evaluator-files"));
			Files.write(dir.resolve(name), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			cells.add(text(row.getCell(c)));
		}
		return cells;
	}

	private static String text(Cell cell) {
		return cell == null ? "" : new DataFormatter().formatCellValue(cell);
	}

	/** The text of every page, noting the smallest font size any character is set in. */
	static final class Sizes extends PDFTextStripper {

		float smallest = Float.MAX_VALUE;

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			for (TextPosition position : positions) {
				this.smallest = Math.min(this.smallest, position.getFontSizeInPt());
			}
			super.writeString(text, positions);
		}

	}

}
