package id.pokin.generator;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Takes the secondary indexes (full-text, range) out of the way of a bulk load, and on an empty store the
 * {@code :Node} uniqueness constraints too, and puts them back exactly as they were, using the statements Neo4j
 * itself reports ({@code SHOW INDEXES/CONSTRAINTS ... createStatement}). Populating an index once, after the load,
 * is far cheaper than updating it row by row, above all the Lucene full-text index; and a unique constraint checks
 * and locks every new node's id in its index as the node is written. The loader joins nodes by element id, so it
 * needs neither. On a store that holds data the constraints stay: the application may be writing beside the load.
 * Recreating a constraint verifies it, so a duplicate id would fail the load, not slip in.
 */
final class SecondaryIndexes {

	private static final String SHOW = """
			SHOW INDEXES YIELD name, type, owningConstraint, createStatement
			WHERE owningConstraint IS NULL AND type IN ['RANGE', 'FULLTEXT', 'TEXT', 'POINT']
			RETURN name, createStatement
			""";

	private final Driver driver;

	private static final String SHOW_NODE_CONSTRAINTS = """
			SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, createStatement
			RETURN name, createStatement, entityType = 'NODE' AND type CONTAINS 'UNIQUENESS'
			  AND size(labelsOrTypes) = 1 AND labelsOrTypes[0] = 'Node' AS onNodeIds
			""";

	private List<String> createStatements = List.of();

	private List<String> constraintStatements = List.of();

	SecondaryIndexes(Driver driver) {
		this.driver = driver;
	}

	void drop(boolean nodeConstraints) {
		try (Session session = this.driver.session()) {
			if (nodeConstraints) {
				var constraints = session.run(SHOW_NODE_CONSTRAINTS)
					.list()
					.stream()
					.filter(r -> r.get("onNodeIds").asBoolean())
					.map(r -> List.of(r.get("name").asString(), r.get("createStatement").asString()))
					.toList();
				this.constraintStatements = constraints.stream().map(c -> c.get(1)).toList();
				for (var constraint : constraints) {
					session.run("DROP CONSTRAINT %s IF EXISTS".formatted(quote(constraint.get(0)))).consume();
				}
			}
			var indexes = session.run(SHOW).list(r -> List.of(r.get("name").asString(), r.get("createStatement").asString()));
			this.createStatements = indexes.stream().map(i -> i.get(1)).toList();
			for (var index : indexes) {
				session.run("DROP INDEX %s IF EXISTS".formatted(quote(index.get(0)))).consume();
			}
		}
	}

	/**
	 * Recreates what {@link #drop()} removed, in one transaction, and waits until the indexes are online: created
	 * together, Neo4j populates them from one pass over the store instead of one pass each.
	 */
	void restore() {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				for (String statement : this.constraintStatements) {
					tx.run(statement).consume();
				}
				for (String statement : this.createStatements) {
					tx.run(statement).consume();
				}
			});
			session.run("CALL db.awaitIndexes(3600)").consume();
		}
	}

	/** Index names cannot be parameters; these come from Neo4j itself, quoted as identifiers. */
	private static String quote(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

}
