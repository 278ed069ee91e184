package id.pokin.sheet;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import id.pokin.node.Indicator.IndicatorKind;
import id.pokin.node.Indicator.Polarity;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;

/**
 * How the text of a cell is read: blanks, ids, lists of ids, years and the fixed choices of the format; and how
 * text is written into a spreadsheet cell ({@link #escapeFormula(String)}, public: every spreadsheet the application
 * writes uses it).
 */
public final class Cells {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]+");

	/** Words a planner may write in a choice column, upper-cased with spaces and hyphens as underscores. */
	public static final Choice<Level> LEVELS = new Choice<>(Map.ofEntries(Map.entry("PEMDA", Level.PEMDA),
			Map.entry("PERANGKAT_DAERAH", Level.PERANGKAT_DAERAH), Map.entry("SKPD", Level.PERANGKAT_DAERAH),
			Map.entry("OPD", Level.PERANGKAT_DAERAH), Map.entry("ASISTEN", Level.ASISTEN),
			Map.entry("BAGIAN", Level.BAGIAN), Map.entry("BIRO", Level.BAGIAN), Map.entry("BIDANG", Level.BAGIAN),
			Map.entry("SEKRETARIAT", Level.BAGIAN), Map.entry("SUBBAGIAN", Level.SUBBAGIAN),
			Map.entry("SUB_BAGIAN", Level.SUBBAGIAN), Map.entry("SEKSI", Level.SUBBAGIAN),
			Map.entry("SUBKOORDINATOR", Level.SUBBAGIAN), Map.entry("SUB_KOORDINATOR", Level.SUBBAGIAN)),
			"PEMDA, PERANGKAT_DAERAH, ASISTEN, BAGIAN, SUBBAGIAN");

	public static final Choice<NodeKind> ELEMENT_KINDS = new Choice<>(
			Map.of("TUJUAN", NodeKind.TUJUAN, "SASARAN", NodeKind.SASARAN, "KONDISI", NodeKind.KONDISI),
			"TUJUAN, SASARAN, KONDISI");

	public static final Choice<IndicatorKind> INDICATOR_KINDS = Choice.of(IndicatorKind.values());

	public static final Choice<Polarity> POLARITIES = Choice.of(Polarity.values());

	public static final Choice<Boolean> BOOLEANS = new Choice<>(
			Map.of("TRUE", true, "FALSE", false, "YA", true, "TIDAK", false), "TRUE, FALSE (YA, TIDAK)");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/**
	 * Text a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage
	 * return at the start), also behind apostrophes already there, so that escaping can always be undone.
	 */
	private static final Pattern FORMULA_LIKE = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);

	private Cells() {
	}

	/**
	 * The text without surrounding white space, or {@code null} when nothing is left. Non-breaking spaces count
	 * as white space: they come with text pasted from PDFs and Word.
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.replace('\u00A0', ' ').strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/**
	 * The text of a cell as read from a file: {@link #clean(String) cleaned}, and with the apostrophe an
	 * export put before formula-like text ({@link #escapeFormula(String)}) taken off again, so that
	 * {@code '=A1} reads {@code =A1} and {@code '- 5} reads {@code - 5}. Applied exactly once per cell (by
	 * {@link SheetRow#cell(int)}): taking off one apostrophe is not idempotent ({@code ''=A1} reads
	 * {@code '=A1}).
	 */
	public static String text(String cell) {
		String cleaned = clean(cell);
		return cleaned != null && cleaned.length() > 1 && cleaned.charAt(0) == '\''
				&& FORMULA_LIKE.matcher(cleaned).matches() ? cleaned.substring(1) : cleaned;
	}

	/**
	 * The text as an export writes it into a cell: with an apostrophe in front when it starts like a formula
	 * (OWASP's defence against CSV injection), so Excel shows it as text and never runs it. Text that starts
	 * with apostrophes followed by such a character gets one more, so {@link #text(String)} always gives the
	 * exact text back.
	 */
	public static String escapeFormula(String text) {
		return text != null && FORMULA_LIKE.matcher(text).matches() ? "'" + text : text;
	}

	/** The ids of a several-values cell, {@code ;}-separated; empty entries and repeats are dropped. */
	public static List<String> ids(String cell) {
		if (cell == null) {
			return List.of();
		}
		return Arrays.stream(cell.split(";")).map(Cells::clean).filter(id -> id != null).distinct().toList();
	}

	public static boolean isValidId(String id) {
		return ID.matcher(id).matches();
	}

	/** A plan year, or {@code null} when the text is not a four-digit year between 1900 and 2200. */
	public static Integer year(String text) {
		if (!YEAR.matcher(text).matches()) {
			return null;
		}
		int year = Integer.parseInt(text);
		return year >= 1900 && year <= 2200 ? year : null;
	}

	/** The white space and dashes a choice may be written with where its word has an underscore. */
	private static final Pattern CHOICE_SEPARATORS = Pattern.compile("[\\s-]+");

	/** The words accepted in one choice column. */
	public record Choice<E>(Map<String, E> words, String allowed) {

		static <E extends Enum<E>> Choice<E> of(E[] values) {
			Map<String, E> words = new LinkedHashMap<>();
			Arrays.stream(values).forEach(value -> words.put(value.name(), value));
			return new Choice<>(words, String.join(", ", words.keySet()));
		}

		/** The choice written in the cell, or {@code null} when it is none of the accepted words. */
		public E read(String text) {
			return this.words.get(CHOICE_SEPARATORS.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("_"));
		}

	}

}
