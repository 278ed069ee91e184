package id.pokin.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pokin.graph.CypherFile;
import id.pokin.graph.GraphReads;
import id.pokin.node.CascadeNode;
import id.pokin.node.NodeMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The two traversals of the cascade, each one Cypher query returning exactly the rows it needs. A trace or an
 * impact is a request of one query, so it runs as a read of its own ({@link GraphReads}: in-process on the
 * embedded default, an auto-commit read through the driver on a server); the traces of many nodes answer fields
 * of other features and join their transaction.
 */
@Repository
class TraceQueries {

	/** Shared with the benchmark suite, which times the same query through the driver as the floor. */
	private static final String TRACE = CypherFile.load("queries/trace.cypher");

	/** The same paths with each node's identity and name alone ({@link TraceProjection#LEAN}). */
	private static final String TRACE_LEAN = CypherFile.load("queries/trace-lean.cypher");

	/**
	 * The trace of many start nodes in one query, each bounded and ordered as {@code trace.cypher} bounds and orders
	 * one: shortest first, then by the ids along the path.
	 */
	private static final String TRACES = """
			UNWIND $ids AS id
			MATCH (start:Node {id: id})
			CALL (start) {
			  OPTIONAL MATCH path = (start)-[:CONTRIBUTES_TO*0..]->(top:Node)
			  WHERE NOT (top)-[:CONTRIBUTES_TO]->(:Node)
			  WITH path ORDER BY length(path), [n IN nodes(path) | n.id]
			  LIMIT $maxPaths
			  RETURN collect([n IN nodes(path) | n {.*}]) AS paths
			}
			RETURN id, paths
			""";

	/** Each node below the root once, with the ids of all its parents (the caller keeps those inside). */
	private static final String IMPACT = """
			MATCH (root:Node {id: $id})
			CALL (root) {
			  OPTIONAL MATCH (root)<-[:CONTRIBUTES_TO*]-(n:Node)
			  WITH DISTINCT n LIMIT $maxNodes
			  RETURN collect(n {.*, parentIds: [(n)-[:CONTRIBUTES_TO]->(p:Node) | p.id]}) AS below
			}
			RETURN root {.*} AS root, below
			""";

	private final Neo4jClient client;

	private final GraphReads reads;

	TraceQueries(Neo4jClient client, GraphReads reads) {
		this.client = client;
		this.reads = reads;
	}

	/** Empty when the id is unknown. */
	Optional<Trace> trace(String id, int maxPaths, boolean withUnits, TraceProjection projection) {
		List<Map<String, Object>> rows = this.reads.list(projection == TraceProjection.LEAN ? TRACE_LEAN : TRACE,
				Map.of("id", id, "maxPaths", maxPaths, "withUnits", withUnits));
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Map<String, List<CascadeNode>> units = new HashMap<>();
		List<TracePath> paths = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			if (row.get("nodes") == null) {
				continue;
			}
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> nodes = (List<Map<String, Object>>) row.get("nodes");
			for (Map<String, Object> node : nodes) {
				if (node.get("responsibleUnits") instanceof List<?> responsible) {
					units.computeIfAbsent((String) node.get("id"), k -> responsibleUnits(responsible));
				}
			}
			paths.add(new TracePath(nodes.stream().map(NodeMapper::toNode).toList()));
		}
		return Optional.of(new Trace(paths, units));
	}

	/** In the order the {@code responsibleUnits} field lists them everywhere else: by seq, then name. */
	@SuppressWarnings("unchecked")
	private static List<CascadeNode> responsibleUnits(List<?> units) {
		return ((List<Map<String, Object>>) units).stream()
			.sorted(Comparator.comparing((Map<String, Object> u) -> (Long) u.get("seq"),
					Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(u -> (String) u.get("name"), Comparator.nullsLast(Comparator.naturalOrder())))
			.map(NodeMapper::toNode)
			.toList();
	}

	/** Every requested id is a key; an unknown id, or a node in a cycle with no way out, maps to no path. */
	Map<String, List<TracePath>> traces(Collection<String> ids, int maxPaths) {
		Map<String, List<TracePath>> result = new LinkedHashMap<>();
		ids.forEach(id -> result.put(id, List.of()));
		this.client.query(TRACES)
			.bindAll(Map.of("ids", List.copyOf(ids), "maxPaths", maxPaths))
			.fetch()
			.all()
			.forEach(row -> {
				@SuppressWarnings("unchecked")
				List<List<Map<String, Object>>> paths = (List<List<Map<String, Object>>>) row.get("paths");
				result.put((String) row.get("id"), paths.stream()
					.map(path -> new TracePath(path.stream().map(NodeMapper::toNode).toList()))
					.toList());
			});
		return result;
	}

	/** The paths, and for each node on them its responsible units when they were asked for. */
	record Trace(List<TracePath> paths, Map<String, List<CascadeNode>> responsibleUnits) {
	}

	/** Empty when the id is unknown. */
	@SuppressWarnings("unchecked")
	Optional<ImpactRows> impact(String id, int maxNodes) {
		return this.reads.list(IMPACT, Map.of("id", id, "maxNodes", maxNodes)).stream().findFirst().map(row -> {
			CascadeNode root = NodeMapper.toNode((Map<String, Object>) row.get("root"));
			List<ImpactRows.Row> below = ((List<Map<String, Object>>) row.get("below")).stream()
				.map(properties -> new ImpactRows.Row(NodeMapper.toNode(properties),
						(List<String>) properties.get("parentIds")))
				.toList();
			return new ImpactRows(root, below);
		});
	}

	record ImpactRows(CascadeNode root, List<Row> below) {

		record Row(CascadeNode node, List<String> parentIds) {
		}

	}

}
