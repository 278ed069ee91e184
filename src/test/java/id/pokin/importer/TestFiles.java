package id.pokin.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.pokin.sheet.CsvSheetReader;
import id.pokin.sheet.SheetTable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.core.io.ClassPathResource;

/** Import files for tests: in memory from CSV text, copied from {@code importer/} fixtures, or as XLSX and .zip. */
public final class TestFiles {

	static final List<String> SHEETS = List.of("documents", "units", "elements", "indicators");

	private TestFiles() {
	}

	/** An import file from CSV text per sheet, read by the real CSV reader. */
	static ImportFile csv(Map<String, String> sheets) {
		List<SheetTable> tables = new ArrayList<>();
		sheets.forEach((name, text) -> {
			try {
				tables.add(new CsvSheetReader().table(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return ImportFile.of("test", tables);
	}

	/** The CSV files of a folder under the test classpath ({@code export/region}), read as an import file. */
	public static ImportFile csvFolder(String classpathFolder) {
		List<SheetTable> tables = new ArrayList<>();
		for (String sheet : SHEETS) {
			try (InputStream in = new ClassPathResource(classpathFolder + "/" + sheet + ".csv").getInputStream()) {
				tables.add(new CsvSheetReader().table(sheet, in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return ImportFile.of(classpathFolder, tables);
	}

	/** Copies the CSV files of a folder under classpath {@code importer/} (or {@code dataset/}) into a new folder. */
	public static Path copy(String classpathFolder, Path into) {
		try {
			Path folder = Files.createDirectories(into.resolve(classpathFolder.replace('/', '-')));
			for (String sheet : SHEETS) {
				ClassPathResource resource = new ClassPathResource(classpathFolder + "/" + sheet + ".csv");
				try (InputStream in = resource.getInputStream()) {
					Files.copy(in, folder.resolve(sheet + ".csv"));
				}
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A workbook with one sheet per entry; a cell is a String, Number, Boolean or {@code null} (no cell). */
	public static Path workbook(Path file, Map<String, List<List<Object>>> sheets) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			sheets.forEach((name, rows) -> {
				Sheet sheet = workbook.createSheet(name);
				for (int r = 0; r < rows.size(); r++) {
					List<Object> values = rows.get(r);
					if (values == null) {
						continue;
					}
					Row row = sheet.createRow(r);
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						if (value == null) {
							continue;
						}
						Cell cell = row.createCell(c);
						if (value instanceof Number number) {
							cell.setCellValue(number.doubleValue());
						}
						else if (value instanceof Boolean bool) {
							cell.setCellValue(bool);
						}
						else {
							cell.setCellValue(value.toString());
						}
					}
				}
			});
			workbook.write(out);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The CSV files of a folder as a workbook with the same cells, all as text. */
	static Path workbookOf(Path csvFolder, Path file) {
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		for (String sheet : SHEETS) {
			try (Reader reader = Files.newBufferedReader(csvFolder.resolve(sheet + ".csv"))) {
				List<List<Object>> rows = new ArrayList<>();
				for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
					rows.add(new ArrayList<>(record.toList().stream().map(v -> v.isEmpty() ? null : (Object) v).toList()));
				}
				sheets.put(sheet, rows);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return workbook(file, sheets);
	}

	/** The files of a folder in a .zip, under a sub-folder as a zip made by Windows Explorer would have them. */
	public static Path zipOf(Path folder, Path zip) {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				out.putNextEntry(new ZipEntry(folder.getFileName() + "/" + file.getFileName()));
				Files.copy(file, out);
				out.closeEntry();
			}
			return zip;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void append(Path file, String line) {
		try {
			Files.writeString(file, Files.readString(file) + line + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
