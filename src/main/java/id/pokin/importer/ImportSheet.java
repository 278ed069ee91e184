package id.pokin.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of an import and their columns, in the order {@code docs/import-format.md} lists them: the
 * order an export writes and the template shows them in (a file may order them freely).
 */
enum ImportSheet {

	DOCUMENTS("documents",
			List.of("id", "title", "number", "issuer", "region", "period_start", "period_end", "source_file"),
			Set.of("id", "title")),

	UNITS("units", List.of("id", "name", "code", "level", "parent", "document", "source_ref"),
			Set.of("id", "name", "level", "document", "source_ref")),

	ELEMENTS("elements",
			List.of("id", "kind", "code", "name", "level", "parents", "responsible", "description", "problems",
					"document", "source_ref"),
			Set.of("id", "kind", "name", "level", "document", "source_ref")),

	INDICATORS("indicators",
			List.of("id", "element", "code", "name", "satuan", "baseline", ImportSheet.TARGETS, "final_target",
					"formula", "data_source", "definition", "rationale", "responsible", "kind", "polarity", "iku",
					"document", "source_ref"),
			Set.of("id", "name", "document", "source_ref")),

	/**
	 * What indicators reached (optional: a file without it leaves every realisasi as it is). Each row sets the
	 * realisasi of one indicator, year and period; an empty value removes it; realisasi the file does not name stay.
	 */
	REALISASI("realisasi", List.of("indicator", "year", "period", "value", "evidence", "document", "source_ref"),
			Set.of("indicator", "year", "period"));

	/** Indicators also take one {@code target_YYYY} column per year. */
	static final String TARGET_PREFIX = "target";

	/** Where the {@code target_YYYY} columns go in {@link #columns()}: one column per year. */
	static final String TARGETS = "target_YYYY";

	private final String sheetName;

	private final List<String> columns;

	private final Set<String> required;

	ImportSheet(String sheetName, List<String> columns, Set<String> required) {
		this.sheetName = sheetName;
		this.columns = columns;
		this.required = required;
	}

	String sheetName() {
		return this.sheetName;
	}

	/** Every column in the documented order; the indicators' {@link #TARGETS} stands for the year columns. */
	List<String> columns() {
		return this.columns;
	}

	/** The required columns, in the documented order. */
	List<String> required() {
		return this.columns.stream().filter(this.required::contains).toList();
	}

	boolean isRequired(String column) {
		return this.required.contains(column);
	}

	boolean knows(String column) {
		return !TARGETS.equals(column) && this.columns.contains(column);
	}

	/** A sheet a file may leave out. */
	boolean isOptional() {
		return this == REALISASI;
	}

	boolean hasTargets() {
		return this == INDICATORS;
	}

	/** The column of one year's target: {@code target_2025}. */
	static String targetColumn(int year) {
		return TARGET_PREFIX + "_" + year;
	}

	/** The columns in the order the format lists them, for messages. */
	String columnList() {
		return String.join(", ", this.columns);
	}

	static Optional<ImportSheet> named(String name) {
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(sheet -> sheet.sheetName.equals(wanted)).findFirst();
	}

}
