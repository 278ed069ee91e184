package id.pokin.web;

import java.time.Duration;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import id.pokin.graph.DataReadiness;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * What requests get while the data loads after a start ({@link DataReadiness}). Before the schema is in place (the
 * embedded database still starting) a request waits for it at most {@code pokin.startup.schema-wait}, then is told
 * the data is loading ({@code DATA_LOADING}, with a {@code retryAfterSeconds}), never answered from a database that
 * is not there. While the demo dataset is being written into a new store, GraphQL answers carry
 * {@code extensions.data: {state: LOADING}}: they are correct for what is stored so far, which is not all yet.
 */
final class DataLoading {

	static final String CODE = "DATA_LOADING";

	static final int RETRY_AFTER_SECONDS = 2;

	static final String MESSAGE = "The data is loading (the database is starting); try again in a few seconds";

	static final String MESSAGE_IN_BAHASA = "Data sedang dimuat (basis data sedang dinyalakan); coba lagi dalam beberapa detik";

	private static final Map<Object, Object> LOADING = Map.of("data", Map.of("state", "LOADING", "localized",
			Map.of("id", "Data sedang dimuat; jawaban ini belum memuat semuanya",
					"en", "The data is loading; this answer does not hold all of it yet")));

	private DataLoading() {
	}

	/** The GraphQL side: waits for the schema (without holding a thread), then marks answers while seeding. */
	static final class GraphQl implements WebGraphQlInterceptor {

		private final DataReadiness readiness;

		private final Duration wait;

		GraphQl(DataReadiness readiness, Duration wait) {
			this.readiness = readiness;
			this.wait = wait;
		}

		@Override
		public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
			if (this.readiness.isSchemaReady()) {
				return next(request, chain);
			}
			return Mono.fromFuture(this.readiness.schema())
				.timeout(this.wait)
				.then(Mono.defer(() -> next(request, chain)))
				.onErrorResume(ex -> Mono.just(loading(request)));
		}

		private Mono<WebGraphQlResponse> next(WebGraphQlRequest request, Chain chain) {
			if (!this.readiness.isSeeding()) {
				return chain.next(request);
			}
			return chain.next(request).map(response -> response.transform(builder -> builder.extensions(LOADING)));
		}

		private static WebGraphQlResponse loading(WebGraphQlRequest request) {
			ExecutionResult result = ExecutionResult.newExecutionResult()
				.addError(GraphqlErrorBuilder.newError()
					.errorType(DatabaseUnavailable.CLASSIFICATION)
					.message(MESSAGE)
					.extensions(Map.of("code", CODE, "retryAfterSeconds", RETRY_AFTER_SECONDS, "localized",
							Map.of("id", MESSAGE_IN_BAHASA, "en", MESSAGE)))
					.build())
				.build();
			return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
		}

	}

	/** The REST side (downloads, uploads): the same wait, then a 503 with {@code Retry-After}. */
	static final class Rest implements HandlerInterceptor {

		private final DataReadiness readiness;

		private final Duration wait;

		Rest(DataReadiness readiness, Duration wait) {
			this.readiness = readiness;
			this.wait = wait;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (!(handler instanceof HandlerMethod) || this.readiness.isSchemaReady()) {
				return true;
			}
			boolean ready;
			try {
				ready = this.readiness.awaitSchema(this.wait);
			}
			catch (IllegalStateException ex) {
				ready = false;
			}
			if (!ready) {
				response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
				throw new Refused();
			}
			return true;
		}

	}

	/** Answered by {@link RestErrors} as a 503 problem with the code and both languages. */
	static final class Refused extends ClassifiedException {

		Refused() {
			super(MESSAGE, MESSAGE_IN_BAHASA);
		}

		@Override
		public graphql.ErrorClassification classification() {
			return DatabaseUnavailable.CLASSIFICATION;
		}

		@Override
		public Map<String, Object> extensions() {
			return Map.of("code", CODE, "retryAfterSeconds", RETRY_AFTER_SECONDS);
		}

	}

}
