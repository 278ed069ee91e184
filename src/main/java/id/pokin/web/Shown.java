package id.pokin.web;

/**
 * A value someone sent, as an error message may quote it: at most {@link #MAX_LENGTH} characters (an id fits
 * whole, a 40,000-character name does not make a 40,000-character message) and control characters written out
 * ({@code U+001B} as a backslash, u and four hex digits), so that a message can always be shown, logged and exported.
 */
public final class Shown {

	/** An id of the longest allowed length is quoted whole. */
	public static final int MAX_LENGTH = InputLimits.ID_MAX_LENGTH;

	private Shown() {
	}

	/** The value, cut to {@link #MAX_LENGTH} characters with "…" after, control characters written out as U+ escapes. */
	public static String value(String text) {
		if (text == null) {
			return null;
		}
		boolean cut = text.length() > MAX_LENGTH;
		String kept = cut ? text.substring(0, MAX_LENGTH) : text;
		StringBuilder shown = new StringBuilder(kept.length() + 8);
		for (int i = 0; i < kept.length(); i++) {
			char c = kept.charAt(i);
			if (InputLimits.hasControlCharacters(String.valueOf(c)) || c == '\t' || c == '\n' || c == '\r') {
				shown.append("\\u%04X".formatted((int) c));
			}
			else {
				shown.append(c);
			}
		}
		return cut ? shown.append('\u2026').toString() : shown.toString();
	}

}
