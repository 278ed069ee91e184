package id.pokin.cascade;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pokin.node.CascadeNode;
import id.pokin.node.NodeMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units as entry points into the cascade: per unit (batched) the tops of its cascade and what it answers for. A
 * unit's tree is {@code (sub)-[:PART_OF]->(unit)}; what it answers for hangs off {@code RESPONSIBLE_FOR}.
 */
@Repository
@Transactional(readOnly = true)
public class UnitQueries {

	/**
	 * The highest elements a unit's subtree answers for: those none of whose parents the same subtree answers
	 * for. For a region that is its RPJMD goals (or, where the document names none, its agencies' top
	 * sasaran); for an agency its sasaran strategis, whatever they contribute to above.
	 */
	private static final String TOP_ELEMENTS = """
			UNWIND $ids AS id
			MATCH (u:Node {id: id}) WHERE u:Unit
			MATCH (u)<-[:PART_OF*0..]-(s:Unit)
			WITH id, collect(s) AS scope
			UNWIND scope AS s
			MATCH (s)-[:RESPONSIBLE_FOR]->(e:Element)
			WHERE NOT EXISTS { MATCH (e)-[:CONTRIBUTES_TO]->(:Node)<-[:RESPONSIBLE_FOR]-(o:Unit) WHERE o IN scope }
			WITH DISTINCT id, e ORDER BY e.seq, e.name
			RETURN id, collect(e {.*}) AS nodes
			""";

	private static final String COUNTS = """
			UNWIND $ids AS id
			MATCH (u:Node {id: id}) WHERE u:Unit
			MATCH (u)<-[:PART_OF*0..]-(s:Unit)
			OPTIONAL MATCH (s)-[:RESPONSIBLE_FOR]->(n:Node)
			WITH id, count(DISTINCT s) - 1 AS units, collect(DISTINCT n) AS nodes
			RETURN id, units,
			  size([n IN nodes WHERE n.kind = 'TUJUAN']) AS tujuan,
			  size([n IN nodes WHERE n.kind = 'SASARAN']) AS sasaran,
			  size([n IN nodes WHERE n.kind = 'KONDISI']) AS kondisi,
			  size([n IN nodes WHERE n.kind = 'INDIKATOR']) AS indikator
			""";

	private final Neo4jClient client;

	UnitQueries(Neo4jClient client) {
		this.client = client;
	}

	/** Every requested id is a key; a unit with no top maps to an empty list. */
	public Map<String, List<CascadeNode>> topElementsOf(Collection<String> unitIds) {
		Map<String, List<CascadeNode>> result = new LinkedHashMap<>();
		unitIds.forEach(id -> result.put(id, List.of()));
		this.client.query(TOP_ELEMENTS).bind(List.copyOf(unitIds)).to("ids").fetch().all().forEach(row -> {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> nodes = (List<Map<String, Object>>) row.get("nodes");
			result.put((String) row.get("id"), nodes.stream().map(NodeMapper::toNode).toList());
		});
		return result;
	}

	/** Every requested id is a key; an unknown id counts zero everywhere. */
	public Map<String, UnitCounts> countsOf(Collection<String> unitIds) {
		Map<String, UnitCounts> result = new LinkedHashMap<>();
		unitIds.forEach(id -> result.put(id, new UnitCounts(0, 0, 0, 0, 0)));
		this.client.query(COUNTS).bind(List.copyOf(unitIds)).to("ids").fetch().all().forEach(row -> result.put(
				(String) row.get("id"), new UnitCounts(count(row, "units"), count(row, "tujuan"),
						count(row, "sasaran"), count(row, "kondisi"), count(row, "indikator"))));
		return result;
	}

	private static int count(Map<String, Object> row, String key) {
		return ((Number) row.get(key)).intValue();
	}

}
