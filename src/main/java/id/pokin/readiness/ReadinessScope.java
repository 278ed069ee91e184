package id.pokin.readiness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.node.CascadeNode;
import id.pokin.node.NodeKind;
import id.pokin.node.NodeMapper;
import id.pokin.node.NodeNotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What a readiness report covers, and the one place that decides it.
 * <p>
 * Scope X (a unit) is: the units in X's {@code PART_OF} subtree, X included; the elements and indicators any of
 * them is {@code RESPONSIBLE_FOR}; everything that contributes to those, transitively; and, when X is a Pemda
 * (a region) or a Perangkat Daerah, also every node whose {@code sourceDocument} is the document of one of those
 * nodes, so that elements nobody answers for still count. No scope is the whole graph.
 * <p>
 * The rules read a scope as {@code $documents} (every node of these documents) plus {@code $nodes} (these ids),
 * so a region's report starts from the document indexes instead of a list of ten thousand ids.
 *
 * @param root the unit the scope is about, null for the whole graph
 * @param documents every node of these documents is in scope
 * @param nodes ids of the nodes in scope outside those documents
 * @param checkedNodes how many nodes the scope holds (units, elements and indicators)
 */
record ReadinessScope(CascadeNode root, List<String> documents, List<String> nodes, int checkedNodes) {

	private static final String OF_UNIT = """
			MATCH (root:Node {id: $id})
			CALL (root) {
			  MATCH (root)<-[:PART_OF*0..]-(unit:Unit)
			  RETURN collect(DISTINCT unit) AS units
			}
			CALL (units) {
			  UNWIND units AS unit
			  MATCH (unit)-[:RESPONSIBLE_FOR]->(owned:Node)
			  RETURN collect(DISTINCT owned) AS owned
			}
			// the contributors: only where a link enters from a node nobody in the scope answers for does the
			// walk down continue, so each node is expanded once however many owned nodes lie above it
			CALL (owned) {
			  UNWIND owned AS node
			  MATCH (node)<-[:CONTRIBUTES_TO]-(entry:Node)
			  WHERE NOT entry IN owned
			  WITH DISTINCT entry
			  MATCH (entry)<-[:CONTRIBUTES_TO*0..]-(contributor:Node)
			  RETURN collect(DISTINCT contributor) AS contributors
			}
			WITH root, units + owned + contributors AS nodes, root.level IN ['PEMDA', 'PERANGKAT_DAERAH'] AS byDocument
			CALL (nodes, byDocument) {
			  UNWIND nodes AS node
			  WITH node WHERE byDocument AND node.sourceDocument IS NOT NULL
			  RETURN collect(DISTINCT node.sourceDocument) AS documents
			}
			CALL (nodes, byDocument) {
			  UNWIND nodes AS node
			  WITH node WHERE NOT byDocument OR node.sourceDocument IS NULL
			  RETURN collect(DISTINCT node.id) AS ids
			}
			CALL (documents) {
			  UNWIND documents AS document
			  MATCH (inDocument:Node {sourceDocument: document})
			  RETURN count(inDocument) AS inDocuments
			}
			RETURN root {.*} AS root, documents, ids, inDocuments + size(ids) AS checked
			""";

	/** The documents and their sizes straight from the sourceDocument index, in order: no node is read. */
	private static final String DOCUMENTS = """
			MATCH (n:Node) WHERE n.sourceDocument IS NOT NULL
			RETURN n.sourceDocument AS document, count(*) AS nodes
			""";

	private static final String ALL_NODES = "MATCH (n:Node) RETURN count(n) AS nodes";

	private static final String WITHOUT_DOCUMENT = "MATCH (n:Node) WHERE n.sourceDocument IS NULL RETURN n.id AS id";

	/**
	 * The scope of a unit id, or the whole graph for null; an unknown id is not found, a non-unit is refused. A
	 * unit's scope is one query, read like the rules (in-process on the embedded default); the whole graph's is
	 * three, read in one read-only transaction so that they agree.
	 */
	static ReadinessScope of(RuleQueries queries, String unitId) {
		return unitId == null ? queries.read(() -> everything(queries.client())) : ofUnit(queries, unitId);
	}

	/**
	 * The scope as the rules read it: {@code $documents} and {@code $nodes}; for the stored rules the documents
	 * split in those checked ({@code $checkedDocuments}, see {@link StoredFindings}) and the others.
	 */
	Map<String, Object> parameters(List<String> checked) {
		Set<String> isChecked = new HashSet<>(checked);
		return Map.of("documents", this.documents, "nodes", this.nodes,
				"checkedDocuments", this.documents.stream().filter(isChecked::contains).toList(),
				"uncheckedDocuments", this.documents.stream().filter(document -> !isChecked.contains(document)).toList());
	}

	@SuppressWarnings("unchecked")
	private static ReadinessScope ofUnit(RuleQueries queries, String unitId) {
		Map<String, Object> row = queries.rows(OF_UNIT, Map.of("id", unitId)).stream().findFirst()
			.orElseThrow(() -> new NodeNotFoundException(unitId));
		CascadeNode root = NodeMapper.toNode((Map<String, Object>) row.get("root"));
		if (root.kind() != NodeKind.UNIT) {
			throw new IllegalArgumentException("readiness: 'scope' must be the id of a unit (a region's Pemda, a "
					+ "Perangkat Daerah or any unit below), '" + unitId + "' is a " + root.kind());
		}
		return new ReadinessScope(root, List.copyOf((List<String>) row.get("documents")),
				List.copyOf((List<String>) row.get("ids")), ((Number) row.get("checked")).intValue());
	}

	/**
	 * Every document, and the ids of the nodes without one; those are looked for (a scan of every node) only when
	 * the documents do not account for all nodes, which the count store says at once.
	 */
	private static ReadinessScope everything(Neo4jClient client) {
		List<String> documents = new ArrayList<>();
		long inDocuments = 0;
		for (Map<String, Object> row : client.query(DOCUMENTS).fetch().all()) {
			documents.add((String) row.get("document"));
			inDocuments += ((Number) row.get("nodes")).longValue();
		}
		long all = client.query(ALL_NODES).fetchAs(Long.class).one().orElse(0L);
		List<String> ids = all > inDocuments
				? List.copyOf(client.query(WITHOUT_DOCUMENT).fetchAs(String.class).all()) : List.of();
		return new ReadinessScope(null, List.copyOf(documents), ids, (int) all);
	}

}
