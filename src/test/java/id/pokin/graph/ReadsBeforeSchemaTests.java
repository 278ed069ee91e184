package id.pokin.graph;

import java.util.Map;

import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads answer before the migrations only where that cannot read data wrongly: a store every migration was applied
 * to, not one with a migration pending (its data may still be in an older shape).
 */
class ReadsBeforeSchemaTests {

	private final GraphDatabaseService database = TestNeo4j.instance().defaultDatabaseService();

	@Test
	void aStoreWithEveryMigrationAppliedIsReadAtOnce() {
		assertThat(DatabaseInitializer.readsBeforeSchema(this.database)).isTrue();
	}

	@Test
	void aStoreWithAMigrationPendingWaitsForIt() {
		Map<String, Object> record;
		try (Transaction tx = this.database.beginTx()) {
			Node last = tx.execute("MATCH (m:PokinMigration) RETURN m ORDER BY m.version DESC LIMIT 1")
				.<Node>columnAs("m")
				.next();
			record = last.getAllProperties();
			last.delete();
			tx.commit();
		}
		try {
			assertThat(DatabaseInitializer.readsBeforeSchema(this.database)).isFalse();
		}
		finally {
			try (Transaction tx = this.database.beginTx()) {
				tx.execute("CREATE (m:PokinMigration) SET m = $record", Map.of("record", record)).close();
				tx.commit();
			}
		}
	}

}
