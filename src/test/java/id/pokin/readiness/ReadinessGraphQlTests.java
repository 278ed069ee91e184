package id.pokin.readiness;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessGraphQlTests extends GraphQlIntegrationTest {

	private static final String READINESS = """
			query($scope: ID, $year: Int) {
			  readiness(scope: $scope, year: $year) {
			    scope { id name }
			    year checkedNodes score
			    findings {
			      rule severity
			      lke { code component subComponent criterion }
			      node { __typename id kind name level }
			      message { id en }
			      evidence { key values }
			      related { id kind level }
			    }
			    byRule { rule severity count title { id en } lke { code } }
			    bySeverity { severity count }
			  }
			}
			""";

	/** The first report of a JVM plans all the rules' queries: give it more than the default 5 s on a busy machine. */
	private static final Duration SLOW = Duration.ofSeconds(60);

	private HttpGraphQlTester graphQl(Duration timeout) {
		return graphQl().mutate().responseTimeout(timeout).build();
	}

	@BeforeAll
	static void fixture() {
		TestNeo4j.load("readiness-clean.cypher", "readiness-defects.cypher");
	}

	@Test
	void theReportOfARegionOverHttp() {
		var response = graphQl(SLOW).document(READINESS).variable("scope", "rx-u-pemda").variable("year", 2024).execute();
		response.path("readiness.scope.id").entity(String.class).isEqualTo("rx-u-pemda");
		response.path("readiness.year").entity(Integer.class).isEqualTo(2024);
		response.path("readiness.checkedNodes").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThan(50));
		response.path("readiness.score").entity(Double.class).satisfies(s -> assertThat(s).isBetween(0.0, 99.9));

		String unlinked = "readiness.findings[?(@.rule == 'indicator-unlinked')]";
		response.path(unlinked + ".node.id").entityList(String.class).containsExactly("rx-d-i-unlinked");
		response.path(unlinked + ".node.__typename").entityList(String.class).containsExactly("Indikator");
		response.path(unlinked + ".severity").entityList(String.class).containsExactly("ERROR");
		response.path(unlinked + ".lke.code").entityList(String.class).containsExactly("CASCADING");
		response.path(unlinked + ".lke.component").entityList(String.class).containsExactly("Perencanaan Kinerja");
		response.path(unlinked + ".message.en").entityList(String.class)
			.containsExactly("Indicator \"Persentase arsip yang tertata\" contributes to no sasaran or condition "
					+ "(no CONTRIBUTES_TO link).");
		response.path(unlinked + ".message.id").entityList(String.class)
			.satisfies(m -> assertThat(m.get(0)).startsWith("Indikator \"Persentase arsip yang tertata\" tidak"));

		String below = "readiness.findings[?(@.rule == 'indicator-below-top')]";
		response.path(below + ".evidence[0]").entityList(Object.class)
			.containsExactly(Map.of("key", "stops", "values", List.of("rx-d-s-dangling (SASARAN, PERANGKAT_DAERAH)")));
		response.path(below + ".related[0]").entityList(Object.class)
			.containsExactly(Map.of("id", "rx-d-s-dangling", "kind", "SASARAN", "level", "PERANGKAT_DAERAH"));

		response.path("readiness.byRule[*].rule").entityList(String.class)
			.satisfies(rules -> assertThat(rules).containsExactlyElementsOf(Rules.ALL.stream().map(ReadinessRule::id).toList()));
		response.path("readiness.byRule[?(@.rule == 'unit-idle')].count").entityList(Integer.class).containsExactly(2);
		response.path("readiness.byRule[?(@.rule == 'unit-idle')].title.en").entityList(String.class)
			.containsExactly("Unit answers for nothing");
		response.path("readiness.bySeverity[*].severity").entityList(String.class).containsExactly("ERROR", "WARNING", "INFO");
		response.path("readiness.findings[0].severity").entity(String.class).isEqualTo("ERROR");
	}

	@Test
	void withoutAScopeTheWholeGraphIsChecked() {
		var response = graphQl(SLOW).document(READINESS).execute();
		response.path("readiness.scope").valueIsNull();
		response.path("readiness.year").valueIsNull();
		response.path("readiness.findings[*].node.id").entityList(String.class).contains("ry-d-i-notarget", "rx-d-i-unlinked");
	}

	@Test
	void anUnknownScopeIsNotFoundAndABadArgumentABadRequest() {
		graphQl(SLOW).document(READINESS).variable("scope", "no-such-unit").execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(e.getMessage()).isEqualTo("No node with id 'no-such-unit'");
				assertThat(e.getPath()).isEqualTo("readiness");
			});
		});
		graphQl(SLOW).document(READINESS).variable("scope", "rx-i-s1").execute().errors().satisfy(errors -> assertThat(errors)
			.singleElement()
			.satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		graphQl(SLOW).document(READINESS).variable("year", 20245).execute().errors().satisfy(errors -> assertThat(errors)
			.singleElement()
			.satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

}
