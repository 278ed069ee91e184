package id.pokin.pohonkinerja;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Document order of siblings as the decrees number them: codes compared piece by piece, numbers as numbers
 * ({@code 1.2} before {@code 1.10}), ignoring spaces and punctuation at the ends ({@code CSF 1.1} = {@code CSF1.1},
 * {@code 1.} = {@code 1}); nodes without a code after those with one; then the order in the document ({@code seq}).
 */
final class CodeOrder {

	private CodeOrder() {
	}

	static <T> Comparator<T> of(java.util.function.Function<T, String> code, java.util.function.ToLongFunction<T> seq,
			java.util.function.Function<T, String> name) {
		Comparator<T> byCode = (a, b) -> compare(code.apply(a), code.apply(b));
		return byCode.thenComparingLong(seq)
			.thenComparing(name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
	}

	static int compare(String a, String b) {
		List<Object> ka = key(a);
		List<Object> kb = key(b);
		if (ka.isEmpty() || kb.isEmpty()) {
			return Boolean.compare(ka.isEmpty(), kb.isEmpty());
		}
		for (int i = 0; i < Math.min(ka.size(), kb.size()); i++) {
			Object x = ka.get(i);
			Object y = kb.get(i);
			int c;
			if (x instanceof Long nx && y instanceof Long ny) {
				c = Long.compare(nx, ny);
			}
			else if (x instanceof Long) {
				c = -1;
			}
			else if (y instanceof Long) {
				c = 1;
			}
			else {
				c = ((String) x).compareTo((String) y);
			}
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(ka.size(), kb.size());
	}

	/** The runs of digits (as numbers) and of letters of a code; spaces and punctuation only separate them. */
	static List<Object> key(String code) {
		List<Object> key = new ArrayList<>();
		if (code == null) {
			return key;
		}
		StringBuilder run = new StringBuilder();
		boolean digits = false;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			boolean digit = Character.isDigit(c);
			if (!Character.isLetterOrDigit(c) || (run.length() > 0 && digit != digits)) {
				flush(key, run, digits);
			}
			if (Character.isLetterOrDigit(c)) {
				run.append(c);
				digits = digit;
			}
		}
		flush(key, run, digits);
		return key;
	}

	private static void flush(List<Object> key, StringBuilder run, boolean digits) {
		if (run.isEmpty()) {
			return;
		}
		String text = run.toString();
		if (digits && text.length() <= 18) {
			key.add(Long.parseLong(text));
		}
		else {
			key.add(text.toLowerCase(Locale.ROOT));
		}
		run.setLength(0);
	}

}
