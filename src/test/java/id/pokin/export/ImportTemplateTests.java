package id.pokin.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import id.pokin.importer.ImportErrors;
import id.pokin.importer.ImportFile;
import id.pokin.importer.ImportRows;
import id.pokin.importer.RowParser;
import id.pokin.sheet.ImportSheet;
import id.pokin.sheet.SheetTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImportTemplateTests {

	@TempDir
	Path dir;

	@Test
	void theFourSheetsHaveTheirHeadersWithFiveTargetYearsAndThePetunjukComesLast() throws IOException {
		Map<String, List<List<String>>> cells = Exports.workbookCells(template(2026));
		assertThat(cells).containsOnlyKeys("documents", "units", "elements", "indicators", "realisasi", "petunjuk");
		assertThat(List.copyOf(cells.keySet())).last().isEqualTo("petunjuk");
		assertThat(cells.get("units")).containsExactly(strings("id", "name", "code", "level", "parent", "document", "source_ref"));
		assertThat(cells.get("indicators")).containsExactly(strings("id", "element", "code", "name", "satuan", "baseline",
				"target_2026", "target_2027", "target_2028", "target_2029", "target_2030", "final_target", "formula",
				"data_source", "definition", "rationale", "responsible", "kind", "polarity", "iku", "document",
				"source_ref"));
		assertThat(cells.get("documents").get(0)).hasSize(ImportSheet.DOCUMENTS.columns().size());
		assertThat(cells.get("elements").get(0)).hasSize(ImportSheet.ELEMENTS.columns().size());
		assertThat(cells.get("realisasi")).containsExactly(strings("indicator", "year", "period", "value", "evidence",
				"document", "source_ref"));
	}

	@Test
	void thePetunjukExplainsEveryColumnOfEverySheetAndWhichAreRequired() throws IOException {
		List<List<String>> petunjuk = Exports.workbookCells(template(2026)).get("petunjuk");
		assertThat(petunjuk.get(0)).containsExactly(strings("lembar", "kolom", "wajib", "penjelasan").toArray(String[]::new));
		for (ImportSheet sheet : ImportSheet.values()) {
			List<List<String>> rows = petunjuk.stream().filter(row -> ("STRING:" + sheet.sheetName()).equals(row.get(0))).toList();
			assertThat(rows).extracting(row -> row.get(1).substring("STRING:".length()))
				.containsExactlyElementsOf(sheet.columns());
			assertThat(rows).filteredOn(row -> row.size() > 2 && "STRING:ya".equals(row.get(2)))
				.extracting(row -> row.get(1).substring("STRING:".length()))
				.containsExactlyElementsOf(sheet.required());
			assertThat(rows).allSatisfy(row -> assertThat(row.get(3)).startsWith("STRING:").hasSizeGreaterThan(20));
		}
		assertThat(petunjuk).anySatisfy(row -> assertThat(row.get(3)).contains("diabaikan saat impor"));
	}

	@Test
	void theTemplateReadsAsAnEmptyImportWithoutErrorsAndThePetunjukUnread() throws IOException {
		ImportFile file = Exports.importFile(template(2026), ExportFormat.XLSX, this.dir);
		assertThat(file.problems()).isEmpty();
		assertThat(file.tables()).extracting(SheetTable::name).containsExactly("documents", "units", "elements", "indicators",
				"realisasi");
		ImportErrors errors = new ImportErrors();
		ImportRows rows = RowParser.parse(file, errors);
		assertThat(errors.first()).isEmpty();
		assertThat(rows.documents()).isEmpty();
		assertThat(rows.nodes()).isEmpty();
		assertThat(rows.realisasi()).isEmpty();
	}

	private static byte[] template(int year) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImportTemplate.write(year, out);
		return out.toByteArray();
	}

	private static List<String> strings(String... texts) {
		return List.of(texts).stream().map(text -> "STRING:" + text).toList();
	}

}
