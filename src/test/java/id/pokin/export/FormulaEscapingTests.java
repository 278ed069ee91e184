package id.pokin.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import id.pokin.importer.ImportFile;
import id.pokin.sheet.Cells;
import id.pokin.sheet.ImportSheet;
import id.pokin.sheet.SheetTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formula injection: an export writes text that a spreadsheet would take for a formula behind an apostrophe,
 * and the importer takes exactly that apostrophe off again.
 */
class FormulaEscapingTests {

	private static final List<String> TRICKY = List.of("=SUM(A1:A9)", "+62 811", "-", "- 5", "-2,5", "@Bagian Umum",
			"\tTab", "\rCR", "'=A1", "''-", "'", "'biasa", "Biasa", "a=b", "100%", "B = 66.04", "- Sesuai Permendagri");

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"=SUM(A1)        | '=SUM(A1)",
			"+62 811         | '+62 811",
			"-               | '-",
			"- 5             | '- 5",
			"-2,5            | '-2,5",
			"@Bagian Umum    | '@Bagian Umum",
			"'=A1            | ''=A1",
			"''-             | '''-",
			"'               | '",
			"'biasa          | 'biasa",
			"Biasa           | Biasa",
			"a=b             | a=b",
			"B = 66.04       | B = 66.04" })
	void exportPutsAnApostropheBeforeFormulaLikeText(String text, String written) {
		assertThat(Cells.escapeFormula(text)).isEqualTo(written);
		assertThat(Cells.text(written)).isEqualTo(text);
	}

	@Test
	void tabAndCarriageReturnAtTheStartAreEscapedToo() {
		assertThat(Cells.escapeFormula("\tx")).isEqualTo("'\tx");
		assertThat(Cells.escapeFormula("\rx")).isEqualTo("'\rx");
		assertThat(Cells.text("'\tx")).isEqualTo("\tx");
		assertThat(Cells.escapeFormula(null)).isNull();
	}

	@Test
	void importTakesOffOnlyTheApostropheBeforeFormulaLikeText() {
		assertThat(Cells.text("'=1+1")).isEqualTo("=1+1");
		assertThat(Cells.text("  '-  ")).isEqualTo("-");
		assertThat(Cells.text("'Tahun 2024")).isEqualTo("'Tahun 2024");
		assertThat(Cells.text("x'=1")).isEqualTo("x'=1");
		assertThat(Cells.text("   ")).isNull();
		assertThat(Cells.text(null)).isNull();
	}

	/** Every clean text of up to four characters from the troublesome ones comes back exactly. */
	@Test
	void importingWhatExportWroteGivesEveryTextBackExactly() {
		List<String> texts = new ArrayList<>(List.of(""));
		List<String> all = new ArrayList<>();
		for (int length = 1; length <= 4; length++) {
			List<String> longer = new ArrayList<>();
			for (String text : texts) {
				for (char c : "'=+-@\ta ".toCharArray()) {
					longer.add(text + c);
				}
			}
			all.addAll(longer);
			texts = longer;
		}
		List<String> clean = all.stream().filter(text -> text.equals(Cells.clean(text))).toList();
		assertThat(clean).hasSizeGreaterThan(1000);
		for (String text : clean) {
			assertThat(Cells.text(Cells.escapeFormula(text))).as("%s", text).isEqualTo(text);
		}
	}

	@Test
	void aCsvExportReadsBackThroughTheImportersReaderAsTheTextsItWasGiven() throws IOException {
		byte[] zip = write(ExportFormat.CSV);
		String units = new String(Exports.zipEntries(zip).get("units.csv"), StandardCharsets.UTF_8);
		assertThat(units).contains("\r\n'=SUM(A1:A9),", "\r\n'-,");
		assertThat(readNames(zip, ExportFormat.CSV)).containsExactlyElementsOf(TRICKY);
	}

	@Test
	void aWorkbookExportReadsBackThroughTheImportersReaderAsTheTextsItWasGiven() throws IOException {
		byte[] xlsx = write(ExportFormat.XLSX);
		assertThat(Exports.workbookCells(xlsx).get("units").get(1)).containsExactly("STRING:'=SUM(A1:A9)",
				"STRING:'=SUM(A1:A9)");
		assertThat(readNames(xlsx, ExportFormat.XLSX)).containsExactlyElementsOf(TRICKY);
	}

	/** The four sheets, the units sheet with one row per tricky text, as both id and name. */
	private static byte[] write(ExportFormat format) throws IOException {
		List<ExportTable> tables = new ArrayList<>();
		for (ImportSheet sheet : ImportSheet.values()) {
			tables.add(ExportTable.of(sheet, List.of(), List.of()));
		}
		List<List<Object>> rows = TRICKY.stream().map(text -> List.<Object>of(text, text)).toList();
		tables.set(ImportSheet.UNITS.ordinal(), new ExportTable("units", List.of("id", "name"), rows));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		format.write(tables, out);
		return out.toByteArray();
	}

	private List<String> readNames(byte[] bytes, ExportFormat format) {
		ImportFile file = Exports.importFile(bytes, format, this.dir);
		assertThat(file.problems()).isEmpty();
		SheetTable units = file.table(ImportSheet.UNITS).orElseThrow();
		assertThat(units.rows()).allSatisfy(row -> assertThat(row.cell(0)).isEqualTo(row.cell(1)));
		return units.rows().stream().map(row -> row.cell(1)).toList();
	}

}
