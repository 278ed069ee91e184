package id.pokin.trace;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pokin.cascade.CascadeNode;
import id.pokin.cascade.NodeMapper;
import id.pokin.database.CypherFile;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The two traversals of the cascade, each one Cypher query returning exactly the rows it needs. */
@Repository
class TraceQueries {

	/** Shared with the benchmark suite, which times the same query through the driver as the floor. */
	private static final String TRACE = CypherFile.load("queries/trace.cypher");

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

	TraceQueries(Neo4jClient client) {
		this.client = client;
	}

	/** Empty when the id is unknown. */
	Optional<List<TracePath>> trace(String id, int maxPaths) {
		List<Map<String, Object>> rows = List.copyOf(this.client.query(TRACE)
			.bindAll(Map.of("id", id, "maxPaths", maxPaths))
			.fetch()
			.all());
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(rows.stream()
			.filter(row -> row.get("nodes") != null)
			.map(row -> new TracePath(nodes(row.get("nodes"))))
			.toList());
	}

	/** Empty when the id is unknown. */
	Optional<ImpactRows> impact(String id, int maxNodes) {
		return this.client.query(IMPACT)
			.bindAll(Map.of("id", id, "maxNodes", maxNodes))
			.fetchAs(ImpactRows.class)
			.mappedBy((types, record) -> {
				CascadeNode root = NodeMapper.toNode(record.get("root").asMap());
				List<ImpactRows.Row> below = record.get("below").asList(value -> {
					Map<String, Object> properties = value.asMap();
					@SuppressWarnings("unchecked")
					List<String> parentIds = (List<String>) properties.get("parentIds");
					return new ImpactRows.Row(NodeMapper.toNode(properties), parentIds);
				});
				return new ImpactRows(root, below);
			})
			.one();
	}

	@SuppressWarnings("unchecked")
	private static List<CascadeNode> nodes(Object list) {
		return ((List<Map<String, Object>>) list).stream().map(NodeMapper::toNode).toList();
	}

	record ImpactRows(CascadeNode root, List<Row> below) {

		record Row(CascadeNode node, List<String> parentIds) {
		}

	}

}
