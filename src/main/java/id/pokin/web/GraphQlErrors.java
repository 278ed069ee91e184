package id.pokin.web;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import id.pokin.node.NodeNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors with a classification and a message a client can show. Anything not
 * listed falls through to Spring's default: {@code INTERNAL_ERROR} with no stack trace and no Cypher.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	private final int timeoutSeconds;

	GraphQlErrors(GraphQlExecution.Properties limits) {
		this.timeoutSeconds = limits.timeoutSeconds();
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof ClassifiedException classified) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(classified.classification())
				.message(classified.getMessage())
				.extensions(classified.extensionsWithLocalized())
				.build();
		}
		if (ex instanceof NodeNotFoundException notFound) {
			return error(env, ErrorType.NOT_FOUND, notFound.getMessage());
		}
		if (ex instanceof IllegalArgumentException && OwnText.isOurs(ex)) {
			return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
		}
		if (ex instanceof IllegalArgumentException) {
			// the JDK's or a library's words (a number that is none, bad Base64): logged, not sent
			log.warn("{}: refused {}", env.getExecutionStepInfo().getPath(), ex.toString());
			return error(env, ErrorType.BAD_REQUEST, "%s: an argument has a value that cannot be used"
				.formatted(env.getField().getName()));
		}
		if (RequestTimeout.isCause(ex)) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(RequestTimeout.CLASSIFICATION)
				.message(RequestTimeout.message(this.timeoutSeconds))
				.build();
		}
		if (DatabaseUnavailable.isCause(ex)) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(DatabaseUnavailable.CLASSIFICATION)
				.message(DatabaseUnavailable.MESSAGE)
				.build();
		}
		return null;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
	}

}
