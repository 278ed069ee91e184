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
 * The report after an edit that moved no node (a name, a description) is made on the scope of the report the edit
 * ended, and shows the edit at once: the overview's score is the one a report computed from nothing gives. An edit
 * that moves a node to another document, or changes a link, has the scope read again.
 */
class ReadinessScopeAfterEditTests extends GraphQlIntegrationTest {

	private static final String OVERVIEW = """
			query { x: readiness(scope: "rx-u-pemda") { score } y: readiness(scope: "ry-u-pemda") { score } }
			""";

	private static final String DUPLICATES = """
			query { readiness(scope: "rx-u-pemda") { byRule { rule count } } }
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

	private double overviewScore() {
		return slow(null).document(OVERVIEW).execute().path("x.score").entity(Double.class).get();
	}

	private int duplicates() {
		return slow(null).document(DUPLICATES)
			.execute()
			.path("readiness.byRule[?(@.rule == 'element-duplicate')].count")
			.entityList(Integer.class)
			.get()
			.stream()
			.findFirst()
			.orElse(0);
	}

	/** The report a request is handed now (kept or new), read whole. */
	private ReadinessReport report(String region) {
		ReadinessReport report = this.service.check(region, null);
		report.score();
		return report;
	}

	@Test
	void theOverviewAfterARenameShowsItAtOnceOnTheScopeReadBefore() {
		// an edit elsewhere first: the first edit in a store names properties and labels for the first time, and
		// Neo4j commits their tokens on their own, a gap in the log of changes over which nothing is carried
		slow("admin").document("""
				mutation { updateElement(id: "ry-t-1", version: 0,
				  input: { name: "Meningkatnya tata kelola pemerintahan daerah", description: "tokens" }) { id } }""")
			.execute()
			.errors()
			.verify();
		double before = overviewScore();
		int duplicatesBefore = duplicates();
		ReadinessReport kept = report("rx-u-pemda");

		// one of the two written-twice sasaran gets a name of its own: neither is a duplicate any more
		slow("admin").document("""
				mutation { updateElement(id: "rx-d-s-dup-2", version: 0,
				  input: { name: "Terwujudnya pelayanan kesehatan rujukan yang bermutu" }) { id } }""")
			.execute()
			.errors()
			.verify();

		double after = overviewScore();
		ReadinessReport now = report("rx-u-pemda");
		assertThat(now).isNotSameAs(kept);
		assertThat(duplicates()).isLessThan(duplicatesBefore);
		assertThat(after).isGreaterThan(before);
		ReadinessReport fromNothing = this.service.fresh("rx-u-pemda", null);
		assertThat(after).isEqualTo(fromNothing.score());
		assertThat(now.checkedNodes()).isEqualTo(fromNothing.checkedNodes());
	}

	@Test
	void aNodeMovedToAnotherDocumentHasTheScopeReadAgain() {
		ReadinessReport kept = report("rx-u-pemda");
		// another client of the database: a Setda sasaran now written in region Y's worksheet
		try (Session session = TestNeo4j.driver().session()) {
			session.run("MATCH (n:Node {id: 'rx-d-s-unmeasured'}) SET n.sourceDocument = 'ry-csf'").consume();
		}

		ReadinessReport now = report("rx-u-pemda");
		assertThat(now.readinessScope()).isNotSameAs(kept.readinessScope());
		ReadinessReport fromNothing = this.service.fresh("rx-u-pemda", null);
		assertThat(now.readinessScope().documents()).isEqualTo(fromNothing.readinessScope().documents());
		assertThat(now.checkedNodes()).isEqualTo(fromNothing.checkedNodes());
		assertThat(now.score()).isEqualTo(fromNothing.score());
	}

	@Test
	void aLinkEditedHasTheScopeReadAgain() {
		ReadinessReport kept = report("rx-u-pemda");

		slow("admin").document("mutation { removeContribution(from: \"rx-i-s1\", to: \"rx-s-1\") { changed } }")
			.variables(Map.of())
			.execute()
			.errors()
			.verify();

		ReadinessReport now = report("rx-u-pemda");
		assertThat(now.readinessScope()).isNotSameAs(kept.readinessScope());
		assertThat(now.score()).isEqualTo(this.service.fresh("rx-u-pemda", null).score());
	}

}
