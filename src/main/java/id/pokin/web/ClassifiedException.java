package id.pokin.web;

import java.util.Map;

import graphql.ErrorClassification;

/**
 * An error the client caused and can act on: GraphQL answers it with the classification (e.g. {@code BAD_REQUEST},
 * {@code CONFLICT}), the message, and the extensions (e.g. {@code code} and {@code field}), never a stack trace.
 */
public abstract class ClassifiedException extends RuntimeException {

	protected ClassifiedException(String message) {
		super(message);
	}

	public abstract ErrorClassification classification();

	/** Machine-readable details: at least {@code code}. */
	public abstract Map<String, Object> extensions();

}
