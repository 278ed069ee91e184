package id.pokin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.pokin.sheet.Cells;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes export tables as a .zip of CSV files ({@code documents.csv}, ...): UTF-8 without a BOM, RFC 4180
 * (comma, CRLF, quotes only where needed), formula-like text behind an apostrophe
 * ({@link Cells#escapeFormula(String)}). Every entry carries the same fixed time, so the same tables always
 * give the same bytes. With semicolons ({@link ExportOptions#separator()}), for Excel in an Indonesian locale, each
 * file starts with a byte order mark: without one Excel reads UTF-8 as the locale's code page.
 */
final class CsvExportWriter {

	static final String CONTENT_TYPE = "application/zip";

	/** The time of every entry: the .zip says nothing about when it was made. */
	private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);


	private CsvExportWriter() {
	}

	static void write(List<ExportTable> tables, OutputStream out) throws IOException {
		write(tables, ExportOptions.CANONICAL, out);
	}

	static void write(List<ExportTable> tables, ExportOptions options, OutputStream out) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(options.separator()).get();
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		for (ExportTable table : tables) {
			ZipEntry entry = new ZipEntry(table.name() + ".csv");
			entry.setTimeLocal(ENTRY_TIME);
			zip.putNextEntry(entry);
			// not closed: that would close the zip
			Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			if (options.separator() != ',') {
				writer.write('\uFEFF');
			}
			CSVPrinter printer = new CSVPrinter(writer, format);
			printer.printRecord(table.columns().stream().map(options::header).toList());
			for (List<Object> values : table.rows()) {
				List<String> cells = new ArrayList<>(values.size());
				for (Object value : values) {
					cells.add(value == null ? "" : value instanceof Number ? value.toString()
							: Cells.escapeFormula(value.toString()));
				}
				printer.printRecord(cells);
			}
			printer.flush();
			zip.closeEntry();
		}
		zip.finish();
	}

}
