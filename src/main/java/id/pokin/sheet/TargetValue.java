package id.pokin.sheet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A baseline or target as written in the document ({@code BB = 72.4}, {@code 37,5% (12 SKPD)}) and the first
 * number in it, or {@code null} when it holds none ({@code Sangat Baik (A)}).
 * <p>
 * Numbers are read the Indonesian way, since that is how the documents are written: a comma is the decimal
 * mark ({@code 72,4}) and a dot groups thousands ({@code 1.250}, {@code 1.250,5}). Dots as decimal marks are
 * common too ({@code 72.4}, {@code 100.00%}), so a single dot is read as a decimal mark unless exactly three
 * digits follow it and the part before it is one to three digits not starting with 0 ({@code 1.250} is 1250,
 * {@code 77.40} is 77.4, {@code 0.125} is 0.125). When both marks occur, the last one is the decimal mark
 * ({@code 1,250.5} is 1250.5). Several commas group thousands ({@code 1,250,000}); a percent sign is not a
 * scale ({@code 100%} is 100). Excel cells holding numbers are rendered the way Indonesian Excel shows them
 * (see {@link XlsxSheetReader}), so they read back to the same number.
 */
public record TargetValue(String raw, Double number) {

	private static final Pattern NUMBER = Pattern.compile("(?:(?<![\\p{L}\\p{N}.,])-)?\\d+(?:[.,]\\d+)*");

	/** The value of a cell, or {@code null} when the cell is empty. */
	public static TargetValue of(String cell) {
		String raw = Cells.clean(cell);
		return raw == null ? null : new TargetValue(raw, numberIn(raw));
	}

	/** The first number written in the text, or {@code null}. */
	static Double numberIn(String text) {
		Matcher matcher = NUMBER.matcher(text);
		if (!matcher.find()) {
			return null;
		}
		String token = matcher.group();
		boolean negative = token.startsWith("-");
		String digits = negative ? token.substring(1) : token;
		try {
			double value = Double.parseDouble(plain(digits));
			return negative ? -value : value;
		}
		catch (NumberFormatException ex) {
			// e.g. "1.2,3.4": separators that fit no convention
			return null;
		}
	}

	/** The number with its grouping marks removed and a dot as the decimal mark. */
	private static String plain(String digits) {
		int dots = count(digits, '.');
		int commas = count(digits, ',');
		if (dots > 0 && commas > 0) {
			boolean dotIsDecimal = digits.lastIndexOf('.') > digits.lastIndexOf(',');
			return dotIsDecimal ? digits.replace(",", "") : digits.replace(".", "").replace(',', '.');
		}
		if (commas == 1) {
			return digits.replace(',', '.');
		}
		if (commas > 1 || dots > 1 || (dots == 1 && groupsThousands(digits))) {
			return digits.replace(",", "").replace(".", "");
		}
		return digits;
	}

	private static boolean groupsThousands(String digits) {
		int dot = digits.indexOf('.');
		String before = digits.substring(0, dot);
		String after = digits.substring(dot + 1);
		return after.length() == 3 && before.length() <= 3 && before.charAt(0) != '0';
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(ch -> ch == c).count();
	}

}
