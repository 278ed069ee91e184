package id.pokin.readiness;

import java.time.Duration;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.QueryCounter;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A report is handed out again while the graph stands still, and never after anything committed a change. */
class ReadinessKeptReportTests extends GraphQlIntegrationTest {

	private static final String COUNTS = """
			query($scope: ID) { readiness(scope: $scope) { score byRule { rule count } } }
			""";

	@BeforeEach
	void fixture() {
		TestNeo4j.load("readiness-clean.cypher", "readiness-defects.cypher");
	}

	private HttpGraphQlTester slow() {
		return graphQl().mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	private int unlinked() {
		return slow().document(COUNTS)
			.variable("scope", "rx-u-pemda")
			.execute()
			.path("readiness.byRule[?(@.rule == 'indicator-unlinked')].count")
			.entityList(Integer.class)
			.get()
			.get(0);
	}

	@Test
	void theSameReportAgainRunsNoQuery() {
		QueryCounter.reset();
		int first = unlinked();
		int queries = QueryCounter.count();
		QueryCounter.reset();
		int again = unlinked();

		assertThat(queries).isPositive();
		assertThat(QueryCounter.count()).isZero();
		assertThat(again).isEqualTo(first);
	}

	@Test
	void aChangeFromAnyClientIsSeenByTheNextReport() {
		int before = unlinked();
		// another client of the database, not the application
		try (Session session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (i:Indikator)-[link:CONTRIBUTES_TO]->() WHERE i.id STARTS WITH 'rx-'
					WITH i, link LIMIT 1
					DELETE link
					""").consume();
		}

		assertThat(unlinked()).isEqualTo(before + 1);
	}

	@Test
	void anotherYearOrScopeIsAReportOfItsOwn() {
		unlinked();
		QueryCounter.reset();
		slow().document("query { readiness(scope: \"rx-u-pemda\", year: 2024) { score } }").execute()
			.path("readiness.score").hasValue();

		assertThat(QueryCounter.count()).isPositive();
	}

}
