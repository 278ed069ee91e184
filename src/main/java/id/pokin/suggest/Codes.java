package id.pokin.suggest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code's numbering: the numbers of {@code 1.2.3}, {@code CSF 1.1} or {@code 1.} ({@code [1, 2, 3]},
 * {@code [1, 1]}, {@code [1]}), whatever letters stand before them. A document's numbering states its hierarchy:
 * {@code 1.2} is the parent of {@code 1.2.3}, and {@code CSF 1} of {@code CSF 1.1}.
 */
record Codes(String prefix, List<Integer> numbers) {

	private static final Pattern CODE = Pattern.compile("^\\s*([\\p{L} ]*?)\\s*(\\d+(?:\\s*\\.\\s*\\d+)*)\\s*\\.?\\s*$");

	/** Null for a code without numbers, or with anything beside letters, numbers and dots. */
	static Codes of(String code) {
		if (code == null) {
			return null;
		}
		Matcher m = CODE.matcher(code);
		if (!m.matches()) {
			return null;
		}
		List<Integer> numbers = new ArrayList<>();
		for (String part : m.group(2).split("\\s*\\.\\s*")) {
			try {
				numbers.add(Integer.valueOf(part));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return new Codes(m.group(1).replace(" ", "").toLowerCase(Locale.ROOT), List.copyOf(numbers));
	}

	/**
	 * The code keys ({@code SearchText.codeKey}: letters and digits only) the codes of this one's ancestors can have,
	 * with this prefix or none: {@code 1.2.3} looks for {@code 12} and {@code 1}. A key may stand for other codes
	 * ({@code 1.23}); {@link #ancestorDepth} decides.
	 */
	Set<String> ancestorKeys() {
		Set<String> keys = new LinkedHashSet<>();
		for (int length = this.numbers.size() - 1; length >= 1; length--) {
			StringBuilder digits = new StringBuilder();
			this.numbers.subList(0, length).forEach(digits::append);
			keys.add(digits.toString());
			if (!this.prefix.isEmpty()) {
				keys.add(this.prefix + digits);
			}
		}
		return keys;
	}

	/** 1 when {@code other} is this code's parent (one number fewer, same numbers before), 2 a grandparent...; 0 if none. */
	int ancestorDepth(Codes other) {
		if (other == null || other.numbers.size() >= this.numbers.size()
				|| !this.numbers.subList(0, other.numbers.size()).equals(other.numbers)) {
			return 0;
		}
		return this.numbers.size() - other.numbers.size();
	}

	/** The code as a planner writes it, for the reasons: {@code 1.2.3}. */
	String numbering() {
		StringBuilder text = new StringBuilder();
		for (Integer number : this.numbers) {
			text.append(text.isEmpty() ? "" : ".").append(number);
		}
		return text.toString();
	}

}
