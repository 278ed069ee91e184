package id.pokin.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * What an empty, migrated store holds before an offline import replaces it: its indexes and constraints (as the
 * statements Neo4j itself reports, {@code SHOW ... createStatement}) and the migrations' bookkeeping nodes, put
 * back on the imported store, so the migrations find themselves applied: the store then holds what it held before
 * plus the generated data. (The importer's own {@code --schema} is refused for the community edition's record
 * format.)
 */
final class EmptyStoreSchema {

	/** The token lookup indexes: every store has them, the importer creates them itself. */
	private static final String INDEXES = """
			SHOW INDEXES YIELD name, type, owningConstraint, createStatement
			WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
			RETURN createStatement ORDER BY name
			""";

	private static final String CONSTRAINTS = """
			SHOW CONSTRAINTS YIELD name, createStatement
			RETURN createStatement ORDER BY name
			""";

	private static final String MIGRATIONS = """
			MATCH (m:PokinMigration) RETURN properties(m) AS migration ORDER BY m.version
			""";

	private static final String RESTORE_MIGRATIONS = """
			UNWIND $migrations AS migration
			CREATE (m:PokinMigration) SET m = migration
			""";

	private final List<String> statements;

	private final List<Map<String, Object>> migrations;

	private EmptyStoreSchema(List<String> statements, List<Map<String, Object>> migrations) {
		this.statements = statements;
		this.migrations = migrations;
	}

	static EmptyStoreSchema read(Driver driver) {
		try (Session session = driver.session()) {
			List<String> statements = new ArrayList<>(
					session.run(CONSTRAINTS).list(r -> r.get("createStatement").asString()));
			statements.addAll(session.run(INDEXES).list(r -> r.get("createStatement").asString()));
			List<Map<String, Object>> migrations = session.run(MIGRATIONS).list(r -> r.get("migration").asMap());
			return new EmptyStoreSchema(List.copyOf(statements), migrations);
		}
	}

	/**
	 * Creates the indexes and constraints on the imported store, all in one transaction: Neo4j then populates
	 * them together, from one pass over the store, where the migrations create them one by one, each a pass of its
	 * own (and build a full-text index, drop it and build it again). Waits until they are online.
	 */
	void restoreSchema(Driver driver) {
		restoreSchema(driver, () -> {
		});
	}

	/** As {@link #restoreSchema(Driver)}, {@code created} run once the statements are committed. */
	void restoreSchema(Driver driver, Runnable created) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> this.statements.forEach(statement -> tx.run(statement).consume()));
			created.run();
			session.run("CALL db.awaitIndexes(3600)").consume();
		}
	}

	/** Writes the migrations' bookkeeping into the imported store. */
	void restoreMigrations(Driver driver) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(
					tx -> tx.run(RESTORE_MIGRATIONS, Map.of("migrations", this.migrations)).consume());
		}
	}

}
