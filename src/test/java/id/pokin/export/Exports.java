package id.pokin.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import id.pokin.importer.ImportFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Exports as bytes, and the bytes read back: the entries of a .zip, the cells of a workbook or of CSV files. */
public final class Exports {

	private Exports() {
	}

	public static byte[] bytes(ExportService service, String scope, ExportFormat format) {
		return bytes(service.read(scope), format);
	}

	static byte[] bytes(ExportService.Export export, ExportFormat format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			export.write(format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The bytes saved as a file of the format (its type is told by its name) and read as an import file. */
	static ImportFile importFile(byte[] bytes, ExportFormat format, Path dir) {
		try {
			Path file = Files.createTempFile(dir, "export-", "." + format.extension());
			Files.write(file, bytes);
			return ImportFile.read(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The entries of a .zip, by name, in their order. */
	static Map<String, byte[]> zipEntries(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The records of each CSV file of a .zip, by file name. */
	public static Map<String, List<List<String>>> csvCells(byte[] zip) {
		Map<String, List<List<String>>> files = new LinkedHashMap<>();
		zipEntries(zip).forEach((name, bytes) -> {
			try (InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
				files.put(name, CSVFormat.RFC4180.parse(reader).getRecords().stream().map(CSVRecord::toList).toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return files;
	}

	/**
	 * Every cell of a workbook, sheet by sheet (in their order) and row by row, as its type and value
	 * ({@code STRING:=x}, {@code NUMERIC:2021.0}); {@code null} where a row has no cell.
	 */
	static Map<String, List<List<String>>> workbookCells(byte[] xlsx) {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				List<List<String>> rows = new ArrayList<>();
				for (int r = 0; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					List<String> cells = new ArrayList<>();
					for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? null : cell.getCellType() + ":" + switch (cell.getCellType()) {
							case NUMERIC -> String.valueOf(cell.getNumericCellValue());
							case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
							default -> cell.getStringCellValue();
						});
					}
					rows.add(cells);
				}
				sheets.put(sheet.getSheetName(), rows);
			}
			return sheets;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
