package id.pokin.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A header file and a data file (the importer reads them as one), written with Commons CSV. */
final class ImportCsvFile {

	/** Separates the elements of an array property in a cell (the importer's --array-delimiter). */
	static final char ARRAY_DELIMITER = ';';

	/** A property column; {@code type} is the importer's type suffix ({@code long}, {@code string[]}, …). */
	record Column(String property, String type) {

		static Column of(String property, Object value) {
			if (property.equals("id")) {
				return new Column("id", "ID");
			}
			return new Column(property, typeOf(property, value));
		}

		String header() {
			if (this.property.startsWith(":")) {
				return this.property;
			}
			return this.type == null ? this.property : this.property + ":" + this.type;
		}

		private static String typeOf(String property, Object value) {
			if (value instanceof List<?> list) {
				Object element = list.isEmpty() ? "" : list.get(0);
				return typeOf(property, element) + "[]";
			}
			if (value instanceof String) {
				return "string";
			}
			if (value instanceof Long) {
				return "long";
			}
			if (value instanceof Integer) {
				return "int";
			}
			if (value instanceof Double) {
				return "double";
			}
			if (value instanceof Boolean) {
				return "boolean";
			}
			throw new IllegalArgumentException(
					"No import type for property " + property + " of type " + value.getClass().getName());
		}

	}

	final Path header;

	final Path data;

	final List<Column> columns;

	final Set<String> properties;

	private final CSVPrinter printer;

	ImportCsvFile(Path folder, String name, List<Column> columns) throws IOException {
		this.header = folder.resolve(name + "-header.csv");
		this.data = folder.resolve(name + ".csv");
		this.columns = columns;
		this.properties = columns.stream().map(Column::property).collect(Collectors.toSet());
		try (CSVPrinter header = new CSVPrinter(Files.newBufferedWriter(this.header, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT)) {
			header.printRecord(columns.stream().map(Column::header).toList());
		}
		Writer writer = Files.newBufferedWriter(this.data, StandardCharsets.UTF_8);
		this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
	}

	void print(Map<String, Object> properties) throws IOException {
		for (String key : properties.keySet()) {
			if (!this.properties.contains(key)) {
				throw new IllegalStateException("Property " + key + " is not in the header of " + this.data);
			}
		}
		for (Column column : this.columns) {
			this.printer.print(cell(column, properties.get(column.property())));
		}
		this.printer.println();
	}

	void printLink(String from, String to) throws IOException {
		this.printer.printRecord(from, to);
	}

	void close() throws IOException {
		this.printer.close();
	}

	private static String cell(Column column, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			StringBuilder cell = new StringBuilder();
			for (Object element : list) {
				String text = singleLine(column, String.valueOf(element));
				if (text.indexOf(ARRAY_DELIMITER) >= 0) {
					throw new IllegalStateException("Array element '" + text + "' of " + column.property()
							+ " holds the array delimiter " + ARRAY_DELIMITER);
				}
				if (!cell.isEmpty()) {
					cell.append(ARRAY_DELIMITER);
				}
				cell.append(text);
			}
			return cell.toString();
		}
		return singleLine(column, String.valueOf(value));
	}

	/** The importer reads a record per line unless told otherwise (slower); generated values have no breaks. */
	private static String singleLine(Column column, String text) {
		if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			throw new IllegalStateException("Value of " + column.property() + " spans lines: " + text);
		}
		return text;
	}

}
