package id.pokin.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import id.pokin.importer.ImportError;
import id.pokin.importer.ImportFile;
import id.pokin.importer.TestFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CsvSheetReaderTests {

	@TempDir
	Path dir;

	@Test
	void acceptsAByteOrderMarkAndKeepsQuotedCellsWithCommasAndLineBreaks() throws IOException {
		SheetTable table = read("\uFEFFid,name\nu1,\"Bagian Umum, Keuangan\"\nu2,\"dua\nbaris\"\n");
		assertThat(table.header().cells()).containsExactly("id", "name");
		assertThat(table.rows()).extracting(SheetRow::number).containsExactly(2, 3);
		assertThat(table.rows().get(0).cell(1)).isEqualTo("Bagian Umum, Keuangan");
		assertThat(table.rows().get(1).cell(1)).isEqualTo("dua\nbaris");
	}

	@Test
	void blankLinesAndRowsOfEmptyCellsAreSkippedButCountedAsExcelCountsRows() throws IOException {
		SheetTable table = read("id,name\r\n\r\nu1,Satu\r\n,\r\n  , \u00A0\r\nu2,Dua\r\n");
		assertThat(table.rows()).extracting(SheetRow::number).containsExactly(3, 6);
	}

	@Test
	void readsTheSemicolonSeparatedCsvThatIndonesianExcelSaves() throws IOException {
		SheetTable table = read("id;name;parents\ne1;\"Sasaran; satu\";a;b\n");
		assertThat(table.header().cells()).containsExactly("id", "name", "parents");
		assertThat(table.rows().get(0).cells()).containsExactly("e1", "Sasaran; satu", "a", "b");
	}

	@Test
	void aCommaSeparatedFileMayUseSemicolonsInsideCells() throws IOException {
		SheetTable table = read("id,parents\ne1,a;b\n");
		assertThat(table.rows().get(0).cell(1)).isEqualTo("a;b");
	}

	@Test
	void anEmptyFileIsAnEmptySheet() throws IOException {
		SheetTable table = read("");
		assertThat(table.header().cells()).isEmpty();
		assertThat(table.rows()).isEmpty();
	}

	@Test
	void textThatIsNotUtf8IsRefusedWithAHint() throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve("latin1"));
		Files.write(folder.resolve("units.csv"), "id,name\nu1,Bagian Umum \u00E9\n".getBytes(StandardCharsets.ISO_8859_1));
		ImportFile file = ImportFile.read(folder);
		assertThat(file.problems()).singleElement().satisfies(error -> {
			assertThat(error.code()).isEqualTo(ImportError.Code.FILE_UNREADABLE);
			assertThat(error.message().en()).contains("not UTF-8").contains("CSV UTF-8");
		});
	}

	@Test
	void readsTheFourFilesOfAFolderInAnyCaseAndIgnoresOtherFiles() throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve("folder"));
		Files.writeString(folder.resolve("Units.CSV"), "id\nu1\n");
		Files.writeString(folder.resolve("elements.csv"), "id\ne1\n");
		Files.writeString(folder.resolve("NOTES.md"), "# notes");
		Files.writeString(folder.resolve("other.csv"), "x\n1\n");
		List<SheetTable> tables = new CsvSheetReader().read(folder);
		assertThat(tables).extracting(SheetTable::name).containsExactlyInAnyOrder("units", "elements");
	}

	@Test
	void readsTheFilesOfAZipAlsoInsideAFolderOfTheZip() throws IOException {
		Path folder = TestFiles.copy("importer/basic", this.dir);
		Files.writeString(folder.resolve("NOTES.md"), "# notes");
		Path zip = TestFiles.zipOf(folder, this.dir.resolve("basic.zip"));
		ImportFile file = ImportFile.read(zip);
		assertThat(file.problems()).isEmpty();
		assertThat(file.tables()).extracting(SheetTable::name)
			.containsExactlyInAnyOrder("documents", "units", "elements", "indicators");
		assertThat(file.table(ImportSheet.UNITS).orElseThrow().rows()).hasSize(4);
	}

	private SheetTable read(String text) throws IOException {
		return new CsvSheetReader().table("units", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

}
