package id.pokin.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import id.pokin.importer.ImportError;
import id.pokin.importer.ImportFile;
import id.pokin.importer.TestFiles;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxSheetReaderTests {

	@TempDir
	Path dir;

	@Test
	void readsTheImportSheetsByNameInAnyCaseAndSkipsOthers() throws IOException {
		Path file = TestFiles.workbook(this.dir.resolve("file.xlsx"), Map.of("Petunjuk", List.of(List.of("baca ini")),
				"UNITS", List.of(List.of("ID", "Name"), List.of("u1", "Satu")), "elements", List.of(List.of("id"))));
		List<SheetTable> tables = new XlsxSheetReader().read(file);
		assertThat(tables).extracting(SheetTable::name).containsExactlyInAnyOrder("UNITS", "elements");
		ImportFile imported = ImportFile.of("file.xlsx", tables);
		assertThat(imported.table(ImportSheet.UNITS).orElseThrow().rows().get(0).cells()).containsExactly("u1", "Satu");
	}

	@Test
	void rowNumbersAreExcelsAndBlankRowsAndEmptyCellsAreKeptInPlace() throws IOException {
		Path file = TestFiles.workbook(this.dir.resolve("file.xlsx"), Map.of("units",
				Arrays.asList(null, List.of("id", "name", "level"), null, Arrays.asList("u1", null, "PEMDA"),
						List.of(" ", ""), List.of("u2", "Dua", "BAGIAN"))));
		SheetTable table = new XlsxSheetReader().read(file).get(0);
		assertThat(table.header().number()).isEqualTo(2);
		assertThat(table.rows()).extracting(SheetRow::number).containsExactly(4, 6);
		assertThat(table.rows().get(0).cell(1)).isNull();
		assertThat(table.rows().get(0).cell(2)).isEqualTo("PEMDA");
	}

	@Test
	void numberCellsReadAsIndonesianExcelShowsThemSoTheyParseBackExactly() throws IOException {
		Path file = this.dir.resolve("numbers.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("indicators");
			sheet.createRow(0).createCell(0).setCellValue("values");
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
			CellStyle thousands = workbook.createCellStyle();
			thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue(72.4);
			row.createCell(1).setCellValue(2026);
			row.createCell(2).setCellValue(1);
			row.getCell(2).setCellStyle(percent);
			row.createCell(3).setCellValue(1250);
			row.getCell(3).setCellStyle(thousands);
			row.createCell(4).setCellValue(1.125);
			row.createCell(5).setCellValue(true);
			try (var out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		List<String> cells = new XlsxSheetReader().read(file).get(0).rows().get(0).cells();
		assertThat(cells).containsExactly("72,4", "2026", "100,00%", "1.250", "1,125", "TRUE");
		assertThat(cells.subList(0, 5).stream().map(TargetValue::numberIn).toList())
			.containsExactly(72.4, 2026.0, 100.0, 1250.0, 1.125);
	}

	@Test
	void inlineAndSharedStringsReadTheSame() throws IOException {
		List<Object> texts = List.of(" spasi di tepi ", "baris\nbaru", "Rp_x0031_ tetap", "37,5% (12 SKPD)", "=1+1", "",
				"Ülkü & <tag>");
		Path inline = this.dir.resolve("inline.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			write(workbook, texts, inline);
		}
		Path shared = this.dir.resolve("shared.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			write(workbook, texts, shared);
		}
		assertThat(unzipped(inline, "xl/worksheets/sheet1.xml")).as("SXSSF writes inline strings").contains("inlineStr");
		assertThat(unzipped(shared, "xl/worksheets/sheet1.xml")).doesNotContain("inlineStr");
		// cells are read trimmed; an Excel escape (_xHHHH_) is decoded, as POI does for shared strings
		List<String> expected = Arrays.asList("spasi di tepi", "baris\nbaru", "Rp1 tetap", "37,5% (12 SKPD)", "=1+1", null,
				"Ülkü & <tag>");
		for (Path file : List.of(inline, shared)) {
			SheetTable table = new XlsxSheetReader().read(file).get(0);
			assertThat(table.header().cells()).as(file.getFileName().toString()).containsExactly("id", "name");
			assertThat(table.rows()).extracting(row -> row.cell(1)).as(file.getFileName().toString())
				.containsExactlyElementsOf(expected);
		}
	}

	private static void write(Workbook workbook, List<Object> texts, Path file) throws IOException {
		Sheet sheet = workbook.createSheet("units");
		Row header = sheet.createRow(0);
		header.createCell(0).setCellValue("id");
		header.createCell(1).setCellValue("name");
		for (int i = 0; i < texts.size(); i++) {
			Row row = sheet.createRow(i + 1);
			row.createCell(0).setCellValue("u" + i);
			if (!"".equals(texts.get(i))) {
				row.createCell(1).setCellValue((String) texts.get(i));
			}
		}
		try (var out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

	private static String unzipped(Path zip, String entry) throws IOException {
		try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(entry))) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	@Test
	void aFileThatIsNoWorkbookIsUnreadable() throws IOException {
		Path file = Files.writeString(this.dir.resolve("fake.xlsx"), "id,name\nu1,Satu\n");
		assertThat(ImportFile.read(file).problems()).singleElement()
			.satisfies(error -> assertThat(error.code()).isEqualTo(ImportError.Code.FILE_UNREADABLE));
	}

	@Test
	void aZipBombWorkbookIsRefusedBeforeItIsInflated() throws IOException {
		Path plain = TestFiles.workbook(this.dir.resolve("plain.xlsx"),
				Map.of("units", List.of(List.of("id"), List.of("u1"))));
		Path bomb = this.dir.resolve("bomb.xlsx");
		try (ZipFile source = new ZipFile(plain.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
			for (ZipEntry entry : Collections.list(source.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = source.getInputStream(entry)) {
					in.transferTo(out);
				}
				if (entry.getName().startsWith("xl/worksheets/")) {
					// white space after the root element is well-formed XML and compresses ~1000:1
					byte[] padding = new byte[1024 * 1024];
					Arrays.fill(padding, (byte) ' ');
					for (int i = 0; i < 20; i++) {
						out.write(padding);
					}
				}
				out.closeEntry();
			}
		}
		assertThat(ImportFile.read(bomb).problems()).singleElement().satisfies(error -> {
			assertThat(error.code()).isEqualTo(ImportError.Code.FILE_UNREADABLE);
			assertThat(error.message().en()).contains("zip bomb protection");
		});
	}

	@Test
	void aZipBombOfCsvFilesIsRefusedToo() throws IOException {
		Path bomb = this.dir.resolve("bomb.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
			out.putNextEntry(new ZipEntry("units.csv"));
			out.write("id\n".getBytes());
			byte[] padding = new byte[1024 * 1024];
			Arrays.fill(padding, (byte) '\n');
			for (int i = 0; i < 20; i++) {
				out.write(padding);
			}
			out.closeEntry();
		}
		assertThat(ImportFile.read(bomb).problems()).singleElement()
			.satisfies(error -> assertThat(error.message().en()).contains("zip bomb protection"));
	}

	@Test
	void otherFileTypesAreNotSupported() throws IOException {
		Path file = Files.writeString(this.dir.resolve("units.csv"), "id\nu1\n");
		assertThat(ImportFile.read(file).problems()).singleElement().satisfies(error -> {
			assertThat(error.code()).isEqualTo(ImportError.Code.UNSUPPORTED_FILE);
			assertThat(error.sheet()).isNull();
		});
		assertThat(ImportFile.read(this.dir.resolve("missing.xlsx")).problems()).singleElement()
			.satisfies(error -> assertThat(error.message().en()).contains("no such file"));
	}

}
