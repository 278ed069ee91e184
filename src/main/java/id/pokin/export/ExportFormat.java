package id.pokin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The two forms of an export: the same four tables as a workbook or as a .zip of CSV files. */
public enum ExportFormat {

	XLSX("xlsx", "xlsx", XlsxExportWriter.CONTENT_TYPE),

	CSV("csv", "zip", CsvExportWriter.CONTENT_TYPE);

	private final String word;

	private final String extension;

	private final String contentType;

	ExportFormat(String word, String extension, String contentType) {
		this.word = word;
		this.extension = extension;
		this.contentType = contentType;
	}

	String extension() {
		return this.extension;
	}

	String contentType() {
		return this.contentType;
	}

	/**
	 * Refuses tables this format cannot hold, before anything is written.
	 * @throws id.pokin.web.RejectedInput saying why
	 */
	void check(List<ExportTable> tables) {
		if (this == XLSX) {
			XlsxExportWriter.check(tables);
		}
	}

	void write(List<ExportTable> tables, OutputStream out) throws IOException {
		write(tables, ExportOptions.CANONICAL, out);
	}

	void write(List<ExportTable> tables, ExportOptions options, OutputStream out) throws IOException {
		if (this == XLSX) {
			XlsxExportWriter.write(tables, options, out);
		}
		else {
			CsvExportWriter.write(tables, options, out);
		}
	}

	/**
	 * The format named {@code xlsx} or {@code csv} (any case).
	 * @throws IllegalArgumentException for any other name
	 */
	static ExportFormat named(String name) {
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(format -> format.word.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown export format '" + name + "': use xlsx or csv"));
	}

}
