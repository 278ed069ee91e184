package id.pokin.graph;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk creations of a write transaction, both ways in: in-process (Neo4j's Java API) and through the driver
 * (Cypher). Either must store what Cypher's {@code SET n = $map} stores for the same map.
 */
class GraphTransactionTests {

	static Stream<Arguments> writes() {
		return Stream.of(
				Arguments.of("in-process", new InProcessWrites(() -> TestNeo4j.instance().defaultDatabaseService())),
				Arguments.of("driver", new DriverWrites(new Neo4jTransactionManager(TestNeo4j.driver()),
						Neo4jClient.create(TestNeo4j.driver()))));
	}

	@AfterEach
	void removeProbes() {
		try (Session session = TestNeo4j.driver().session()) {
			session.run("MATCH (n:TxProbe) DETACH DELETE n").consume();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void createdNodesHoldTheirLabelsAndWhatSetFromAMapStores(String way, GraphWrites writes) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("key", way + "-bulk");
		values.put("name", "Persentase capaian");
		values.put("seq", 7);
		values.put("ratio", 72.4);
		values.put("iku", true);
		values.put("empty", null);
		values.put("years", List.of(2025L, 2026L));
		values.put("raw", List.of("BB = 72.4", "100%"));
		values.put("numbers", List.of(72.4, Double.NaN));
		values.put("flags", List.of(true, false));
		values.put("at", ZonedDateTime.of(2026, 12, 6, 9, 30, 0, 123_456_000, ZoneOffset.UTC));
		Map<String, Object> second = Map.of("key", way + "-second");

		List<String> refs = writes.inTransaction(graph -> graph.createNodes(List.of("TxProbe", "TxBulk"), List.of(values, second)));
		Map<String, Object> bySetFromMap = new HashMap<>(values);
		bySetFromMap.put("key", way + "-cypher");
		writes.inTransaction(graph -> {
			graph.run("CREATE (n:TxProbe) SET n = $values", Map.of("values", bySetFromMap));
			return null;
		});

		try (Session session = TestNeo4j.driver().session()) {
			Record bulk = session.run("MATCH (n:TxProbe {key: $key}) RETURN elementId(n) AS ref, labels(n) AS labels, properties(n) AS p",
					Map.of("key", way + "-bulk")).single();
			Map<String, Object> cypher = new HashMap<>(session.run("MATCH (n:TxProbe {key: $key}) RETURN properties(n) AS p",
					Map.of("key", way + "-cypher")).single().get("p").asMap());
			cypher.put("key", way + "-bulk");
			assertThat(bulk.get("ref").asString()).isEqualTo(refs.get(0));
			assertThat(bulk.get("labels").asList()).containsExactlyInAnyOrder("TxProbe", "TxBulk");
			assertThat(bulk.get("p").asMap()).isEqualTo(cypher).doesNotContainKey("empty").containsEntry("seq", 7L);
			assertThat(session.run("MATCH (n:TxProbe {key: $key}) RETURN elementId(n) AS ref", Map.of("key", way + "-second"))
				.single().get("ref").asString()).isEqualTo(refs.get(1));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void relationshipsRunBetweenTheGivenElementIds(String way, GraphWrites writes) {
		writes.inTransaction(graph -> {
			List<String> refs = graph.createNodes(List.of("TxProbe"),
					List.of(Map.of("key", "a"), Map.of("key", "b"), Map.of("key", "c")));
			graph.createRelationships("TX_LINK", List.of(new GraphTransaction.Link(refs.get(0), refs.get(1)),
					new GraphTransaction.Link(refs.get(2), refs.get(1))));
			return null;
		});

		try (Session session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (a:TxProbe)-[:TX_LINK]->(b:TxProbe) RETURN a.key + '>' + b.key AS link ORDER BY link")
				.list(r -> r.get("link").asString())).containsExactly("a>b", "c>b");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void aLinkToANodeThatIsNotThereFailsAndLeavesNothing(String way, GraphWrites writes) {
		String gone = writes.inTransaction(graph -> graph.createNodes(List.of("TxProbe"), List.of(Map.of("key", "gone"))).get(0));
		try (Session session = TestNeo4j.driver().session()) {
			session.run("MATCH (n:TxProbe) DELETE n").consume();
		}

		assertThatThrownBy(() -> writes.inTransaction(graph -> {
			List<String> refs = graph.createNodes(List.of("TxProbe"), List.of(Map.of("key", "kept?")));
			graph.createRelationships("TX_LINK", List.of(new GraphTransaction.Link(refs.get(0), gone)));
			return null;
		})).isInstanceOf(RuntimeException.class);
		try (Session session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (n:TxProbe) RETURN count(n) AS n").single().get("n").asLong()).isZero();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void aNodeAUniqueConstraintRefusesFailsAsAConstraintViolationAndLeavesNothing(String way, GraphWrites writes) {
		try (Session session = TestNeo4j.driver().session()) {
			session.run("CREATE CONSTRAINT tx_probe_unique IF NOT EXISTS FOR (n:TxUnique) REQUIRE n.key IS UNIQUE")
				.consume();
		}
		try {
			writes.inTransaction(graph -> graph.createNodes(List.of("TxProbe", "TxUnique"), List.of(Map.of("key", "taken"))));

			assertThatThrownBy(() -> writes.inTransaction(graph -> graph.createNodes(List.of("TxProbe", "TxUnique"),
					List.of(Map.of("key", "free"), Map.of("key", "taken")))))
				.satisfies(ex -> assertThat(ConstraintViolation.isCause(ex)).as(ex.toString()).isTrue());
			try (Session session = TestNeo4j.driver().session()) {
				assertThat(session.run("MATCH (n:TxProbe) RETURN n.key AS key").list(r -> r.get("key").asString()))
					.containsExactly("taken");
			}
		}
		finally {
			try (Session session = TestNeo4j.driver().session()) {
				session.run("DROP CONSTRAINT tx_probe_unique IF EXISTS").consume();
			}
		}
	}

}
