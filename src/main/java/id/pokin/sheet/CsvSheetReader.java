package id.pokin.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Reads the CSV files of an import ({@code documents.csv}, {@code units.csv}, ...) from a folder or a .zip;
 * other files are ignored. Files are UTF-8 (a BOM is accepted; anything else is refused rather than read
 * as garbled text) and RFC 4180. A .zip is opened through POI's {@link ZipSecureFile}, so the same zip-bomb
 * limits apply as to a workbook.
 */
public final class CsvSheetReader implements SheetReader {

	private static final int MAX_HEADER_LENGTH = 64 * 1024;

	static {
		ZipSecureFile.setMinInflateRatio(XlsxSheetReader.MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(XlsxSheetReader.MAX_ENTRY_SIZE);
	}

	@Override
	public List<SheetTable> read(Path source) throws IOException {
		return Files.isDirectory(source) ? readFolder(source) : readZip(source);
	}

	private List<SheetTable> readFolder(Path folder) throws IOException {
		List<SheetTable> tables = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				String sheet = sheetName(file.getFileName().toString());
				if (sheet != null && Files.isRegularFile(file)) {
					try (InputStream in = Files.newInputStream(file)) {
						tables.add(table(sheet, in));
					}
				}
			}
		}
		return tables;
	}

	private List<SheetTable> readZip(Path zipFile) throws IOException {
		List<SheetTable> tables = new ArrayList<>();
		try (ZipSecureFile zip = new ZipSecureFile(zipFile.toFile())) {
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				String fileName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
				String sheet = sheetName(fileName);
				if (sheet != null && !entry.isDirectory()) {
					try (InputStream in = zip.getInputStream(entry)) {
						tables.add(table(sheet, in));
					}
				}
			}
		}
		return tables;
	}

	/** The sheet a file holds ({@code Units.CSV} holds {@code units}), or {@code null} for any other file. */
	private static String sheetName(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".csv")) {
			return null;
		}
		String base = lower.substring(0, lower.length() - ".csv".length());
		return ImportSheet.named(base).isPresent() ? base : null;
	}

	/**
	 * One CSV file as a sheet. Row numbers are record numbers (a quoted cell spanning lines is one row, as in
	 * Excel); blank lines count as rows, as Excel shows them, but are not returned.
	 */
	public SheetTable table(String name, InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter(reader))
			.setIgnoreEmptyLines(false)
			.get();
		List<SheetRow> rows = new ArrayList<>();
		try (CSVParser parser = format.parse(reader)) {
			for (CSVRecord record : parser) {
				SheetRow row = new SheetRow((int) record.getRecordNumber(), record.toList());
				if (!row.isBlank()) {
					rows.add(row);
				}
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		if (rows.isEmpty()) {
			return SheetTable.empty(name);
		}
		return new SheetTable(name, rows.get(0), List.copyOf(rows.subList(1, rows.size())));
	}

	/**
	 * Excel in an Indonesian locale saves "CSV" with semicolons (its list separator), so a header line with
	 * semicolons and no comma is read as semicolon-separated.
	 */
	private static char delimiter(BufferedReader reader) throws IOException {
		reader.mark(MAX_HEADER_LENGTH);
		char[] buffer = new char[MAX_HEADER_LENGTH];
		int length = reader.read(buffer);
		reader.reset();
		String start = length <= 0 ? "" : new String(buffer, 0, length);
		int end = start.indexOf('\n');
		String header = end < 0 ? start : start.substring(0, end);
		return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
	}

}
