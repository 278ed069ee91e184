package id.pokin.readiness;

import java.time.Duration;
import java.util.Map;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit ends the kept reports of the region it changed, and only those: the other regions' reports are handed out
 * again as they were (not computed anew), the edited region's report shows the edit at once. A link between two
 * regions changes both; a change the application cannot attribute (another client's) changes every region.
 */
class ReadinessKeptAcrossRegionsTests extends GraphQlIntegrationTest {

	private static final String COUNTS = """
			query($scope: ID) { readiness(scope: $scope) { score byRule { rule count } } }
			""";

	@Autowired
	ReadinessService service;

	@BeforeEach
	void fixture() {
		TestNeo4j.load("readiness-clean.cypher", "readiness-defects.cypher");
	}

	private HttpGraphQlTester slow(String user) {
		return graphQl(user).mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	private int unlinked(String region) {
		return slow(null).document(COUNTS)
			.variable("scope", region)
			.execute()
			.path("readiness.byRule[?(@.rule == 'indicator-unlinked')].count")
			.entityList(Integer.class)
			.get()
			.get(0);
	}

	/** The report a request is handed now (kept or new), read whole. */
	private ReadinessReport report(String region) {
		ReadinessReport report = this.service.check(region, null);
		report.score();
		return report;
	}

	private void asAdmin(String mutation, Map<String, Object> variables) {
		slow("admin").document(mutation).variables(variables).execute().errors().verify();
	}

	@Test
	void anEditInOneRegionKeepsTheOtherRegionsReportAndShowsInItsOwnAtOnce() {
		int before = unlinked("rx-u-pemda");
		ReadinessReport x = report("rx-u-pemda");
		ReadinessReport y = report("ry-u-pemda");
		assertThat(report("ry-u-pemda")).isSameAs(y);

		asAdmin("mutation { removeContribution(from: \"rx-i-s1\", to: \"rx-s-1\") { changed } }", Map.of());

		assertThat(unlinked("rx-u-pemda")).isEqualTo(before + 1);
		assertThat(report("rx-u-pemda")).isNotSameAs(x);
		assertThat(report("ry-u-pemda")).isSameAs(y);
	}

	@Test
	void aLinkBetweenTwoRegionsChangesBoth() {
		ReadinessReport x = report("rx-u-pemda");
		ReadinessReport y = report("ry-u-pemda");

		asAdmin("mutation { addContribution(from: \"rx-i-s1\", to: \"ry-t-1\") { changed } }", Map.of());

		assertThat(report("rx-u-pemda")).isNotSameAs(x);
		assertThat(report("ry-u-pemda")).isNotSameAs(y);
	}

	@Test
	void aChangeTheApplicationCannotAttributeChangesEveryRegion() {
		ReadinessReport x = report("rx-u-pemda");
		ReadinessReport y = report("ry-u-pemda");
		ReadinessReport all = report(null);
		// another client of the database, which records no document
		try (Session session = TestNeo4j.driver().session()) {
			session.run("MATCH (n:Node {id: 'rx-i-s1'}) SET n.description = 'elsewhere'").consume();
		}

		assertThat(report("rx-u-pemda")).isNotSameAs(x);
		assertThat(report("ry-u-pemda")).isNotSameAs(y);
		assertThat(report(null)).isNotSameAs(all);
	}

	@Test
	void theWholeGraphsReportIsEndedByAnyEdit() {
		ReadinessReport all = report(null);

		asAdmin("mutation { removeContribution(from: \"rx-i-s1\", to: \"rx-s-1\") { changed } }", Map.of());

		assertThat(report(null)).isNotSameAs(all);
	}

}
