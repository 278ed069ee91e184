package id.pokin.export;

import java.util.Locale;

import id.pokin.sheet.ImportSheet;

/**
 * How an export is written: the headers' language and, for CSV, the separator. The format and the column keys
 * are the same either way, so any of them imports again.
 *
 * @param bahasa Bahasa Indonesia headers ({@code Kondisi awal}), or the English keys ({@code baseline})
 * @param separator {@code ,} (RFC 4180) or {@code ;}, which Excel in an Indonesian locale splits on; a
 * semicolon file also starts with a byte order mark, so that Excel reads it as UTF-8
 */
record ExportOptions(boolean bahasa, char separator) {

	/** The canonical form, the format's own words: English keys, commas. */
	static final ExportOptions CANONICAL = new ExportOptions(false, ',');

	/** What a download gets unless it asks otherwise: Bahasa headers, commas. */
	static final ExportOptions DOWNLOAD = new ExportOptions(true, ',');

	/**
	 * From a download's parameters.
	 * @param lang {@code id} (or none) or {@code en}
	 * @param sep {@code comma} (or none, or {@code ,}) or {@code semicolon} (or {@code ;})
	 * @throws IllegalArgumentException for anything else
	 */
	static ExportOptions of(String lang, String sep) {
		String language = lang == null || lang.isBlank() ? "id" : lang.strip().toLowerCase(Locale.ROOT);
		if (!language.equals("id") && !language.equals("en")) {
			throw new IllegalArgumentException("Unknown language '" + lang + "': use id or en");
		}
		String separator = sep == null || sep.isBlank() ? "comma" : sep.strip().toLowerCase(Locale.ROOT);
		char c = switch (separator) {
			case "comma", "," -> ',';
			case "semicolon", ";" -> ';';
			default -> throw new IllegalArgumentException("Unknown separator '" + sep + "': use comma or semicolon");
		};
		return new ExportOptions(language.equals("id"), c);
	}

	/** The header a column key is written as. */
	String header(String column) {
		return ImportSheet.header(column, this.bahasa);
	}

}
