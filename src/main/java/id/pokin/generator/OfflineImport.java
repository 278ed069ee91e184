package id.pokin.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import id.pokin.generator.GeneratedGraph.Link;
import id.pokin.generator.GeneratedGraph.Node;
import id.pokin.node.NodeKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * Builds a new store with Neo4j's offline bulk importer, the one behind {@code neo4j-admin database import full}:
 * the generated regions are written as CSV files in its format (one node file per kind, one relationship file
 * per type, headers typed from the generated values), then imported while the database is stopped. It writes
 * the store files directly instead of running transactions, so it is several times faster than
 * {@link BulkLoader}; the price is that it replaces the whole database, so it only serves an empty store. It
 * does not build indexes: the migrations create them on the new store, and Neo4j populates each in one pass.
 */
final class OfflineImport {

	private static final String DATABASE = "neo4j";

	private static final char ARRAY_DELIMITER = ';';

	private static final Map<NodeKind, String> LABELS = new EnumMap<>(Map.of(NodeKind.UNIT, "Node:Unit",
			NodeKind.TUJUAN, "Node:Element:Tujuan", NodeKind.SASARAN, "Node:Element:Sasaran", NodeKind.KONDISI,
			"Node:Element:Kondisi", NodeKind.INDIKATOR, "Node:Indikator"));

	private final Path folder;

	private final Map<String, CsvFile> nodeFiles = new LinkedHashMap<>();

	private final Map<String, CsvFile> relationshipFiles = new LinkedHashMap<>();

	private long nodes;

	private long relationships;

	/** @param folder an empty folder for the CSV files */
	OfflineImport(Path folder) {
		this.folder = folder;
	}

	/**
	 * Generates the regions into the CSV files, the next region on a second thread while this one writes the
	 * current: memory holds two regions, not the country.
	 */
	void write(IntFunction<GeneratedGraph> regions, int first, int count) {
		ExecutorService ahead = Executors.newSingleThreadExecutor();
		try {
			Future<GeneratedGraph> next = ahead.submit(() -> regions.apply(first));
			for (int r = first; r < first + count; r++) {
				GeneratedGraph region = next.get();
				int following = r + 1;
				if (following < first + count) {
					next = ahead.submit(() -> regions.apply(following));
				}
				append(region);
			}
			for (CsvFile file : this.nodeFiles.values()) {
				file.close();
			}
			for (CsvFile file : this.relationshipFiles.values()) {
				file.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the import files in " + this.folder, ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Generating a region failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while generating", ex);
		}
		finally {
			ahead.shutdownNow();
		}
	}

	long nodes() {
		return this.nodes;
	}

	long relationships() {
		return this.relationships;
	}

	/**
	 * Runs the importer on the database under {@code home} (an embedded Neo4j's home folder, stopped),
	 * replacing what it holds. Its progress goes to {@code out}.
	 */
	void importInto(Path home, PrintStream out) {
		// the database name first: a --nodes or --relationships option would take it for one more file
		List<String> args = new ArrayList<>(List.of(DATABASE, "--overwrite-destination=true", "--id-type=STRING",
				"--array-delimiter=" + ARRAY_DELIMITER, "--report-file=" + this.folder.resolve("import.report")));
		this.nodeFiles.forEach((labels, file) -> args.add("--nodes=" + labels + "=" + file.header + "," + file.data));
		this.relationshipFiles
			.forEach((type, file) -> args.add("--relationships=" + type + "=" + file.header + "," + file.data));
		ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, System.err,
				new DefaultFileSystemAbstraction());
		int exitCode = new picocli.CommandLine(new ImportCommand.Full(context)).execute(args.toArray(String[]::new));
		if (exitCode != 0) {
			// the folder (report included) is deleted after the run: the report's start goes into the message
			throw new IllegalStateException("Neo4j's importer failed (exit code " + exitCode + "); its report begins:\n"
					+ reportStart());
		}
	}

	private String reportStart() {
		Path report = this.folder.resolve("import.report");
		try (var lines = Files.lines(report, StandardCharsets.UTF_8)) {
			return lines.limit(20).collect(Collectors.joining("\n"));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no report: " + ex.getMessage() + ")";
		}
	}

	private void append(GeneratedGraph region) throws IOException {
		appendNodes("Document", List.of(region.document()));
		Map<NodeKind, List<Map<String, Object>>> byKind = new EnumMap<>(NodeKind.class);
		for (Node node : region.nodes()) {
			byKind.computeIfAbsent(node.kind(), k -> new ArrayList<>()).add(node.properties());
		}
		for (var kind : byKind.entrySet()) {
			appendNodes(LABELS.get(kind.getKey()), kind.getValue());
		}
		this.nodes += region.nodes().size();
		appendLinks("PART_OF", region.partOf());
		appendLinks("CONTRIBUTES_TO", region.contributesTo());
		appendLinks("RESPONSIBLE_FOR", region.responsibleFor());
	}

	/**
	 * The node file for a label set is created with the first region's rows, its header typed from their
	 * values: every region of the generator has the same properties per kind.
	 */
	private void appendNodes(String labels, List<Map<String, Object>> rows) throws IOException {
		CsvFile file = this.nodeFiles.get(labels);
		if (file == null) {
			Map<String, Column> columns = new LinkedHashMap<>();
			for (Map<String, Object> row : rows) {
				row.forEach((key, value) -> columns.putIfAbsent(key, Column.of(key, value)));
			}
			file = new CsvFile(this.folder, "nodes-" + labels.replace(':', '-'), List.copyOf(columns.values()));
			this.nodeFiles.put(labels, file);
		}
		for (Map<String, Object> row : rows) {
			file.print(row);
		}
	}

	private void appendLinks(String type, List<Link> links) throws IOException {
		CsvFile file = this.relationshipFiles.get(type);
		if (file == null) {
			file = new CsvFile(this.folder, "rel-" + type,
					List.of(new Column(":START_ID", null), new Column(":END_ID", null)));
			this.relationshipFiles.put(type, file);
		}
		for (Link link : links) {
			file.printer.printRecord(link.from(), link.to());
			this.relationships++;
		}
	}

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

	/** A header file and a data file (the importer reads them as one), written with Commons CSV. */
	private static final class CsvFile {

		final Path header;

		final Path data;

		final List<Column> columns;

		final Set<String> properties;

		final CSVPrinter printer;

		CsvFile(Path folder, String name, List<Column> columns) throws IOException {
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

}
