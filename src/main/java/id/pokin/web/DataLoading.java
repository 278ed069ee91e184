package id.pokin.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import id.pokin.graph.DataReadiness;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * What requests get while the data loads after a start ({@link DataReadiness}). A read waits for the database to
 * start, a write for the schema (the migrations) too, each at most {@code pokin.startup.schema-wait}; then it is told
 * the data is loading ({@code DATA_LOADING}, with a {@code retryAfterSeconds}), never answered from a database that
 * is not there. Reads answered before the schema is in place, and while the demo dataset is being written into a new
 * store, carry {@code extensions.data: {state: LOADING}}: they are correct for what is stored so far, which is not all
 * yet (a search before its full-text index exists finds nothing, {@link id.pokin.graph.IndexPending}).
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

	/**
	 * The GraphQL side: a query waits for the database to start, a mutation for the schema too (without holding a
	 * thread); answers given before the schema is in place or while the demo data is written say the data is loading.
	 */
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
			boolean read = isQuery(request);
			if (read && this.readiness.isDatabaseStarted()) {
				return next(request, chain);
			}
			return Mono.fromFuture(read ? this.readiness.database() : this.readiness.schema())
				.timeout(this.wait)
				.then(Mono.defer(() -> next(request, chain)))
				.onErrorResume(ex -> Mono.just(loading(request)));
		}

		private Mono<WebGraphQlResponse> next(WebGraphQlRequest request, Chain chain) {
			if (this.readiness.isSchemaReady() && !this.readiness.isSeeding()) {
				return chain.next(request);
			}
			boolean beforeSchema = !this.readiness.isSchemaReady();
			return chain.next(request).map(response -> {
				// a read that failed unexpectedly before the schema was in place (a query naming an index not created
				// yet) is told the data is loading, as it was when reads waited for the schema, not an internal error
				if (beforeSchema && response.getErrors().stream()
					.anyMatch(error -> error.getErrorType() == ErrorType.INTERNAL_ERROR)) {
					return loading(request);
				}
				return response.transform(builder -> builder.extensions(LOADING));
			});
		}

		/**
		 * Whether the request is a query (reads only): parsed only in the seconds before the schema is in place. A
		 * document that does not parse, or names no operation it holds, counts as a write: it waits as writes do (and
		 * is then refused by validation).
		 */
		static boolean isQuery(WebGraphQlRequest request) {
			Document document;
			try {
				document = Parser.parse(request.getDocument());
			}
			catch (RuntimeException ex) {
				return false;
			}
			List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
			String name = request.getOperationName();
			return operations.stream()
				.filter(operation -> name == null ? operations.size() == 1 : name.equals(operation.getName()))
				.findFirst()
				.map(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY)
				.orElse(false);
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

	/**
	 * The REST side: downloads ({@code GET}) wait for the database to start, uploads and other writes for the schema
	 * too; each the same bounded time, then a 503 with {@code Retry-After}.
	 */
	static final class Rest implements HandlerInterceptor {

		private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

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
			boolean read = READS.contains(request.getMethod());
			if (read && this.readiness.isDatabaseStarted()) {
				return true;
			}
			boolean ready;
			try {
				ready = await(read ? this.readiness.database() : this.readiness.schema());
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

		private boolean await(CompletableFuture<Void> step) {
			try {
				step.get(this.wait.toMillis(), TimeUnit.MILLISECONDS);
				return true;
			}
			catch (TimeoutException | ExecutionException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
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
