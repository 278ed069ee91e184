package id.pokin.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.DatabaseShutdownException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** In-process reads give what the driver gives for the same query, so a feature reads the same either way. */
class InProcessReadsTests {

	private static final String PROBE = """
			MATCH (p:InProcessReadProbe)
			RETURN p {.*} AS node, [p.years, p.labels] AS lists, {nested: {flag: p.flag, none: p.missing}} AS map,
			       [(p)-[:PROBE_LINK]->(q) | q {.*}] AS linked, null AS nothing, p.ratio AS ratio
			ORDER BY p.id
			""";

	private final InProcessReads reads = new InProcessReads(() -> TestNeo4j.instance().defaultDatabaseService(),
			Duration.ofSeconds(5));

	@BeforeEach
	void probe() {
		try (Session session = TestNeo4j.driver().session()) {
			session.run("""
					CREATE (:InProcessReadProbe {id: 'a', name: 'Indeks', years: [2025, 2026], values: [1.5, 2.0],
					        labels: ['x', 'y'], flag: true, ratio: 0.5})-[:PROBE_LINK]->
					       (:InProcessReadProbe {id: 'b', name: 'Sasaran', years: [], flag: false, ratio: 2})
					""").consume();
		}
	}

	@AfterEach
	void removeProbe() {
		try (Session session = TestNeo4j.driver().session()) {
			session.run("MATCH (p:InProcessReadProbe) DETACH DELETE p").consume();
		}
	}

	@Test
	void givesTheRowsTheDriverGivesWithPropertyArraysAsLists() {
		AutoCommitReads driver = new AutoCommitReads(TestNeo4j.driver(), Neo4jBookmarkManager.create(),
				DatabaseSelectionProvider.getDefaultSelectionProvider(), 5);

		List<Map<String, Object>> inProcess = this.reads.list(PROBE, Map.of());

		assertThat(inProcess).isEqualTo(driver.list(PROBE, Map.of()));
		assertThat(inProcess).hasSize(2);
		assertThat(inProcess.get(0).get("node")).isInstanceOfSatisfying(Map.class,
				node -> assertThat(node.get("years")).isEqualTo(List.of(2025L, 2026L)));
	}

	@Test
	void passesParameters() {
		assertThat(this.reads.list("MATCH (p:InProcessReadProbe {id: $id}) RETURN p.name AS name", Map.of("id", "b")))
			.containsExactly(Map.of("name", "Sasaran"));
	}

	@Test
	@Timeout(60)
	void aReadPastItsTimeoutIsStoppedAndReportedAsATimeout() {
		InProcessReads impatient = new InProcessReads(() -> TestNeo4j.instance().defaultDatabaseService(),
				Duration.ofMillis(100));

		assertThatExceptionOfType(QueryTimeoutException.class)
			.isThrownBy(() -> impatient.list("UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN x", Map.of()));
	}

	@Test
	void refusesAQueryThatWritesAndLeavesTheGraphAsItWas() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.reads.list("CREATE (p:InProcessReadProbe {id: 'c'}) RETURN p.id AS id", Map.of()))
			.withMessageContaining("read-only");

		assertThat(this.reads.list("MATCH (p:InProcessReadProbe) RETURN p.id AS id ORDER BY id", Map.of()))
			.extracting(row -> row.get("id"))
			.containsExactly("a", "b");
	}

	@Test
	void aStoppedDatabaseIsReportedAsUnreachable() {
		InProcessReads stopped = new InProcessReads(() -> {
			throw new DatabaseShutdownException();
		}, Duration.ofSeconds(5));

		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> stopped.list("RETURN 1 AS one", Map.of()));
	}

	@Test
	void refusesToHandOutANodeBoundToItsTransaction() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.reads.list("MATCH (p:InProcessReadProbe) RETURN p", Map.of()))
			.withMessageContaining("return its properties instead");
	}

}
