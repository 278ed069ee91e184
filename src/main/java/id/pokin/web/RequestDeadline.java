package id.pokin.web;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import graphql.ExecutionResult;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * The time limit of a GraphQL request as a whole ({@code pokin.graphql.timeout-seconds}, plus a little so that a
 * transaction's own timeout, with its clearer error, comes first). At the deadline the execution is cancelled:
 * Spring for GraphQL cancels graphql-java's execution input, and graphql-java starts no further field (no further
 * database query); the client gets the same {@code TIMEOUT} error a transaction's timeout gives, instead of Spring
 * MVC's bare 503 later while the work went on.
 */
class RequestDeadline implements WebGraphQlInterceptor {

	/** A transaction's own timeout reports first; the request's ends what is left after it. */
	private static final Duration MARGIN = Duration.ofSeconds(2);

	private final int timeoutSeconds;

	private final Duration deadline;

	RequestDeadline(int timeoutSeconds) {
		this.timeoutSeconds = timeoutSeconds;
		this.deadline = Duration.ofSeconds(timeoutSeconds).plus(MARGIN);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request)
			.timeout(this.deadline)
			.onErrorResume(TimeoutException.class, ex -> Mono.just(timedOut(request)));
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(graphql.GraphqlErrorBuilder.newError()
				.errorType(RequestTimeout.CLASSIFICATION)
				.message(RequestTimeout.message(this.timeoutSeconds))
				.extensions(java.util.Map.of("code", "TIMEOUT"))
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
