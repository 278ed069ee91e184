package id.pokin.web;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;

/**
 * An error the client caused and can act on: GraphQL answers it with the classification (e.g. {@code BAD_REQUEST},
 * {@code CONFLICT}), the message, and the extensions (e.g. {@code code} and {@code field}), never a stack trace.
 * <p>
 * The message is English (GraphQL clients and logs read it); where a Bahasa Indonesia text is given too, both are
 * in the extensions as {@code localized: {id, en}}, and the web UI shows the one of its language.
 */
public abstract class ClassifiedException extends RuntimeException {

	private final String messageInBahasa;

	protected ClassifiedException(String message) {
		this(message, null);
	}

	/**
	 * @param message the English text
	 * @param messageInBahasa the same in Bahasa Indonesia, or null
	 */
	protected ClassifiedException(String message, String messageInBahasa) {
		super(message);
		this.messageInBahasa = messageInBahasa;
	}

	public abstract ErrorClassification classification();

	/** Machine-readable details: at least {@code code}. */
	public abstract Map<String, Object> extensions();

	/** The message in Bahasa Indonesia, or null where only the English one exists. */
	public String messageInBahasa() {
		return this.messageInBahasa;
	}

	/** {@link #extensions()} with {@code localized: {id, en}} when the message exists in both languages. */
	public final Map<String, Object> extensionsWithLocalized() {
		Map<String, Object> all = new LinkedHashMap<>(extensions());
		if (this.messageInBahasa != null) {
			all.put("localized", Map.of("id", this.messageInBahasa, "en", getMessage()));
		}
		return all;
	}

}
