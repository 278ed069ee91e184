package id.pokin.audit;

import java.util.List;
import java.util.Map;

import id.pokin.graph.CypherFile;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** V006 turns the audit records written before it (three lists) into the JSON text the history reads now. */
class ChangeFormatMigrationTests extends GraphQlIntegrationTest {

	@AfterEach
	void removeRecords() {
		try (Session session = TestNeo4j.driver().session()) {
			session.run("MATCH (c:Change {nodeId: 'migrated-node'}) DELETE c").consume();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void anOldRecordReadsAsBeforeWithQuotesAndBackslashesKept() {
		try (Session session = TestNeo4j.driver().session()) {
			session.run("""
					CREATE (:Change {id: 'old-change', user: 'planner-a', action: 'UPDATE', nodeId: 'migrated-node',
					  nodeKind: 'SASARAN', version: 2, at: datetime('2026-01-02T03:04:05Z'),
					  fields: ['name', 'contributesTo'],
					  before: ['"Dinas \\\\"A\\\\" \\\\\\\\ B"', 'null'],
					  after: ['"Dinas B"', '["s-1","s-2"]']})
					""").consume();
			session.run(CypherFile.load("migrations/V006__audit_changes_as_json.cypher").strip().replaceAll(";$", ""))
				.consume();
			assertThat(session.run("MATCH (c:Change {id: 'old-change'}) RETURN c.fields IS NULL AS gone")
				.single().get("gone").asBoolean()).isTrue();
		}

		List<Map<String, Object>> fields = (List<Map<String, Object>>) graphQl()
			.document("{ history(id: \"migrated-node\") { edges { node { action version fields { field before after } } } } }")
			.execute()
			.path("history.edges[0].node.fields")
			.entity(List.class)
			.get();

		assertThat(fields).extracting(field -> field.get("field"), field -> field.get("before"), field -> field.get("after"))
			.containsExactly(tuple("name", "\"Dinas \\\"A\\\" \\\\ B\"", "\"Dinas B\""),
					tuple("contributesTo", null, "[\"s-1\",\"s-2\"]"));
	}

}
