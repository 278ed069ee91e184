package id.pokin.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import id.pokin.graph.QueryDeadline;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * The time limit of a GraphQL request as a whole ({@code pokin.graphql.timeout-seconds}, plus a little so that a
 * transaction's own timeout, with its clearer cause, reports first). The request's {@link QueryDeadline} travels
 * with it to the database code: each transaction it starts gets at most the time left. At the deadline, or when the
 * request is cancelled otherwise, the execution stops: Spring for GraphQL cancels graphql-java's execution input
 * (graphql-java starts no further field, so no further query), and the in-process reads still running are
 * terminated. The client gets the {@code TIMEOUT} error a transaction's timeout gives, instead of Spring MVC's bare
 * 503 later while the work went on.
 */
class RequestDeadline implements WebGraphQlInterceptor {

	/** A transaction's own timeout reports first; the request's ends what is left after it. */
	private static final Duration MARGIN = Duration.ofSeconds(2);

	private final int timeoutSeconds;

	private final Duration limit;

	RequestDeadline(int timeoutSeconds) {
		this.timeoutSeconds = timeoutSeconds;
		this.limit = Duration.ofSeconds(timeoutSeconds).plus(MARGIN);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return Mono.defer(() -> {
			QueryDeadline deadline = QueryDeadline.in(this.limit);
			return chain.next(request)
				.contextWrite(Context.of(QueryDeadline.KEY, deadline))
				.doOnCancel(deadline::cancel)
				.timeout(this.limit)
				.onErrorResume(TimeoutException.class, ex -> {
					deadline.cancel();
					return Mono.just(timedOut(request));
				});
		});
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.errorType(RequestTimeout.CLASSIFICATION)
				.message(RequestTimeout.message(this.timeoutSeconds))
				.extensions(Map.of("code", "TIMEOUT", "localized",
						Map.of("id", RequestTimeout.messageInBahasa(this.timeoutSeconds), "en",
								RequestTimeout.message(this.timeoutSeconds))))
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
