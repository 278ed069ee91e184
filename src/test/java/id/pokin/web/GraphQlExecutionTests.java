package id.pokin.web;

import java.util.List;
import java.util.Map;

import graphql.introspection.Introspection;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.RunningApp;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQlExecutionTests extends GraphQlIntegrationTest {

	@Autowired
	private ApplicationContext context;

	@Test
	void aTooDeepRequestIsRefusedNamingTheLimit() {
		String deep = "{ node(id: \"x\") { " + "children { ".repeat(15) + "id" + " }".repeat(15) + " } }";
		graphQl().document(deep).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("maximum query depth exceeded: 17 > 15 (pokin.graphql.max-depth)")));
	}

	@Test
	void aTooDeepRequestIsCoded() {
		String deep = "{ node(id: \"x\") { " + "children { ".repeat(15) + "id" + " }".repeat(15) + " } }";
		graphQl().document(deep).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(e -> assertRefused(e, "QUERY_TOO_DEEP")));
	}

	/** The example: 50 aliases of a 500-row page, each row walking parents and children six times. */
	@Test
	void aQueryWhoseListsMultiplyPastTheCostLimitIsRefusedBeforeItRuns() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 50; i++) {
			query.append(" a").append(i).append(": indicators(first: 500) { edges { node { parents { children { parents ")
				.append("{ children { parents { children { id } } } } } } } } }");
		}
		String document = query.append(" }").toString();
		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			graphQl().document(document).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> {
					assertRefused(e, "QUERY_TOO_COSTLY");
					assertThat(e.getMessage()).contains("over the limit of 100000 (pokin.graphql.max-cost)");
					assertThat(((Number) e.getExtensions().get("cost")).longValue()).isGreaterThan(1_000_000_000L);
					assertThat(e.getExtensions()).containsEntry("limit", 100000);
				}));
			// a figure for the report, not an assertion: the abuse suite times refusals against a running app
			System.out.printf("the issue's 50-alias query refused in %.1f ms (request %d)%n",
					(System.nanoTime() - started) / 1e6, i + 1);
		}
	}

	@Test
	void theCostCountsAliasesAndPageSizes() {
		// 500 rows of one field each: cheap; 30 aliases of them: 30 x (1 + 1 + 500 x 2) = 30,060 is still under the limit
		String page = "indicators(first: 500) { edges { node { id } } }";
		graphQl().document("{ " + "x: " + page + " }").execute().errors().verify();
		StringBuilder aliases = new StringBuilder("{");
		for (int i = 0; i < 30; i++) {
			aliases.append(" a").append(i).append(": ").append(page);
		}
		graphQl().document(aliases.append(" }").toString()).execute().errors().verify();
		// three levels of unpaged lists (fan-out 10) under each row: 500 x 10 x 10 x 10
		graphQl().document("{ indicators(first: 500) { edges { node { parents { children { parents { id } } } } } } }")
			.execute().errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertRefused(e, "QUERY_TOO_COSTLY")));
	}

	/**
	 * The web UI's heaviest queries (frontend/js/pages), at their largest: each must pass the limits. Unknown ids give
	 * NOT_FOUND, which is fine here: only a refusal before execution would be BAD_REQUEST.
	 */
	@Test
	void theWebUisQueriesPassTheLimits() {
		String node = "id kind code name level";
		// cascade.js: impact of several tops in one request, with the details fragment
		StringBuilder impacts = new StringBuilder("query(");
		StringBuilder fields = new StringBuilder();
		for (int i = 0; i < 25; i++) {
			impacts.append(i == 0 ? "" : ", ").append("$i").append(i).append(": ID!");
			fields.append("r").append(i).append(": impact(id: $i").append(i)
				.append(") { root { ...F } nodes { node { ...F } parentIds } truncated }\n");
		}
		List<String> queries = List.of(
				impacts + ") {\n" + fields + "}\nfragment F on Node { " + node
						+ " responsibleUnits { id name } ... on Indikator { satuan targets { year raw value } } }",
				// node.js
				"query($id: ID!) { node(id: $id) { " + node + " version source { document ref } parents { " + node
						+ " } children { " + node + " } responsibleUnits { " + node + " } ... on Tujuan { description problems } "
						+ "... on Indikator { satuan iku indicatorKind polarity baseline { raw value } finalTarget { raw value } "
						+ "targets { year raw value } formula dataSource definition rationale } "
						+ "... on Unit { responsibleFor { " + node + " } topElements { " + node
						+ " } counts { units tujuan sasaran kondisi indikator } } } }",
				// overview.js: a page of 20 regions with their perangkat daerah
				"query($after: String) { units(filter: { level: PEMDA }, first: 20, after: $after) { edges { node { id name "
						+ "counts { units tujuan sasaran kondisi indikator } topElements { id kind code name level } "
						+ "children { id name level ... on Unit { counts { units tujuan sasaran kondisi indikator } "
						+ "topElements { id kind code name level } } } } } pageInfo { hasNextPage endCursor } } }",
				// readiness.js: the report with its first 100 findings, and the scope picker
				"query($scope: ID, $year: Int, $first: Int) { readiness(scope: $scope, year: $year) { scope { " + node
						+ " } year checkedNodes score findings(first: $first) { edges { cursor node { rule severity node { "
						+ node + " responsibleUnits { id name } } message { id en } evidence { key values } related { " + node
						+ " } } } pageInfo { hasNextPage } } byRule { rule severity count title { id en } lke { component "
						+ "subComponent criterion } } bySeverity { severity count } } }",
				"query($after: String) { units(filter: { level: PEMDA }, first: 100, after: $after) { edges { node { id name "
						+ "children { id name } } } pageInfo { hasNextPage endCursor } } }",
				// trace.js, search.js, node.js history
				"query($id: ID!) { node(id: $id) { id kind code name level responsibleUnits { id name } ... on Indikator "
						+ "{ satuan targets { year raw } } } trace(id: $id) { nodes { id kind code name level responsibleUnits "
						+ "{ id name } } top { id } } }",
				"query($text: String!, $first: Int) { search(text: $text, first: $first) { " + node
						+ " responsibleUnits { name } } }",
				"query($id: ID!) { history(id: $id, first: 20) { edges { node { at user action version fields { field "
						+ "before after } } } pageInfo { hasNextPage } } }");
		Map<String, Object> variables = new java.util.HashMap<>();
		for (int i = 0; i < 25; i++) {
			variables.put("i" + i, "no-such-node");
		}
		variables.put("id", "no-such-node");
		variables.put("first", 100);
		variables.put("text", "pendidikan dasar");
		for (String query : queries) {
			graphQl().document(query).variables(variables).execute().errors()
				.satisfy(errors -> assertThat(errors).as(query).noneMatch(e -> e.getErrorType() == ErrorType.BAD_REQUEST));
		}
	}

	@Test
	void searchAndFilterTextOverTheLimitsIsRefusedBeforeAnyQuery() {
		String longText = "a".repeat(InputLimits.SEARCH_TEXT_MAX_LENGTH + 1);
		String manyWords = "kata ".repeat(1100);
		String thirteenWords = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas duabelas tigabelas";
		for (String text : List.of(longText, manyWords)) {
			graphQl().document("query($t: String!) { search(text: $t) { id } }").variable("t", text).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertRefused(e, "TEXT_TOO_LONG");
					assertThat(e.getExtensions()).containsEntry("argument", "text")
						.containsEntry("limit", InputLimits.SEARCH_TEXT_MAX_LENGTH);
				}));
		}
		graphQl().document("query($t: String!) { search(text: $t) { id } }").variable("t", thirteenWords).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertRefused(e, "TOO_MANY_WORDS");
				assertThat(e.getMessage()).contains("at most 12 words, this one has 13");
			}));
		for (String list : List.of("elements", "indicators", "units")) {
			graphQl().document("query($t: String) { " + list + "(filter: { text: $t }) { edges { cursor } } }")
				.variable("t", manyWords).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertRefused(e, "TEXT_TOO_LONG");
					assertThat(e.getExtensions()).containsEntry("argument", "filter.text");
				}));
		}
		// at the limits, nothing is refused
		graphQl().document("query($t: String!) { search(text: $t) { id } }")
			.variable("t", "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas duabelas").execute()
			.errors().verify();
	}

	@Test
	void aListArgumentOverTheLimitIsRefusedBeforeItRuns() {
		List<String> ids = java.util.stream.IntStream.rangeClosed(0, InputLimits.LIST_ARGUMENT_MAX_ITEMS)
			.mapToObj(i -> "x" + i).toList();
		graphQl("admin").document("""
				mutation($ids: [ID!]) { createElement(input: { kind: TUJUAN, name: "x", level: PEMDA, contributesTo: $ids }) { id } }
				""").variable("ids", ids).execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertRefused(e, "LIST_TOO_LONG");
				assertThat(e.getExtensions()).containsEntry("argument", "input.contributesTo")
					.containsEntry("limit", InputLimits.LIST_ARGUMENT_MAX_ITEMS);
			}));
		graphQl().document("{ search(text: \"x\") { id } }").execute().path("search").hasValue();
	}

	@Test
	void aNegativePageSizeIsRefusedAsZeroIs() {
		for (int first : List.of(-5, 0, 501)) {
			graphQl().document("{ indicators(first: " + first + ") { edges { cursor } } }").execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertRefused(e, "PAGE_SIZE_OUT_OF_RANGE");
					assertThat(e.getMessage()).isEqualTo("indicators: 'first' must be between 1 and 500 "
							+ "(pokin.graphql.max-page-size), was " + first);
					assertThat(e.getExtensions()).containsEntry("argument", "first");
				}));
		}
	}

	@Test
	void aBadCursorIsABadRequestNamingTheArgument() {
		for (String cursor : List.of("not-a-cursor", "!!!", "T18xMA==")) {
			graphQl().document("query($c: String) { indicators(first: 5, after: $c) { edges { cursor } } }")
				.variable("c", cursor).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertRefused(e, "INVALID_CURSOR");
					assertThat(e.getExtensions()).containsEntry("argument", "after");
					assertThat(e.getMessage()).doesNotContain("base64", "Illegal");
				}));
		}
	}

	@Test
	void aRefusedOrInvalidDocumentIsNotKeptInTheParseCache() {
		ParsedDocumentCache cache = this.context.getBean(ParsedDocumentCache.class);
		String invalid = "{ search(text: \"x\") { noSuchField } } # " + "x".repeat(1000);
		String unparsable = "{ search(text: " + "[".repeat(500);
		String valid = "{ search(text: \"cache\") { id } } # kept";
		graphQl().document(invalid).execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty());
		graphQl().document(unparsable).execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty());
		graphQl().document(valid).execute().errors().verify();
		assertThat(cache.holds(invalid)).isFalse();
		assertThat(cache.holds(unparsable)).isFalse();
		assertThat(cache.holds(valid)).isTrue();
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413AndAProblemDetail() {
		String query = "{ search(text: \"x\") { id } }";
		String body = "{\"query\": \"" + query.replace("\"", "\\\"") + "\", \"variables\": {\"pad\": \""
				+ "x".repeat(300 * 1024) + "\"}}";
		http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isEqualTo(413)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(413)
			.jsonPath("$.code").isEqualTo("BODY_TOO_LARGE")
			.jsonPath("$.limit").isEqualTo(256 * 1024)
			.jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("256 KB", "pokin.graphql.max-body-size"))
			.jsonPath("$.localized.id").value(text -> assertThat((String) text).startsWith("Isi permintaan melebihi batas"));
		// sent in chunks, without a length
		http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.body(reactor.core.publisher.Flux.just(body.substring(0, 1000), body.substring(1000)), String.class).exchange()
			.expectStatus().isEqualTo(413)
			.expectBody().jsonPath("$.code").isEqualTo("BODY_TOO_LARGE");
		// a chunked body under the limit still reaches GraphQL
		http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.body(reactor.core.publisher.Flux.just("{\"query\": \"{ search(text: ", "\\\"x\\\") { id } }\"}"), String.class)
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.data.search").isArray();
	}

	private static void assertRefused(ResponseError error, String code) {
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getExtensions()).containsEntry("code", code).containsKey("localized");
		@SuppressWarnings("unchecked")
		Map<String, String> localized = (Map<String, String>) error.getExtensions().get("localized");
		assertThat(localized.get("en")).isEqualTo(error.getMessage());
		assertThat(localized.get("id")).isNotBlank().isNotEqualTo(error.getMessage());
	}

	@Test
	void introspectionAndGraphiQlCanBeSwitchedOffForProduction() {
		try (RunningApp app = RunningApp.start(Map.of("NEO4J_URI", TestNeo4j.boltUri(), "pokin.dataset.load-on-empty",
				"false", "spring.graphql.schema.introspection.enabled", "false", "pokin.graphiql.enabled", "false"))) {
			app.graphQl().document("{ __schema { queryType { name } } }").execute().errors()
				.satisfy(errors -> assertThat(errors).isNotEmpty());
			app.graphQl().document("{ search(text: \"x\") { id } }").execute().path("search").hasValue();
			app.http().get().uri("/graphiql").exchange().expectStatus().isNotFound();
			app.http().get().uri("/graphiql.html").exchange().expectStatus().isNotFound();
			app.http().get().uri("/").exchange().expectStatus().isOk();
		}
		finally {
			// Boot switches introspection off through graphql-java's JVM-wide flag: the other tests' apps need it on
			Introspection.enabledJvmWide(true);
		}
		http().get().uri("/graphiql").exchange().expectStatus().isOk();
		graphQl().document("{ __schema { queryType { name } } }").execute().path("__schema.queryType.name").hasValue();
	}

	@Test
	void aTransactionTimeoutIsReportedAsTheLimitItHit() {
		assertThat(RequestTimeout.isCause(new RuntimeException(new ClientException(
				"Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out")))).isTrue();
		assertThat(RequestTimeout.isCause(new ClientException("Neo.ClientError.Statement.SyntaxError", "x"))).isFalse();
		assertThat(RequestTimeout.message(30)).contains("30 s", "pokin.graphql.timeout-seconds");
	}

	@Test
	void introspectionAsGraphiQlSendsItStillWorks() {
		graphQl().document("""
				query IntrospectionQuery { __schema { queryType { name } types { ...FullType } } }
				fragment FullType on __Type { kind name fields(includeDeprecated: true) { name type { ...TypeRef } } }
				fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name
				  ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
				""").execute().errors().verify();
	}

	@Test
	void aCachedDocumentIsStillCheckedAgainstTheLimitsOnEveryRequest() {
		String deep = "{ node(id: \"x\") { " + "children { ".repeat(15) + "id" + " }".repeat(15) + " } }";
		for (int i = 0; i < 2; i++) {
			graphQl().document(deep).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("maximum query depth exceeded")));
		}
	}


	@Test
	void aRequestTooDeepThroughFragmentsIsRefusedWithItsDepth() {
		String deep = """
				query { node(id: "x") { ...Deep } }
				fragment Deep on Node { children { ... on Node { %s id %s } } }
				""".formatted("children { ".repeat(14), " }".repeat(14));
		graphQl().document(deep).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("maximum query depth exceeded: 17 > 15 (pokin.graphql.max-depth)")));
	}

	@Test
	void aDeepPartLeftOutByItsConditionDoesNotCount() {
		// deep by its text, not as it runs: the exact check decides (the text's depth only lets shallow requests pass)
		String deep = "query($deep: Boolean!) { node(id: \"x\") { id children @include(if: $deep) { "
				+ "children { ".repeat(15) + "id" + " }".repeat(15) + " } } }";
		graphQl().document(deep).variable("deep", false).execute().errors().satisfy(errors -> assertThat(errors)
			.noneMatch(e -> e.getMessage().contains("maximum query depth exceeded")));
		graphQl().document(deep).variable("deep", true).execute().errors().satisfy(errors -> assertThat(errors)
			.singleElement()
			.satisfies(e -> assertRefused(e, "QUERY_TOO_DEEP")));
	}

	@Test
	void theDepthOfATextCountsFieldsThroughFragmentsOnce() {
		graphql.language.Document document = graphql.parser.Parser.parse("""
				query { a { ...F ... on T { b { c } } } }
				fragment F on T { d { ...G } e }
				fragment G on T { f { g } }
				fragment Loop on T { h { ...Loop } }
				""");
		Map<String, graphql.language.FragmentDefinition> fragments = new java.util.HashMap<>();
		document.getDefinitionsOfType(graphql.language.FragmentDefinition.class)
			.forEach(f -> fragments.put(f.getName(), f));
		graphql.language.OperationDefinition operation = document
			.getDefinitionsOfType(graphql.language.OperationDefinition.class).get(0);
		assertThat(QueryDepthLimit.textDepth(operation.getSelectionSet(), fragments)).isEqualTo(4);
		assertThat(QueryDepthLimit.textDepth(fragments.get("Loop").getSelectionSet(), fragments))
			.isEqualTo(Integer.MAX_VALUE);
	}

}
