package id.pokin.web;

import java.util.Map;

import graphql.introspection.Introspection;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.RunningApp;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQlExecutionTests extends GraphQlIntegrationTest {

	@Test
	void aTooDeepRequestIsRefusedNamingTheLimit() {
		String deep = "{ node(id: \"x\") { " + "children { ".repeat(15) + "id" + " }".repeat(15) + " } }";
		graphQl().document(deep).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("maximum query depth exceeded: 17 > 15 (pokin.graphql.max-depth)")));
	}

	@Test
	void aTooComplexRequestIsRefusedNamingTheLimit() {
		StringBuilder wide = new StringBuilder("{ node(id: \"x\") { ");
		for (int i = 0; i < 501; i++) {
			wide.append("f").append(i).append(": id ");
		}
		graphQl().document(wide.append("} }").toString()).execute().errors().satisfy(errors ->
			assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("maximum query complexity exceeded").contains("(pokin.graphql.max-complexity)")));
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

}
