package id.pokin.editing;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;
import id.pokin.web.ClassifiedException;

/** An edit refused before anything was written; the transaction rolls back. */
class EditException extends ClassifiedException {

	private final EditError error;

	private final Map<String, Object> details = new LinkedHashMap<>();

	EditException(EditError error, String field, String message) {
		this(error, field, message, null);
	}

	/** @param messageInBahasa the same message in Bahasa Indonesia, or null */
	EditException(EditError error, String field, String message, String messageInBahasa) {
		super(message, messageInBahasa);
		this.error = error;
		if (field != null) {
			this.details.put("field", field);
		}
	}

	EditException with(String key, Object value) {
		this.details.put(key, value);
		return this;
	}

	EditError error() {
		return this.error;
	}

	@Override
	public ErrorClassification classification() {
		return this.error.classification();
	}

	@Override
	public Map<String, Object> extensions() {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", this.error.name());
		extensions.putAll(this.details);
		return extensions;
	}

}
