package id.pokin.web;

import java.util.regex.Pattern;

/**
 * The bounds every input meets, wherever it comes in: the GraphQL API, an import file, the command line. One place
 * defines them so that an import cannot store what the editing API refuses, and the README's Limits section lists
 * them. Sizes of whole requests (HTTP body, upload) and of pages are configuration ({@code pokin.graphql.*},
 * {@code spring.servlet.multipart.*}); these are fixed because stored data and exports rely on them.
 */
public final class InputLimits {

	/** Longest node or document id. */
	public static final int ID_MAX_LENGTH = 100;

	/** The id alphabet: letters, digits and {@code . _ : -}, 1 to {@link #ID_MAX_LENGTH} of them. */
	public static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1," + ID_MAX_LENGTH + "}");

	/** Longest short text: code, satuan, a target, baseline. */
	public static final int SHORT_TEXT_MAX_LENGTH = 200;

	/** Longest text of any other field: name, formula, definition, description, source reference. */
	public static final int TEXT_MAX_LENGTH = 4000;

	/** Longest search or filter text, in characters, checked before any query runs. */
	public static final int SEARCH_TEXT_MAX_LENGTH = 200;

	/** Most words a search or filter text may have. */
	public static final int SEARCH_TEXT_MAX_WORDS = 12;

	/** Most items a list argument (ids, years) may hold. */
	public static final int LIST_ARGUMENT_MAX_ITEMS = 500;

	/** Most errors an import reports one by one; the rest are counted. */
	public static final int IMPORT_ERRORS_REPORTED = 200;

	private InputLimits() {
	}

	/**
	 * Whether the text holds a control character other than tab, line feed and carriage return (NUL, ESC...): such
	 * text is refused, since it cannot be shown, exported to XLSX or searched.
	 */
	public static boolean hasControlCharacters(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
				return true;
			}
		}
		return false;
	}

}
