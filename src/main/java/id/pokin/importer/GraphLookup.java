package id.pokin.importer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.importer.GraphFacts.Edge;
import id.pokin.importer.GraphFacts.Existing;
import id.pokin.importer.Reference.Link;

import id.pokin.graph.GraphTransaction;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what an import needs to know about the graph: a few batched queries, whatever the size of the file.
 * Each id is looked up through the unique index by hint: right after a bulk load the planner's statistics can
 * be stale enough to prefer scanning the whole index once per id.
 */
@Repository
@Transactional(readOnly = true)
public class GraphLookup {

	private static final String NODES = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			USING INDEX n:Node(id)
			RETURN n.id AS id, n.kind AS kind, n.level AS level, elementId(n) AS ref
			""";

	private static final String DOCUMENTS = """
			UNWIND $ids AS id
			MATCH (d:Document {id: id})
			USING INDEX d:Document(id)
			RETURN d.id AS id
			""";

	/** Every upward link above the given nodes (their own included): the graph part a new link could close a cycle with. */
	private static final String LINKS_ABOVE = """
			UNWIND $ids AS id
			MATCH (start:Node {id: id})
			USING INDEX start:Node(id)
			MATCH (start)-[:CONTRIBUTES_TO|PART_OF*0..]->(above:Node)
			WITH DISTINCT above
			MATCH (above)-[link:CONTRIBUTES_TO|PART_OF]->(parent:Node)
			RETURN above.id AS source, type(link) AS type, parent.id AS target
			""";

	private static final String ANY_NODE = """
			RETURN EXISTS { MATCH (:Node) } AS any
			""";

	private final Neo4jClient client;

	GraphLookup(Neo4jClient client) {
		this.client = client;
	}

	/** What the checks need to know of the graph, read in the import's transaction. */
	GraphFacts factsFor(GraphTransaction graph, ImportRows rows) {
		Set<String> rowIds = new LinkedHashSet<>();
		Set<String> referenced = new LinkedHashSet<>();
		Set<String> upwardTargets = new LinkedHashSet<>();
		for (ImportRow row : rows.nodes()) {
			if (row.id() != null) {
				rowIds.add(row.id());
			}
		}
		for (ImportRow row : concat(rows.documents(), rows.nodes())) {
			for (Reference reference : row.references()) {
				referenced.addAll(reference.ids());
				if (reference.link() == Link.CONTRIBUTES_TO || reference.link() == Link.PART_OF) {
					upwardTargets.addAll(reference.ids());
				}
			}
		}
		// a wrong link may name a document where a node belongs, or the other way round: every id a link names is
		// looked up as both; a row's own id only as a node (whether the row is new or a change)
		for (ImportRow row : rows.realisasi()) {
			if (row.id() != null) {
				referenced.add(row.id());
			}
			for (Reference reference : row.references()) {
				referenced.addAll(reference.ids());
			}
		}
		Set<String> nodeIds = new HashSet<>(rowIds);
		nodeIds.addAll(referenced);
		return new GraphFacts(nodes(graph, nodeIds), documents(graph, referenced), linksAbove(graph, upwardTargets));
	}

	public boolean hasAnyNode() {
		return this.client.query(ANY_NODE).fetchAs(Boolean.class).one().orElse(false);
	}

	private static Map<String, Existing> nodes(GraphTransaction graph, Set<String> ids) {
		Map<String, Existing> nodes = new HashMap<>();
		for (Map<String, Object> row : graph.fetch(NODES, Map.of("ids", List.copyOf(ids)))) {
			nodes.put((String) row.get("id"),
					new Existing(known(NodeKind.values(), row.get("kind")), known(Level.values(), row.get("level")),
							(String) row.get("ref")));
		}
		return nodes;
	}

	private static Set<String> documents(GraphTransaction graph, Set<String> ids) {
		Set<String> documents = new HashSet<>();
		graph.fetch(DOCUMENTS, Map.of("ids", List.copyOf(ids))).forEach(row -> documents.add((String) row.get("id")));
		return documents;
	}

	private static List<Edge> linksAbove(GraphTransaction graph, Set<String> ids) {
		return graph.fetch(LINKS_ABOVE, Map.of("ids", List.copyOf(ids))).stream()
			.map(row -> new Edge(Link.valueOf((String) row.get("type")), (String) row.get("source"),
					(String) row.get("target")))
			.toList();
	}

	/** The enum constant stored in the graph, or {@code null} for a value this version does not know. */
	private static <E extends Enum<E>> E known(E[] values, Object stored) {
		return Arrays.stream(values).filter(value -> value.name().equals(stored)).findFirst().orElse(null);
	}

	private static List<ImportRow> concat(List<ImportRow> first, List<ImportRow> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

}
