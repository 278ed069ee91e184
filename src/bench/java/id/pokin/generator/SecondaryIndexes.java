package id.pokin.generator;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Takes the secondary indexes (full-text, range; not the unique constraints, which the loader's lookups need)
 * out of the way of a bulk load and puts them back exactly as they were, using the statements Neo4j itself
 * reports ({@code SHOW INDEXES ... createStatement}). Populating an index once, after the load, is far cheaper
 * than updating it row by row, above all the Lucene full-text index.
 */
final class SecondaryIndexes {

	private static final String SHOW = """
			SHOW INDEXES YIELD name, type, owningConstraint, createStatement
			WHERE owningConstraint IS NULL AND type IN ['RANGE', 'FULLTEXT', 'TEXT', 'POINT']
			RETURN name, createStatement
			""";

	private final Driver driver;

	private List<String> createStatements = List.of();

	SecondaryIndexes(Driver driver) {
		this.driver = driver;
	}

	void drop() {
		try (Session session = this.driver.session()) {
			var indexes = session.run(SHOW).list(r -> List.of(r.get("name").asString(), r.get("createStatement").asString()));
			this.createStatements = indexes.stream().map(i -> i.get(1)).toList();
			for (var index : indexes) {
				session.run("DROP INDEX %s IF EXISTS".formatted(quote(index.get(0)))).consume();
			}
		}
	}

	/** Recreates what {@link #drop()} removed and waits until the indexes are online. */
	void restore() {
		try (Session session = this.driver.session()) {
			for (String statement : this.createStatements) {
				session.run(statement).consume();
			}
			session.run("CALL db.awaitIndexes(3600)").consume();
		}
	}

	/** Index names cannot be parameters; these come from Neo4j itself, quoted as identifiers. */
	private static String quote(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

}
