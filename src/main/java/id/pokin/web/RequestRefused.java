package id.pokin.web;

import java.util.List;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

/**
 * A request refused for its size or shape, before or while it runs: input refused ({@link RejectedInput}: a
 * {@code BAD_REQUEST} whose extensions carry {@code code}, here with the limit it hit, the message in English and
 * Bahasa) that can also stop graphql-java's execution ({@link #toAbort}).
 */
public class RequestRefused extends RejectedInput {

	/**
	 * @param code the machine-readable reason, e.g. {@code QUERY_TOO_COSTLY}
	 * @param message the English text
	 * @param messageInBahasa the same in Bahasa Indonesia
	 */
	public RequestRefused(String code, String message, String messageInBahasa) {
		super(code, message, messageInBahasa);
	}

	/** Adds a detail to the extensions (e.g. {@code limit}). */
	@Override
	public RequestRefused with(String key, Object value) {
		super.with(key, value);
		return this;
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
