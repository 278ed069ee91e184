package id.pokin.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

import org.springframework.graphql.execution.ErrorType;

/**
 * A request refused for its size or shape, before or while it runs: a {@code BAD_REQUEST} whose extensions carry
 * {@code code} and the limit it hit, the message in English and Bahasa.
 */
public class RequestRefused extends ClassifiedException {

	private final Map<String, Object> extensions = new LinkedHashMap<>();

	/**
	 * @param code the machine-readable reason, e.g. {@code QUERY_TOO_COSTLY}
	 * @param message the English text
	 * @param messageInBahasa the same in Bahasa Indonesia
	 */
	public RequestRefused(String code, String message, String messageInBahasa) {
		super(message, messageInBahasa);
		this.extensions.put("code", code);
	}

	/** Adds a detail to the extensions (e.g. {@code limit}). */
	public RequestRefused with(String key, Object value) {
		this.extensions.put(key, value);
		return this;
	}

	@Override
	public ErrorClassification classification() {
		return ErrorType.BAD_REQUEST;
	}

	@Override
	public Map<String, Object> extensions() {
		return Collections.unmodifiableMap(this.extensions);
	}

	/**
	 * The refusal as graphql-java's way to stop a request before or while it executes: the response then holds
	 * this one error and no data.
	 */
	public AbortExecutionException toAbort() {
		return abort(this);
	}

	static AbortExecutionException abort(ClassifiedException refused) {
		return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
			.errorType(refused.classification())
			.message(refused.getMessage())
			.extensions(refused.extensionsWithLocalized())
			.build()));
	}

}
