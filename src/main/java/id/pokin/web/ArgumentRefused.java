package id.pokin.web;

/**
 * A GraphQL argument refused before any query runs: too long a search text, too many list items, a page size below
 * 1 or over the limit, a cursor that is not one of ours. A {@code BAD_REQUEST} whose extensions carry {@code code}
 * and the {@code argument} at fault (and the limit, where there is one), the message in English and Bahasa.
 */
public class ArgumentRefused extends RequestRefused {

	/**
	 * @param code the machine-readable reason, e.g. {@code TEXT_TOO_LONG}
	 * @param argument the argument (or input field, {@code filter.text}) at fault
	 * @param message the English text
	 * @param messageInBahasa the same in Bahasa Indonesia
	 */
	public ArgumentRefused(String code, String argument, String message, String messageInBahasa) {
		super(code, message, messageInBahasa);
		with("argument", argument);
	}

	@Override
	public ArgumentRefused with(String key, Object value) {
		super.with(key, value);
		return this;
	}

}
