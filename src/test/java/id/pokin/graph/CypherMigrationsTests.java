package id.pokin.graph;

import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

class CypherMigrationsTests {

	@Test
	void statementsAreSplitAtLineEndSemicolonsAndCommentsDropped() {
		assertThat(CypherMigrations.statements("""
				// a comment; with a semicolon
				CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
				CREATE FULLTEXT INDEX b IF NOT EXISTS FOR (n:B) ON EACH [n.y]
				OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard'}};
				"""))
			.containsExactly("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
					"CREATE FULLTEXT INDEX b IF NOT EXISTS FOR (n:B) ON EACH [n.y]\n"
							+ "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard'}}");
	}

	@Test
	void migrationsAreAppliedOnceInOrderAndRecorded() {
		CypherMigrations migrations = new CypherMigrations(TestNeo4j.driver());
		migrations.apply();
		assertThat(migrations.apply()).isZero();
		try (Session session = TestNeo4j.driver().session()) {
			var versions = session.run("MATCH (m:PokinMigration) RETURN m.version AS v ORDER BY v")
				.list(r -> r.get("v").asInt());
			assertThat(versions).isEqualTo(CypherMigrations.load().stream().map(CypherMigrations.Migration::version).toList());
			var constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
				.single().get("names").asList(v -> v.asString());
			assertThat(constraints).contains("node_id", "document_id", "pokin_migration_version");
		}
	}

	@Test
	void aMigrationChangedAfterItWasAppliedIsRefused() {
		CypherMigrations migrations = new CypherMigrations(TestNeo4j.driver());
		migrations.apply();
		try (Session session = TestNeo4j.driver().session()) {
			session.run("MATCH (m:PokinMigration {version: 1}) SET m.checksum = 'edited'").consume();
			org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(migrations::apply)
				.withMessageContaining("V001__").withMessageContaining("changed after it was applied");
			session.run("MATCH (m:PokinMigration {version: 1}) DELETE m").consume();
		}
		migrations.apply();
	}

}
