package id.pokin.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Names analysed as Indonesian, as the {@code element_name_id} full-text index analyses them (Lucene's
 * {@link IndonesianAnalyzer}: lower case, Indonesian stop words removed, prefixes and suffixes stemmed). A name
 * becomes its stems, each with the first word of the name it came from (for the reasons a planner reads).
 */
final class Names {

	/** Thread-safe: an analyzer hands each thread its own token stream. */
	private static final Analyzer ANALYZER = new IndonesianAnalyzer();

	private Names() {
	}

	/** The stems of a name, in order, each with the word it came from; empty for null. */
	static Map<String, String> stems(String name) {
		Map<String, String> stems = new LinkedHashMap<>();
		if (name == null || name.isBlank()) {
			return stems;
		}
		// the analyzer's tokens keep no link to the word; words are analysed one by one to keep it
		for (String word : words(name)) {
			for (String stem : analyse(word)) {
				stems.putIfAbsent(stem, word);
			}
		}
		return stems;
	}

	/**
	 * The words of a name as a full-text query: letters and digits only, lower case (Lucene's operators are upper
	 * case words), so nothing in a name can be read as query syntax; null when no word is left.
	 */
	static String query(String name, int maxWords) {
		List<String> words = new ArrayList<>();
		for (String word : words(name)) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (!words.contains(lower) && !analyse(lower).isEmpty()) {
				words.add(lower);
			}
			if (words.size() == maxWords) {
				break;
			}
		}
		return words.isEmpty() ? null : String.join(" ", words);
	}

	private static List<String> words(String name) {
		List<String> words = new ArrayList<>();
		if (name == null) {
			return words;
		}
		for (String word : name.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	private static List<String> analyse(String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = ANALYZER.tokenStream("name", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/** Cosine of the two names' stem sets, each stem weighted by its inverse frequency. */
	static double similarity(Map<String, String> a, Map<String, String> b, Map<String, Double> idf) {
		double shared = 0;
		double normA = 0;
		double normB = 0;
		for (String stem : a.keySet()) {
			double w = idf.getOrDefault(stem, 1.0);
			normA += w * w;
			if (b.containsKey(stem)) {
				shared += w * w;
			}
		}
		for (String stem : b.keySet()) {
			double w = idf.getOrDefault(stem, 1.0);
			normB += w * w;
		}
		return shared == 0 ? 0 : shared / Math.sqrt(normA * normB);
	}

	/** The candidate's words whose stems the node's name shares, at most four. */
	static String shared(Map<String, String> subject, Map<String, String> candidate) {
		List<String> words = new ArrayList<>();
		candidate.forEach((stem, word) -> {
			if (subject.containsKey(stem) && words.size() < 4) {
				words.add(word.toLowerCase(java.util.Locale.ROOT));
			}
		});
		return String.join(", ", words);
	}

}
