package id.pokin.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pokin.coordination.DocumentChanges;
import id.pokin.generator.GeneratedGraph.Link;
import id.pokin.generator.GeneratedGraph.Node;
import id.pokin.node.NodeKind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Writes generated regions with batched {@code UNWIND} statements: nodes first (one statement per label set,
 * labels cannot be parameters), each batch returning the element ids of the nodes it created, then relationships
 * by those element ids ({@code NodeByElementIdSeek}: a direct record lookup, no index seek and no id to compare),
 * each batch its own transaction. A region's relationships join only its own nodes, so its id map is all they
 * need. {@code replan=skip}: the store's statistics change with every batch, and Neo4j would plan these statements
 * again and again as they drift, to the same plans (none depends on them). A generator is not an import: it writes into a database made for benchmarks, so it trades all-or-nothing
 * for speed.
 */
class BulkLoader {

	static final int BATCH = 10_000;

	private static final Map<NodeKind, String> CREATE_NODES = NodeKind.statements("""
			CYPHER replan=skip UNWIND $rows AS row CREATE (n:KIND_LABELS) SET n = row
			RETURN row.id AS id, elementId(n) AS node
			""");

	private static final String CREATE_DOCUMENT = """
			MERGE (d:Document {id: $document.id})
			SET d += $document
			""";

	private static final String CONTRIBUTES_TO = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (a) WHERE elementId(a) = row.from
			MATCH (b) WHERE elementId(b) = row.to
			CREATE (a)-[:CONTRIBUTES_TO]->(b)
			""";

	private static final String RESPONSIBLE_FOR = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (a) WHERE elementId(a) = row.from
			MATCH (b) WHERE elementId(b) = row.to
			CREATE (a)-[:RESPONSIBLE_FOR]->(b)
			""";

	private static final String PART_OF = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (a) WHERE elementId(a) = row.from
			MATCH (b) WHERE elementId(b) = row.to
			CREATE (a)-[:PART_OF]->(b)
			""";

	private final Driver driver;

	BulkLoader(Driver driver) {
		this.driver = driver;
	}

	/** Returns how many relationships were written. */
	long write(GeneratedGraph graph) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(CREATE_DOCUMENT, Map.of("document", graph.document())).consume());
			Map<String, String> elementIds = new HashMap<>(graph.nodes().size() * 2);
			for (NodeKind kind : NodeKind.values()) {
				List<Map<String, Object>> rows = graph.nodes()
					.stream()
					.filter(n -> n.kind() == kind)
					.map(Node::properties)
					.toList();
				for (List<Map<String, Object>> batch : batches(rows)) {
					session.executeWriteWithoutResult(tx -> tx.run(CREATE_NODES.get(kind), Map.of("rows", batch))
						.forEachRemaining(r -> elementIds.put(r.get(0).asString(), r.get(1).asString())));
				}
			}
			links(session, PART_OF, graph.partOf(), elementIds);
			links(session, CONTRIBUTES_TO, graph.contributesTo(), elementIds);
			links(session, RESPONSIBLE_FOR, graph.responsibleFor(), elementIds);
			// last: a readiness check of the document while its batches were written is then out of date
			String document = (String) graph.document().get("id");
			session.executeWriteWithoutResult(tx -> DocumentChanges.record(tx, List.of(document)));
		}
		return graph.partOf().size() + graph.contributesTo().size() + graph.responsibleFor().size();
	}

	private static void links(Session session, String cypher, List<Link> links, Map<String, String> elementIds) {
		List<Map<String, Object>> rows = links.stream()
			.map(link -> Map.<String, Object>of("from", elementId(elementIds, link.from()), "to",
					elementId(elementIds, link.to())))
			.toList();
		for (List<Map<String, Object>> batch : batches(rows)) {
			session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
		}
	}

	private static String elementId(Map<String, String> elementIds, String id) {
		String elementId = elementIds.get(id);
		if (elementId == null) {
			throw new IllegalStateException("A generated relationship leaves its region: " + id);
		}
		return elementId;
	}

	private static <T> List<List<T>> batches(List<T> rows) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += BATCH) {
			batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
		return batches;
	}

}
