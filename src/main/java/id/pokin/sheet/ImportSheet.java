package id.pokin.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of an import (four, and an optional {@code realisasi}) and their columns, in the order {@code docs/import-format.md} lists them: the
 * order an export writes and the template shows them in (a file may order them freely). Every column has an
 * English key (its name in the format, in messages and in {@code ?lang=en} exports) and a Bahasa Indonesia header
 * (what exports write by default); a file may use either, in any case, with spaces or underscores. Exports also
 * write a column the import ignores: the names of the responsible units beside their ids.
 */
public enum ImportSheet {

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

	/** Written by exports beside {@code responsible} (the units' names, for people), skipped by the import. */
	public static final String RESPONSIBLE_NAME = "responsible_name";

	/** Every column's Bahasa header; the year columns' is {@code Target YYYY}. */
	private static final Map<String, String> BAHASA = Map.ofEntries(Map.entry("id", "Id"),
			Map.entry("title", "Judul"), Map.entry("number", "Nomor"), Map.entry("issuer", "Penerbit"),
			Map.entry("region", "Wilayah"), Map.entry("period_start", "Awal periode"),
			Map.entry("period_end", "Akhir periode"), Map.entry("source_file", "Berkas sumber"),
			Map.entry("name", "Nama"), Map.entry("code", "Kode"), Map.entry("level", "Tingkat"),
			Map.entry("parent", "Induk"), Map.entry("parents", "Induk"), Map.entry("document", "Dokumen"),
			Map.entry("source_ref", "Rujukan sumber"), Map.entry("kind", "Jenis"),
			Map.entry("responsible", "Penanggung jawab"), Map.entry(RESPONSIBLE_NAME, "Nama penanggung jawab"),
			Map.entry("description", "Penjelasan"), Map.entry("problems", "Masalah"), Map.entry("element", "Elemen"),
			Map.entry("satuan", "Satuan"), Map.entry("baseline", "Kondisi awal"),
			Map.entry("final_target", "Kondisi akhir"), Map.entry("formula", "Formula"),
			Map.entry("data_source", "Sumber data"), Map.entry("definition", "Definisi"),
			Map.entry("rationale", "Alasan pemilihan"), Map.entry("polarity", "Polaritas"), Map.entry("iku", "IKU"));

	/** Indicators also take one {@code target_YYYY} column per year. */
	public static final String TARGET_PREFIX = "target";

	/** Where the {@code target_YYYY} columns go in {@link #columns()}: one column per year. */
	public static final String TARGETS = "target_YYYY";

	private final String sheetName;

	private final List<String> columns;

	private final Set<String> required;

	ImportSheet(String sheetName, List<String> columns, Set<String> required) {
		this.sheetName = sheetName;
		this.columns = columns;
		this.required = required;
	}

	public String sheetName() {
		return this.sheetName;
	}

	/** Every column in the documented order; the indicators' {@link #TARGETS} stands for the year columns. */
	public List<String> columns() {
		return this.columns;
	}

	/** The required columns, in the documented order. */
	public List<String> required() {
		return this.columns.stream().filter(this.required::contains).toList();
	}

	public boolean isRequired(String column) {
		return this.required.contains(column);
	}

	public boolean knows(String column) {
		return !TARGETS.equals(column) && this.columns.contains(column);
	}

	/** A sheet a file may leave out. */
	public boolean isOptional() {
		return this == REALISASI;
	}

	public boolean hasTargets() {
		return this == INDICATORS;
	}

	/** The column of one year's target: {@code target_2025}. */
	public static String targetColumn(int year) {
		return TARGET_PREFIX + "_" + year;
	}

	/** The columns in the order the format lists them, for messages. */
	public String columnList() {
		return String.join(", ", this.columns);
	}

	/** The columns an export writes: {@link #columns()} and, after {@code responsible}, {@link #RESPONSIBLE_NAME}. */
	public List<String> exportColumns() {
		List<String> columns = new ArrayList<>();
		for (String column : this.columns) {
			columns.add(column);
			if ("responsible".equals(column)) {
				columns.add(RESPONSIBLE_NAME);
			}
		}
		return List.copyOf(columns);
	}

	/** A column exports write for people and the import skips. */
	public boolean isInformational(String column) {
		return RESPONSIBLE_NAME.equals(column) && this.columns.contains("responsible");
	}

	/**
	 * The key of a header as a file writes it, lower case with {@code _} for spaces: a Bahasa header becomes its
	 * English key ({@code kondisi_awal} is {@code baseline}); anything else is left as it is.
	 */
	public String key(String normalized) {
		String key = this.byBahasa().get(normalized);
		return key == null ? normalized : key;
	}

	private Map<String, String> byBahasa() {
		Map<String, String> keys = new HashMap<>();
		for (String column : exportColumns()) {
			String bahasa = BAHASA.get(column);
			if (bahasa != null) {
				keys.put(normalize(bahasa), column);
			}
		}
		return keys;
	}

	/** How a header is compared: lower case, runs of spaces and hyphens as one {@code _}. */
	public static String normalize(String header) {
		return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
	}

	/**
	 * The header an export writes for a column key: the key itself in English, its Bahasa header otherwise
	 * ({@code target_2026} is {@code Target 2026}). A key of no import sheet (the template's petunjuk) stays.
	 */
	public static String header(String column, boolean bahasa) {
		if (!bahasa) {
			return column;
		}
		if (column.startsWith(TARGET_PREFIX + "_")) {
			return "Target " + column.substring(TARGET_PREFIX.length() + 1);
		}
		return BAHASA.getOrDefault(column, column);
	}

	public static Optional<ImportSheet> named(String name) {
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(sheet -> sheet.sheetName.equals(wanted)).findFirst();
	}

}
