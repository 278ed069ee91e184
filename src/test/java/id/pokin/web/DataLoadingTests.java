package id.pokin.web;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import id.pokin.graph.DataReadiness;
import id.pokin.graph.DataReadinessStates;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor.Chain;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

import graphql.ExecutionResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests while the data loads after a start: before the schema is in place they wait a bounded time and are then
 * told the data is loading (never answered from a database that is not there); while the demo data is written the
 * answers say so.
 */
class DataLoadingTests {

	private static final Duration WAIT = Duration.ofMillis(200);

	private final DataReadiness readiness = new DataReadiness();

	private final AtomicInteger executed = new AtomicInteger();

	private final Chain chain = request -> {
		this.executed.incrementAndGet();
		return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				ExecutionResult.newExecutionResult().data(Map.of("search", java.util.List.of())).build())));
	};

	@Test
	void beforeTheSchemaARequestWaitsBoundedThenIsToldTheDataIsLoading() {
		WebGraphQlResponse response = new DataLoading.GraphQl(this.readiness, WAIT).intercept(request(), this.chain)
			.block(Duration.ofSeconds(10));
		assertThat(this.executed).hasValue(0);
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("UNAVAILABLE");
			assertThat(error.getExtensions()).containsEntry("code", "DATA_LOADING")
				.containsEntry("retryAfterSeconds", 2)
				.containsKey("localized");
		});
	}

	@Test
	void aRequestWaitingForTheSchemaRunsOnceItIsInPlace() {
		Mono<WebGraphQlResponse> pending = new DataLoading.GraphQl(this.readiness, Duration.ofSeconds(30))
			.intercept(request(), this.chain);
		new Thread(() -> {
			sleep(100);
			DataReadinessStates.schemaReady(this.readiness);
		}).start();
		WebGraphQlResponse response = pending.block(Duration.ofSeconds(10));
		assertThat(this.executed).hasValue(1);
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.getExtensions()).isEmpty();
	}

	@Test
	void aSchemaThatCouldNotBeSetUpAnswersLoadingRatherThanRunning() {
		DataReadinessStates.schemaFailed(this.readiness, new IllegalStateException("store locked"));
		WebGraphQlResponse response = new DataLoading.GraphQl(this.readiness, WAIT).intercept(request(), this.chain)
			.block(Duration.ofSeconds(10));
		assertThat(this.executed).hasValue(0);
		assertThat(response.getErrors()).extracting(ResponseError::getExtensions)
			.allSatisfy(extensions -> assertThat(extensions).containsEntry("code", "DATA_LOADING"));
	}

	@Test
	void answersWhileTheDemoDataIsWrittenSaySoAndLaterOnesDoNot() {
		DataReadinessStates.schemaReady(this.readiness);
		DataLoading.GraphQl gate = new DataLoading.GraphQl(this.readiness, WAIT);
		DataReadinessStates.seeding(this.readiness, true);
		WebGraphQlResponse loading = gate.intercept(request(), this.chain).block(Duration.ofSeconds(10));
		assertThat(loading.getErrors()).isEmpty();
		assertThat(loading.getExtensions()).containsKey("data");
		assertThat(loading.toMap()).extractingByKey("extensions").asString().contains("state=LOADING");
		DataReadinessStates.seeding(this.readiness, false);
		WebGraphQlResponse loaded = gate.intercept(request(), this.chain).block(Duration.ofSeconds(10));
		assertThat(loaded.getExtensions()).isEmpty();
	}

	@Test
	void onceTheDatabaseHasStartedAQueryIsAnsweredBeforeTheSchemaAndSaysTheDataIsLoading() {
		DataReadinessStates.databaseStarted(this.readiness);
		WebGraphQlResponse response = new DataLoading.GraphQl(this.readiness, WAIT).intercept(request(), this.chain)
			.block(Duration.ofSeconds(10));
		assertThat(this.executed).hasValue(1);
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.toMap()).extractingByKey("extensions").asString().contains("state=LOADING");
	}

	@Test
	void aReadThatFailsUnexpectedlyBeforeTheSchemaIsToldTheDataIsLoading() {
		DataReadinessStates.databaseStarted(this.readiness);
		Chain failing = request -> Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(
				request.toExecutionInput(), ExecutionResult.newExecutionResult()
					.addError(graphql.GraphqlErrorBuilder.newError()
						.errorType(org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR)
						.message("no such index")
						.build())
					.build())));
		WebGraphQlResponse response = new DataLoading.GraphQl(this.readiness, WAIT).intercept(request(), failing)
			.block(Duration.ofSeconds(10));
		assertThat(response.getErrors()).extracting(ResponseError::getExtensions)
			.allSatisfy(extensions -> assertThat(extensions).containsEntry("code", "DATA_LOADING"));
	}

	@Test
	void aMutationWaitsForTheSchemaEvenOnceTheDatabaseHasStarted() {
		DataReadinessStates.databaseStarted(this.readiness);
		DataLoading.GraphQl gate = new DataLoading.GraphQl(this.readiness, WAIT);
		WebGraphQlResponse refused = gate.intercept(request("mutation { updateElement(id: \"x\", version: 1, input: {}) { id } }", null), this.chain)
			.block(Duration.ofSeconds(10));
		assertThat(this.executed).hasValue(0);
		assertThat(refused.getErrors()).extracting(ResponseError::getExtensions)
			.allSatisfy(extensions -> assertThat(extensions).containsEntry("code", "DATA_LOADING"));
		// the operation the request names decides; a document that does not parse waits as a write
		assertThat(DataLoading.GraphQl.isQuery(request("query A { search(text: \"x\") { id } } mutation B { x }", "A"))).isTrue();
		assertThat(DataLoading.GraphQl.isQuery(request("query A { search(text: \"x\") { id } } mutation B { x }", "B"))).isFalse();
		assertThat(DataLoading.GraphQl.isQuery(request("{ search(text: ", null))).isFalse();
		DataReadinessStates.schemaReady(this.readiness);
		WebGraphQlResponse answered = gate.intercept(request("mutation { x }", null), this.chain).block(Duration.ofSeconds(10));
		assertThat(this.executed).hasValue(1);
		assertThat(answered.getExtensions()).isEmpty();
	}

	@Test
	void restReadsGoOnceTheDatabaseHasStartedWritesWaitForTheSchema() throws Exception {
		DataReadinessStates.databaseStarted(this.readiness);
		DataLoading.Rest gate = new DataLoading.Rest(this.readiness, WAIT);
		HandlerMethod handler = new HandlerMethod(this, DataLoadingTests.class.getDeclaredMethod("request"));
		assertThat(gate.preHandle(new MockHttpServletRequest("GET", "/api/export"), new MockHttpServletResponse(), handler))
			.isTrue();
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThatThrownBy(() -> gate.preHandle(new MockHttpServletRequest("POST", "/api/import"), response, handler))
			.isInstanceOf(DataLoading.Refused.class);
		assertThat(response.getHeader("Retry-After")).isEqualTo("2");
	}

	@Test
	void restRequestsBeforeTheSchemaWaitBoundedThenGetA503WithRetryAfter() throws Exception {
		DataLoading.Rest gate = new DataLoading.Rest(this.readiness, WAIT);
		HandlerMethod handler = new HandlerMethod(this, DataLoadingTests.class.getDeclaredMethod("request"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThatThrownBy(() -> gate.preHandle(new MockHttpServletRequest(), response, handler))
			.isInstanceOfSatisfying(DataLoading.Refused.class, refused -> {
				assertThat(refused.classification().toString()).isEqualTo("UNAVAILABLE");
				assertThat(refused.extensionsWithLocalized()).containsEntry("code", "DATA_LOADING").containsKey("localized");
			});
		assertThat(response.getHeader("Retry-After")).isEqualTo("2");
		// static resources and the like never wait
		assertThat(gate.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object())).isTrue();
		DataReadinessStates.schemaReady(this.readiness);
		assertThat(gate.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), handler)).isTrue();
	}

	private WebGraphQlRequest request() {
		return request("{ search(text: \"x\") { id } }", null);
	}

	private static WebGraphQlRequest request(String document, String operationName) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("query", document);
		if (operationName != null) {
			body.put("operationName", operationName);
		}
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), null, null, Map.of(),
				body, "1", null);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
