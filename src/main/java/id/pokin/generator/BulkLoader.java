package id.pokin.generator;

import java.util.EnumMap;
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
 * labels cannot be parameters), then relationships, each batch its own transaction. The id lookups carry
 * index hints: planned against the statistics of a still-empty store, the planner would otherwise scan the
 * label for every row, and the load would slow down quadratically as it grows. A generator is not an
 * import: it writes into a database made for benchmarks, so it trades all-or-nothing for speed.
 */
class BulkLoader {

	static final int BATCH = 10_000;

	private static final Map<NodeKind, String> CREATE_NODES = new EnumMap<>(Map.of(
			NodeKind.UNIT, "UNWIND $rows AS row CREATE (n:Node:Unit) SET n = row",
			NodeKind.TUJUAN, "UNWIND $rows AS row CREATE (n:Node:Element:Tujuan) SET n = row",
			NodeKind.SASARAN, "UNWIND $rows AS row CREATE (n:Node:Element:Sasaran) SET n = row",
			NodeKind.KONDISI, "UNWIND $rows AS row CREATE (n:Node:Element:Kondisi) SET n = row",
			NodeKind.INDIKATOR, "UNWIND $rows AS row CREATE (n:Node:Indikator) SET n = row"));

	private static final String CREATE_DOCUMENT = """
			MERGE (d:Document {id: $document.id})
			SET d += $document
			""";

	private static final String CONTRIBUTES_TO = """
			UNWIND $rows AS row
			MATCH (a:Node {id: row.from}) USING INDEX a:Node(id)
			MATCH (b:Node {id: row.to}) USING INDEX b:Node(id)
			CREATE (a)-[:CONTRIBUTES_TO]->(b)
			""";

	private static final String RESPONSIBLE_FOR = """
			UNWIND $rows AS row
			MATCH (a:Node {id: row.from}) USING INDEX a:Node(id)
			MATCH (b:Node {id: row.to}) USING INDEX b:Node(id)
			CREATE (a)-[:RESPONSIBLE_FOR]->(b)
			""";

	private static final String PART_OF = """
			UNWIND $rows AS row
			MATCH (a:Node {id: row.from}) USING INDEX a:Node(id)
			MATCH (b:Node {id: row.to}) USING INDEX b:Node(id)
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
			for (NodeKind kind : NodeKind.values()) {
				List<Map<String, Object>> rows = graph.nodes()
					.stream()
					.filter(n -> n.kind() == kind)
					.map(Node::properties)
					.toList();
				inBatches(session, CREATE_NODES.get(kind), rows);
			}
			inBatches(session, PART_OF, graph.partOf().stream().map(Link::asRow).toList());
			inBatches(session, CONTRIBUTES_TO, graph.contributesTo().stream().map(Link::asRow).toList());
			inBatches(session, RESPONSIBLE_FOR, graph.responsibleFor().stream().map(Link::asRow).toList());
			// last: a readiness check of the document while its batches were written is then out of date
			String document = (String) graph.document().get("id");
			session.executeWriteWithoutResult(tx -> DocumentChanges.record(tx, List.of(document)));
		}
		return graph.partOf().size() + graph.contributesTo().size() + graph.responsibleFor().size();
	}

	private static void inBatches(Session session, String cypher, List<Map<String, Object>> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
		}
	}

}
