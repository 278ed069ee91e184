package id.pokin.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The four tables of an import and the columns each may have (see {@code docs/import-format.md}). */
enum ImportSheet {

	DOCUMENTS("documents", List.of("id", "title"),
			List.of("number", "issuer", "region", "period_start", "period_end", "source_file")),

	UNITS("units", List.of("id", "name", "level", "document", "source_ref"), List.of("code", "parent")),

	ELEMENTS("elements", List.of("id", "kind", "name", "level", "document", "source_ref"),
			List.of("code", "parents", "responsible", "description", "problems")),

	INDICATORS("indicators", List.of("id", "name", "document", "source_ref"),
			List.of("element", "code", "satuan", "baseline", "final_target", "formula", "data_source", "definition",
					"rationale", "responsible", "kind", "polarity", "iku"));

	/** Indicators also take one {@code target_YYYY} column per year. */
	static final String TARGET_PREFIX = "target";

	private final String sheetName;

	private final List<String> required;

	private final List<String> optional;

	ImportSheet(String sheetName, List<String> required, List<String> optional) {
		this.sheetName = sheetName;
		this.required = required;
		this.optional = optional;
	}

	String sheetName() {
		return this.sheetName;
	}

	List<String> required() {
		return this.required;
	}

	boolean knows(String column) {
		return this.required.contains(column) || this.optional.contains(column);
	}

	boolean hasTargets() {
		return this == INDICATORS;
	}

	/** The columns in the order the format lists them, for messages. */
	String columnList() {
		Stream<String> columns = Stream.concat(this.required.stream(), this.optional.stream());
		if (hasTargets()) {
			columns = Stream.concat(columns, Stream.of("target_YYYY"));
		}
		return String.join(", ", columns.toList());
	}

	static Optional<ImportSheet> named(String name) {
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(sheet -> sheet.sheetName.equals(wanted)).findFirst();
	}

}
