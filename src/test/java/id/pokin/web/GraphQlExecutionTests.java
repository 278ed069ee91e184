package id.pokin.web;

import id.pokin.support.GraphQlIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQlExecutionTests extends GraphQlIntegrationTest {

	@Test
	void aTooDeepRequestIsRefusedNamingTheLimit() {
		String deep = "{ node(id: \"x\") { " + "children { ".repeat(15) + "id" + " }".repeat(15) + " } }";
		graphQl().document(deep).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("maximum query depth exceeded")));
	}

	@Test
	void aTooComplexRequestIsRefusedNamingTheLimit() {
		StringBuilder wide = new StringBuilder("{ node(id: \"x\") { ");
		for (int i = 0; i < 501; i++) {
			wide.append("f").append(i).append(": id ");
		}
		graphQl().document(wide.append("} }").toString()).execute().errors().satisfy(errors ->
			assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("maximum query complexity exceeded")));
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
