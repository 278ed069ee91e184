package id.pokin.web;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;

import org.springframework.graphql.execution.ErrorType;

/**
 * Input the application refuses, with a code a client can branch on and the reason in English and Bahasa
 * Indonesia: a GraphQL {@code BAD_REQUEST}, a REST 400 ({@link RestErrors}).
 */
public class RejectedInput extends ClassifiedException {

	private final String code;

	private final Map<String, Object> details = new LinkedHashMap<>();

	/**
	 * @param code the {@code code} of the error, e.g. {@code CELL_TOO_LONG}
	 * @param message the English text
	 * @param messageInBahasa the same in Bahasa Indonesia
	 */
	public RejectedInput(String code, String message, String messageInBahasa) {
		super(message, messageInBahasa);
		this.code = code;
	}

	/** Adds a detail to the extensions (REST: to the problem's properties). */
	public RejectedInput with(String key, Object value) {
		this.details.put(key, value);
		return this;
	}

	@Override
	public ErrorClassification classification() {
		return ErrorType.BAD_REQUEST;
	}

	@Override
	public Map<String, Object> extensions() {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", this.code);
		extensions.putAll(this.details);
		return extensions;
	}

}
