package id.pokin.readiness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessGraphQlTests extends GraphQlIntegrationTest {

	private static final String READINESS = """
			query($scope: ID, $year: Int) {
			  readiness(scope: $scope, year: $year) {
			    scope { id name }
			    year checkedNodes score
			    findings(first: 500) {
			      edges { cursor node {
			        rule severity
			        lke { code component subComponent criterion }
			        node { __typename id kind name level }
			        title { id en }
			        message { id en }
			        howToFix { id en }
			        evidence { key values label { id en } value { id en } }
			        related { id kind level }
			        affected { id }
			        affectedCount
			      } }
			      pageInfo { hasNextPage hasPreviousPage endCursor }
			    }
			    byRule { rule severity count title { id en } lke { code } }
			    bySeverity { severity count }
			  }
			}
			""";

	@Autowired
	ReadinessService service;

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

		String unlinked = "readiness.findings.edges[?(@.node.rule == 'indicator-unlinked')].node";
		response.path(unlinked + ".node.id").entityList(String.class).containsExactly("rx-d-i-unlinked");
		response.path(unlinked + ".node.__typename").entityList(String.class).containsExactly("Indikator");
		response.path(unlinked + ".severity").entityList(String.class).containsExactly("ERROR");
		response.path(unlinked + ".lke.code").entityList(String.class).containsExactly("CASCADING");
		response.path(unlinked + ".lke.component").entityList(String.class).containsExactly("Perencanaan Kinerja");
		response.path(unlinked + ".message.en").entityList(String.class)
			.satisfies(m -> assertThat(m.get(0)).endsWith("indicator \"Persentase arsip yang tertata\" contributes to no "
					+ "objective or condition: it has no parent."));
		response.path(unlinked + ".message.id").entityList(String.class)
			.satisfies(m -> assertThat(m.get(0)).startsWith("Indikator ").contains("\"Persentase arsip yang tertata\" tidak"));
		response.path(unlinked + ".howToFix.id").entityList(String.class)
			.satisfies(m -> assertThat(m.get(0)).contains("'Hubungkan ke induk'"));
		response.path(unlinked + ".howToFix.en").entityList(String.class)
			.satisfies(m -> assertThat(m.get(0)).contains("'Link to parent'"));
		response.path(unlinked + ".evidence[0].label.id").entityList(String.class).containsExactly("Unit penanggung jawab");

		// one finding where the chain stops, with the indicators below it
		String below = "readiness.findings.edges[?(@.node.rule == 'indicator-below-top')].node";
		response.path(below + ".node.id").entityList(String.class).containsExactly("rx-d-s-dangling");
		response.path(below + ".affected[*].id").entityList(String.class).containsExactly("rx-d-i-dangling");
		response.path(below + ".affectedCount").entityList(Integer.class).containsExactly(1);
		response.path(below + ".evidence[0]").entityList(Object.class)
			.containsExactly(Map.of("key", "affectedCount", "values", List.of("1"),
					"label", Map.of("id", "Jumlah indikator terdampak", "en", "Indicators affected"),
					"value", Map.of("id", "1", "en", "1")));
		response.path("readiness.findings.edges[?(@.node.rule == 'element-unmeasured')].node.title.id")
			.entityList(String.class).contains("Sasaran Subbagian tanpa indikator");

		response.path("readiness.byRule[*].rule").entityList(String.class)
			.satisfies(rules -> assertThat(rules).containsExactlyElementsOf(Rules.ALL.stream().map(ReadinessRule::id).toList()));
		response.path("readiness.byRule[?(@.rule == 'unit-idle')].count").entityList(Integer.class).containsExactly(2);
		response.path("readiness.byRule[?(@.rule == 'unit-idle')].title.en").entityList(String.class)
			.containsExactly("Unit answers for nothing");
		response.path("readiness.bySeverity[*].severity").entityList(String.class).containsExactly("ERROR", "WARNING", "INFO");
		response.path("readiness.findings.edges[0].node.severity").entity(String.class).isEqualTo("ERROR");
		response.path("readiness.findings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void withoutAScopeTheWholeGraphIsChecked() {
		var response = graphQl(SLOW).document(READINESS).execute();
		response.path("readiness.scope").valueIsNull();
		response.path("readiness.year").valueIsNull();
		response.path("readiness.findings.edges[*].node.node.id").entityList(String.class).contains("ry-d-i-notarget", "rx-d-i-unlinked");
	}

	private static final String PAGE = """
			query($scope: ID, $year: Int, $first: Int, $after: String, $severity: Severity, $rule: String) {
			  readiness(scope: $scope, year: $year) {
			    findings(first: $first, after: $after, severity: $severity, rule: $rule) {
			      edges { cursor node { rule severity node { id } evidence { key values } } }
			      pageInfo { hasNextPage endCursor }
			    }
			  }
			}
			""";

	/** rule, node id and evidence of every finding, through pages of the given size. */
	private List<String> paged(Integer first, String severity, String rule) {
		List<String> findings = new ArrayList<>();
		String after = null;
		for (int pages = 0; pages < 200; pages++) {
			var response = graphQl(SLOW).document(PAGE).variable("scope", "rx-u-pemda").variable("year", 2024)
				.variable("first", first).variable("after", after).variable("severity", severity).variable("rule", rule)
				.execute();
			List<Map<String, Object>> edges = response.path("readiness.findings.edges[*].node").entityList(
					new ParameterizedTypeReference<Map<String, Object>>() { }).get();
			edges.forEach(f -> findings.add(f.get("rule") + " " + ((Map<?, ?>) f.get("node")).get("id") + " "
					+ ((List<?>) f.get("evidence")).stream().map(e -> ((Map<?, ?>) e).get("key") + "=" + ((Map<?, ?>) e).get("values"))
						.toList()));
			List<String> cursors = response.path("readiness.findings.edges[*].cursor").entityList(String.class).get();
			if (first != null) {
				assertThat(edges).hasSizeLessThanOrEqualTo(first);
			}
			if (!response.path("readiness.findings.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				return findings;
			}
			assertThat(edges).as("a page before the last is full").hasSize(first == null ? 50 : first);
			after = response.path("readiness.findings.pageInfo.endCursor").entity(String.class).get();
			assertThat(after).isEqualTo(cursors.get(cursors.size() - 1));
		}
		throw new AssertionError("too many pages");
	}

	@Test
	void findingsPageThroughCursorsInReportOrderAndMatchOneBigPage() {
		List<String> all = paged(500, null, null);
		assertThat(all).hasSizeGreaterThan(20);
		// a node with two bad links has two findings of one rule: small pages split them and lose neither
		for (int size : new int[] { 1, 3, 7 }) {
			assertThat(paged(size, null, null)).as("pages of " + size).containsExactlyElementsOf(all);
		}
		// errors first, then warnings, then information; by rule, then by node id within a severity
		List<String> severities = new ArrayList<>();
		ReadinessReport report = this.service.check("rx-u-pemda", 2024);
		List<Finding> expected = ReadinessRulesTests.all(report);
		assertThat(all).containsExactlyElementsOf(expected.stream()
			.map(f -> f.rule() + " " + f.node().id() + " " + f.evidence().stream().map(e -> e.key() + "=" + e.values()).toList())
			.toList());
		expected.forEach(f -> severities.add(f.severity().name()));
		assertThat(severities).isSortedAccordingTo(java.util.Comparator.comparing(Severity::valueOf));
		assertThat(report.byRule().stream().mapToInt(ReadinessReport.RuleCount::count).sum()).isEqualTo(all.size());
	}

	@Test
	void findingsCanBeFilteredBySeverityAndRuleWhileTheCountsStayWhole() {
		List<String> all = paged(500, null, null);
		assertThat(paged(2, "ERROR", null)).containsExactlyElementsOf(all.stream().filter(f -> Rules.ALL.stream()
			.anyMatch(r -> r.severity() == Severity.ERROR && f.startsWith(r.id() + " "))).toList());
		assertThat(paged(1, null, "level-skip")).containsExactlyElementsOf(
				all.stream().filter(f -> f.startsWith("level-skip ")).toList())
			.hasSize(2);
		assertThat(paged(null, "INFO", "level-skip")).isEmpty();
		var response = graphQl(SLOW).document("""
				{ readiness(scope: "rx-u-pemda", year: 2024) {
				    bySeverity { severity count }
				    findings(rule: "unit-idle") { edges { node { node { id } } } pageInfo { hasNextPage } }
				} }""").execute();
		response.path("readiness.findings.edges[*].node.node.id").entityList(String.class)
			.containsExactly("rx-d-u-bag-idle", "rx-d-u-sb-idle");
		response.path("readiness.bySeverity[*].count").entityList(Integer.class)
			.satisfies(counts -> assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(all.size()));
	}

	@Test
	void aPageSizeOutsideTheLimitsAnUnknownRuleAndAForeignCursorAreBadRequests() {
		for (Map<String, Object> variables : List.<Map<String, Object>>of(Map.of("first", 0), Map.of("first", 501),
				Map.of("rule", "no-such-rule"), Map.of("after", "not-a-cursor"),
				Map.of("after", java.util.Base64.getEncoder().encodeToString("O_3".getBytes())))) {
			var request = graphQl(SLOW).document(PAGE).variable("scope", "rx-u-pemda");
			variables.forEach(request::variable);
			request.execute().errors().satisfy(errors -> assertThat(errors).as(variables.toString())
				.singleElement()
				.satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		}
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
