package id.pokin.graph;

import java.util.OptionalLong;

import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;

import static org.assertj.core.api.Assertions.assertThat;

class LastTransactionTests {

	private final GraphDatabaseService database = TestNeo4j.instance().defaultDatabaseService();

	private final LastTransaction version = new LastTransaction(() -> this.database);

	@Test
	void aReadLeavesItAndAWriteFromAnyClientMovesIt() {
		OptionalLong before = this.version.current();
		try (Session session = TestNeo4j.driver().session()) {
			session.run("MATCH (n) RETURN count(n)").consume();
			assertThat(this.version.current()).isEqualTo(before);
			session.run("CREATE (:LastTransactionProbe) WITH 1 AS x MATCH (p:LastTransactionProbe) DELETE p").consume();
		}

		assertThat(this.version.current().getAsLong()).isGreaterThan(before.getAsLong());
	}

	@Test
	void aReplacedStoreMovesIt() {
		long before = this.version.current().getAsLong();
		this.version.storeReplaced();

		assertThat(this.version.current().getAsLong()).isGreaterThan(before);
	}

	@Test
	void aStoppedDatabaseIsUnknown() {
		LastTransaction stopped = new LastTransaction(() -> {
			throw new IllegalStateException("The embedded Neo4j did not start");
		});

		assertThat(stopped.current()).isEmpty();
	}

}
