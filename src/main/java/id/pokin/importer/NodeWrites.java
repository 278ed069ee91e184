package id.pokin.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.graph.GraphTransaction;
import id.pokin.importer.Reference.Link;
import id.pokin.node.NodeKind;

/**
 * The node and link writes of an import ({@link GraphWriter}), in the caller's transaction: new nodes and every link
 * as the transaction's bulk creations, changed nodes as batched {@code MERGE} statements, one per kind.
 */
final class NodeWrites {

	private static final int BATCH_SIZE = 1000;

	/** An element's kind is also its label: the element labels go, the kind's own come back. */
	private static final Map<NodeKind, String> MERGE_NODES = NodeKind.statements("""
			UNWIND $rows AS row
			MERGE (n:Node {id: row.id})
			SET n = row.properties
			REMOVE n:ELEMENT_LABELS
			SET n:KIND_LABELS
			RETURN row.id AS id, elementId(n) AS ref
			""");

	private static final String DELETE_OWNED_LINKS = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			USING INDEX n:Node(id)
			CALL (n) {
			  MATCH (n)-[up:CONTRIBUTES_TO|PART_OF]->()
			  DELETE up
			}
			CALL (n) {
			  MATCH (n)<-[responsible:RESPONSIBLE_FOR]-()
			  DELETE responsible
			}
			""";

	private NodeWrites() {
	}

	/** Returns the written nodes' element ids, by id. */
	static Map<String, String> nodes(GraphTransaction graph, List<ImportRow> changed,
			Map<String, Long> versions, Set<String> existing) {
		Map<String, String> refs = new HashMap<>();
		for (NodeKind kind : NodeKind.values()) {
			List<ImportRow> created = changed.stream()
				.filter(row -> row.kind() == kind && !existing.contains(row.id()))
				.toList();
			List<String> createdRefs = graph.createNodes(kind.labels(),
					created.stream().map(row -> withVersion(row, versions)).toList());
			for (int i = 0; i < created.size(); i++) {
				refs.put(created.get(i).id(), createdRefs.get(i));
			}
			List<ImportRow> updated = changed.stream()
				.filter(row -> row.kind() == kind && existing.contains(row.id()))
				.toList();
			for (List<ImportRow> batch : batches(updated)) {
				graph.fetch(MERGE_NODES.get(kind), Map.of("rows", batch.stream()
					.map(row -> Map.<String, Object>of("id", row.id(), "properties", withVersion(row, versions)))
					.toList())).forEach(node -> refs.put((String) node.get("id"), (String) node.get("ref")));
			}
		}
		return refs;
	}

	private static Map<String, Object> withVersion(ImportRow row, Map<String, Long> versions) {
		Map<String, Object> properties = new LinkedHashMap<>(row.properties());
		properties.put("version", versions.get(row.id()));
		return properties;
	}

	/**
	 * A changed node's owned links are deleted and written again from its row; a new node has none to delete. So
	 * every link written is new: CREATE, not MERGE (which would look for it first).
	 */
	static void links(GraphTransaction graph, List<ImportRow> changed, Set<String> existing,
			Map<String, String> refs) {
		List<String> updated = changed.stream().map(ImportRow::id).filter(existing::contains).toList();
		for (List<String> batch : batches(updated)) {
			graph.run(DELETE_OWNED_LINKS, Map.of("ids", batch));
		}
		for (Link link : List.of(Link.CONTRIBUTES_TO, Link.PART_OF, Link.RESPONSIBLE_FOR)) {
			List<GraphTransaction.Link> links = new ArrayList<>();
			for (ImportRow row : changed) {
				for (String target : row.targets(link)) {
					// responsibility runs from the unit to what it answers for
					String from = link == Link.RESPONSIBLE_FOR ? target : row.id();
					String to = link == Link.RESPONSIBLE_FOR ? row.id() : target;
					links.add(new GraphTransaction.Link(ref(refs, from), ref(refs, to)));
				}
			}
			graph.createRelationships(link.name(), links);
		}
	}

	/** Every end of a link is a row of the file or a node the checks found: a missing one is a bug, not bad input. */
	private static String ref(Map<String, String> refs, String id) {
		String ref = refs.get(id);
		if (ref == null) {
			throw new IllegalStateException("No node '" + id + "' to link, neither written nor found by the checks");
		}
		return ref;
	}

	static <T> List<List<T>> batches(List<T> items) {
		List<List<T>> batches = new ArrayList<>();
		for (int start = 0; start < items.size(); start += BATCH_SIZE) {
			batches.add(items.subList(start, Math.min(items.size(), start + BATCH_SIZE)));
		}
		return batches;
	}

}
