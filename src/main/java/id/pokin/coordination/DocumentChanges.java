package id.pokin.coordination;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.pokin.graph.GraphTransaction;

import org.neo4j.driver.TransactionContext;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What a write transaction records about the documents whose nodes it changes: each document's
 * {@code CheckedDocument} gets its generation raised and its {@code rules} removed, in the same commit as the change.
 * What is kept per document (the readiness check's stored findings, {@code id.pokin.readiness.StoredFindings}) is
 * then known to be out of date from the moment the change is visible.
 * <p>
 * Record before the transaction's other writes: the record's lock (taken even when the node is new, through its
 * unique constraint) is the one the check takes first too, so neither waits for the other in the opposite order.
 */
public final class DocumentChanges {

	/**
	 * An existing record is locked by its first write, and its generation read only then (no lost update, and no
	 * shared lock to upgrade, as MERGE would take on a record that exists). A missing one is created through the
	 * unique constraint, which makes a second writer of the same new document wait for the first.
	 */
	private static final String RECORD = """
			UNWIND $documents AS document
			OPTIONAL MATCH (existing:CheckedDocument {document: document})
			CALL (existing) {
			  WITH existing WHERE existing IS NOT NULL
			  REMOVE existing.rules
			  WITH existing
			  SET existing.generation = coalesce(existing.generation, 0) + 1
			}
			WITH document, existing WHERE existing IS NULL
			MERGE (c:CheckedDocument {document: document})
			ON CREATE SET c.generation = 0
			ON MATCH SET c.rules = null
			WITH c
			SET c.generation = coalesce(c.generation, 0) + 1
			""";

	private static final String CONTRIBUTORS = """
			UNWIND $ids AS id
			MATCH (:Node {id: id})<-[:CONTRIBUTES_TO]-(contributor:Node)
			WHERE contributor.sourceDocument IS NOT NULL
			RETURN DISTINCT contributor.sourceDocument AS document
			""";

	private DocumentChanges() {
	}

	/**
	 * The documents of the nodes that contribute to these: what is kept of a node may depend on the nodes its
	 * links reach (a level reversal), so a change of a node changes its contributors' documents too.
	 */
	public static List<String> ofContributors(GraphTransaction graph, Collection<String> ids) {
		return ids.isEmpty() ? List.of() : graph.fetch(CONTRIBUTORS, Map.of("ids", List.copyOf(ids)))
			.stream()
			.map(row -> (String) row.get("document"))
			.toList();
	}

	/** The same in the caller's Spring transaction (editing). */
	public static List<String> ofContributors(Neo4jClient client, Collection<String> ids) {
		return ids.isEmpty() ? List.of() : List.copyOf(client.query(CONTRIBUTORS).bind(List.copyOf(ids)).to("ids")
			.fetchAs(String.class).all());
	}

	/** Records the changes in the transaction of an import ({@link GraphWrites}). */
	public static void record(GraphTransaction graph, Collection<String> documents) {
		List<String> sorted = sorted(documents);
		if (!sorted.isEmpty()) {
			graph.run(RECORD, Map.of("documents", sorted));
		}
	}

	/** Records the changes in the caller's Spring transaction (editing). */
	public static void record(Neo4jClient client, Collection<String> documents) {
		List<String> sorted = sorted(documents);
		if (!sorted.isEmpty()) {
			client.query(RECORD).bind(sorted).to("documents").run();
		}
	}

	/** Records the changes in a transaction of the driver's own (the generator's bulk load). */
	public static void record(TransactionContext tx, Collection<String> documents) {
		List<String> sorted = sorted(documents);
		if (!sorted.isEmpty()) {
			tx.run(RECORD, Map.of("documents", sorted)).consume();
		}
	}

	/** In one order for every writer, so two writers of several documents lock them in the same order. */
	private static List<String> sorted(Collection<String> documents) {
		return documents.stream().filter(Objects::nonNull).distinct().sorted().toList();
	}

}
