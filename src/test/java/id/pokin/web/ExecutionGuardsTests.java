package id.pokin.web;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The result-size cap and the parse cache on a small schema of their own, where their limits are easy to reach. */
class ExecutionGuardsTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { items(n: Int!): [Item!]! } type Item { a: Int b: Int }"),
			RuntimeWiring.newRuntimeWiring()
				.type("Query", type -> type.dataFetcher("items", env -> IntStream.range(0, env.<Integer>getArgument("n"))
					.mapToObj(i -> Map.of("a", i, "b", i))
					.toList()))
				.build());

	@Test
	void aResponseOverTheValueLimitIsStoppedWithOneCodedErrorAndNoData() {
		GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).instrumentation(new ResultSizeLimit(100)).build();
		ExecutionResult tooLarge = graphQl.execute("{ items(n: 1000) { a b } }");
		assertThat((Object) tooLarge.getData()).isNull();
		assertThat(tooLarge.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("code", "RESULT_TOO_LARGE").containsEntry("limit", 100L);
			assertThat(error.getMessage()).contains("more than 100 values (pokin.graphql.max-result-values)");
			assertThat(error.getExtensions()).containsKey("localized");
		});
		// 1 + 2 x 49 = 99 values pass
		ExecutionResult underTheLimit = graphQl.execute("{ items(n: 49) { a b } }");
		assertThat(underTheLimit.getErrors()).isEmpty();
		assertThat(underTheLimit.<Map<String, List<?>>>getData().get("items")).hasSize(49);
	}

	@Test
	void theParseCacheKeepsOnlyValidDocumentsAndStaysWithinItsBytes() {
		ParsedDocumentCache cache = new ParsedDocumentCache(40_000);
		GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).preparsedDocumentProvider(cache).build();
		String invalid = "{ items(n: 1) { c } }";
		String unparsable = "{ items(n: 1) { a ";
		assertThat(errorsOf(graphQl.execute(invalid))).isNotEmpty();
		assertThat(errorsOf(graphQl.execute(unparsable))).isNotEmpty();
		assertThat(cache.size()).isZero();
		// 100 valid documents of ~1,000 characters (4,000 bytes each as weighed): about 10 fit
		for (int i = 0; i < 100; i++) {
			String valid = "{ items(n: 1) { a } } # " + i + " " + "x".repeat(1000);
			assertThat(errorsOf(graphQl.execute(valid))).isEmpty();
		}
		assertThat(cache.size()).isBetween(1L, 10L);
		String repeated = "{ items(n: 2) { b } }";
		graphQl.execute(repeated);
		assertThat(cache.holds(repeated)).isTrue();
	}

	@Test
	void aRequestPastItsDeadlineIsAnsweredWithATimeoutAndItsDatabaseWorkIsCancelled() {
		java.util.concurrent.atomic.AtomicReference<id.pokin.graph.QueryDeadline> seen = new java.util.concurrent.atomic.AtomicReference<>();
		java.util.concurrent.atomic.AtomicBoolean executionCancelled = new java.util.concurrent.atomic.AtomicBoolean();
		org.springframework.graphql.server.WebGraphQlRequest request = new org.springframework.graphql.server.WebGraphQlRequest(
				java.net.URI.create("http://localhost/graphql"), new org.springframework.http.HttpHeaders(), null,
				Map.of(), new org.springframework.graphql.support.DefaultGraphQlRequest("{ x }"), "1", null);
		// 0 s: the deadline is the margin (2 s); the execution never answers
		org.springframework.graphql.server.WebGraphQlResponse response = new RequestDeadline(0)
			.intercept(request, next -> reactor.core.publisher.Mono.deferContextual(context -> {
				seen.set(context.get(id.pokin.graph.QueryDeadline.KEY));
				return reactor.core.publisher.Mono.<org.springframework.graphql.server.WebGraphQlResponse>never()
					.doOnCancel(() -> executionCancelled.set(true));
			}))
			.block(java.time.Duration.ofSeconds(30));
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(RequestTimeout.CLASSIFICATION);
			assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT").containsKey("localized");
		});
		assertThat(executionCancelled).isTrue();
		assertThat(seen.get().isCancelled()).isTrue();
	}

	private static List<GraphQLError> errorsOf(ExecutionResult result) {
		return result.getErrors();
	}

}
