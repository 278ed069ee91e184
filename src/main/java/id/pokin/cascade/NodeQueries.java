package id.pokin.cascade;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pokin.graph.DataReadiness;
import id.pokin.graph.IndexPending;
import id.pokin.node.CascadeNode;
import id.pokin.node.NodeMapper;
import id.pokin.node.NodeNotFoundException;
import id.pokin.node.SearchText;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads single nodes and their immediate neighbourhood. Every lookup goes through the {@code :Node} label
 * and its unique {@code id}; the per-field lookups take a batch of ids so GraphQL child fields cost one
 * query per level of a request, not one per row.
 */
@Repository
@Transactional(readOnly = true, timeoutString = "${pokin.graphql.timeout-seconds:30}")
public class NodeQueries {

	private static final String BY_ID = """
			MATCH (n:Node {id: $id})
			RETURN n {.*} AS node
			""";

	/** Parents: the elements a node contributes to, or for a unit the unit it is part of. */
	private static final String PARENTS = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})-[:CONTRIBUTES_TO|PART_OF]->(p:Node)
			WITH id, p ORDER BY p.seq, p.name
			RETURN id, collect(p {.*}) AS nodes
			""";

	private static final String CHILDREN = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})<-[:CONTRIBUTES_TO|PART_OF]-(c:Node)
			WITH id, c ORDER BY c.seq, c.name
			RETURN id, collect(c {.*}) AS nodes
			""";

	private static final String RESPONSIBLE_UNITS = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})<-[:RESPONSIBLE_FOR]-(u:Unit)
			WITH id, u ORDER BY u.seq, u.name
			RETURN id, collect(u {.*}) AS nodes
			""";

	private static final String RESPONSIBILITIES = """
			UNWIND $ids AS id
			MATCH (u:Unit {id: id})-[:RESPONSIBLE_FOR]->(n:Node)
			WITH id, n ORDER BY n.seq, n.name
			RETURN id, collect(n {.*}) AS nodes
			""";

	/**
	 * The index is eventually consistent (migration V008): waiting for it first lets a search see every commit before
	 * it. Only the page is projected: a common word matches a quarter of a large graph, and projecting every match
	 * before sorting would read all of them for the few shown.
	 */
	private static final String SEARCH = """
			CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
			CALL db.index.fulltext.queryNodes('node_search', $query) YIELD node, score
			WITH node, score
			ORDER BY score DESC, node.name
			LIMIT $first
			RETURN node {.*} AS node
			""";

	private final Neo4jClient client;

	private final DataReadiness readiness;

	NodeQueries(Neo4jClient client, DataReadiness readiness) {
		this.client = client;
		this.readiness = readiness;
	}

	public Optional<CascadeNode> findById(String id) {
		return this.client.query(BY_ID).bind(id).to("id").fetchAs(CascadeNode.class)
			.mappedBy((types, record) -> NodeMapper.toNode(record.get("node").asMap()))
			.one();
	}

	public CascadeNode getById(String id) {
		return findById(id).orElseThrow(() -> new NodeNotFoundException(id));
	}

	public List<CascadeNode> search(SearchText text, int first) {
		if (text.isBlank()) {
			return List.of();
		}
		// on a new store the first searches can come before the index exists (nothing to find yet)
		return IndexPending.orNothingFound(this.readiness, "node_search", () -> this.client.query(SEARCH)
			.bindAll(Map.of("query", text.luceneQuery(), "first", first))
			.fetchAs(CascadeNode.class)
			.mappedBy((types, record) -> NodeMapper.toNode(record.get("node").asMap()))
			.all()
			.stream()
			.toList(), List::of);
	}

	public Map<String, List<CascadeNode>> parentsOf(Collection<String> ids) {
		return neighbours(PARENTS, ids);
	}

	public Map<String, List<CascadeNode>> childrenOf(Collection<String> ids) {
		return neighbours(CHILDREN, ids);
	}

	public Map<String, List<CascadeNode>> responsibleUnitsOf(Collection<String> ids) {
		return neighbours(RESPONSIBLE_UNITS, ids);
	}

	public Map<String, List<CascadeNode>> responsibilitiesOf(Collection<String> unitIds) {
		return neighbours(RESPONSIBILITIES, unitIds);
	}

	/** Every requested id is a key of the result; ids with no neighbour map to an empty list. */
	private Map<String, List<CascadeNode>> neighbours(String cypher, Collection<String> ids) {
		Map<String, List<CascadeNode>> result = new LinkedHashMap<>();
		ids.forEach(id -> result.put(id, List.of()));
		this.client.query(cypher).bind(List.copyOf(ids)).to("ids").fetch().all().forEach(row -> {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> nodes = (List<Map<String, Object>>) row.get("nodes");
			result.put((String) row.get("id"), nodes.stream().map(NodeMapper::toNode).toList());
		});
		return result;
	}


}
