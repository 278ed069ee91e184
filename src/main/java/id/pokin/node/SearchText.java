package id.pokin.node;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.pokin.web.ArgumentRefused;
import id.pokin.web.InputLimits;

/**
 * What a user typed into search, turned into a safe Lucene query for the {@code node_search} full-text
 * index: case, extra spaces and punctuation are ignored, every word must match (the last one as a prefix,
 * for type-ahead), and a code typed with or without spaces ({@code CSF 1.1}, {@code csf1.1}) matches the
 * compact code key. Only letters, digits and inner dots survive, so no Lucene syntax can be injected.
 */
public record SearchText(List<String> words, String codeKey) {

	/** Most results {@code search} returns at once ({@code first}). */
	public static final int MAX_RESULTS = 100;

	/** The separators of {@link #nameKey}: the characters the duplicate rules' Cypher splits names at. */
	private static final Pattern NAME_SEPARATORS = Pattern
		.compile("[.,;:!?()\\[\\]{}\"'`/\\\\\\-\u2013\u2014_&%+*=<>#|\t\n\r ]");

	/** What {@link #codeKey} drops; compiled once, as an import computes a key for every row. */
	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

	public static SearchText of(String text) {
		String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
		List<String> words = Arrays.stream(lower.split("[^\\p{L}\\p{N}.]+"))
			.map(w -> w.replaceAll("^\\.+|\\.+$", ""))
			.filter(w -> !w.isEmpty())
			.toList();
		return new SearchText(words, codeKey(lower));
	}

	/**
	 * Refuses a search or filter text over {@link InputLimits#SEARCH_TEXT_MAX_LENGTH} characters or
	 * {@link InputLimits#SEARCH_TEXT_MAX_WORDS} words, before any query runs: the full-text index's work grows with
	 * every word, and 400,000 of them ran the server out of memory. The length is checked first, so an over-long
	 * text is never split.
	 *
	 * @param argument the argument that holds it, for the error ({@code text}, {@code filter.text})
	 * @param text what was typed; null passes
	 */
	public static void check(String argument, String text) {
		if (text == null) {
			return;
		}
		if (text.length() > InputLimits.SEARCH_TEXT_MAX_LENGTH) {
			throw new ArgumentRefused("TEXT_TOO_LONG", argument,
					"%s: a search text may have at most %d characters, this one has %d".formatted(argument,
							InputLimits.SEARCH_TEXT_MAX_LENGTH, text.length()),
					"%s: teks pencarian paling banyak %d karakter, teks ini %d karakter".formatted(argument,
							InputLimits.SEARCH_TEXT_MAX_LENGTH, text.length()))
				.with("limit", InputLimits.SEARCH_TEXT_MAX_LENGTH);
		}
		int words = of(text).words().size();
		if (words > InputLimits.SEARCH_TEXT_MAX_WORDS) {
			throw new ArgumentRefused("TOO_MANY_WORDS", argument,
					"%s: a search text may have at most %d words, this one has %d".formatted(argument,
							InputLimits.SEARCH_TEXT_MAX_WORDS, words),
					"%s: teks pencarian paling banyak %d kata, teks ini %d kata".formatted(argument,
							InputLimits.SEARCH_TEXT_MAX_WORDS, words))
				.with("limit", InputLimits.SEARCH_TEXT_MAX_WORDS);
		}
	}

	/** The compact form codes are also indexed under: letters and digits only. */
	public static String codeKey(String code) {
		return code == null ? null : NOT_LETTER_OR_DIGIT.matcher(code.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	/**
	 * A name as the duplicate rules compare names: lower case, split at punctuation and white space, the words
	 * joined by one space; {@code null} when no word is left. Stored with every node ({@code nameKey}) so that the
	 * rules group by it; they compute the same key in Cypher for a node without one.
	 */
	public static String nameKey(String name) {
		if (name == null) {
			return null;
		}
		String key = Arrays.stream(NAME_SEPARATORS.split(name.toLowerCase(Locale.ROOT)))
			.filter(word -> !word.isEmpty())
			.collect(Collectors.joining(" "))
			.strip();
		return key.isEmpty() ? null : key;
	}

	public boolean isBlank() {
		return this.words.isEmpty();
	}

	/** The query for {@code db.index.fulltext.queryNodes('node_search', ...)}; only letters, digits and dots of the input. */
	public String luceneQuery() {
		String allWords = this.words.stream().map(w -> w + "*").collect(Collectors.joining(" AND "));
		return this.codeKey.isEmpty() ? allWords : "(" + allWords + ") OR codeKey:" + this.codeKey + "*";
	}

}
