package id.pokin.capaian;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.graph.GraphReads;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The Cypher of realisasi and capaian. Reads are one query each (a request level's indicators, or a whole
 * subgraph for roll-ups); the arithmetic is Java's ({@link Rollups}), since it follows the target texts.
 */
@Repository
class CapaianQueries {

	/** What an indicator's capaian needs: polarity, targets, realisasi (all of them: a list is one property read). */
	private static final String FIGURES = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			WHERE n:Indikator
			RETURN n.id AS id, n {.polarity, .targetYears, .targetRaw, .targetValue, .realisasiYears,
			       .realisasiPeriods, .realisasiRaw, .realisasiValue, .realisasiEvidence, .realisasiDocument,
			       .realisasiRef, .realisasiBy, .realisasiAt} AS figures
			""";

	/**
	 * Every element and indicator at or below the given nodes, each once, with its contributors and the weight of
	 * each link. The projection holds what a tree row shows and what capaian needs, nothing more. The DISTINCT right
	 * after the expansion, per start, lets Neo4j walk each subtree breadth-first with pruning instead of enumerating
	 * its paths (crosscutting links multiply them).
	 */
	private static final String BELOW = """
			UNWIND $ids AS id
			MATCH (root:Node {id: id})
			CALL (root) {
			  MATCH (root)<-[:CONTRIBUTES_TO*0..]-(n:Node)
			  RETURN DISTINCT n
			}
			WITH DISTINCT n
			RETURN n {.id, .kind, .name, .code, .level, .version, .sourceDocument, .sourceRef, .satuan, .polarity,
			       .targetYears, .targetRaw, .targetValue, .realisasiYears, .realisasiPeriods, .realisasiRaw,
			       .realisasiValue} AS node,
			       [(n)<-[r:CONTRIBUTES_TO]-(c:Node) | {id: c.id, weight: r.weight}] AS contributors
			""";

	/**
	 * The same for a scope: a unit's (what it and its sub-units answer for, and everything below that), or an
	 * element's (it and everything below).
	 */
	private static final String SCOPE = """
			MATCH (s:Node {id: $scope})
			CALL (s) {
			  MATCH (s)<-[:PART_OF*0..]-(:Unit)-[:RESPONSIBLE_FOR]->(start:Node)
			  WHERE s:Unit
			  RETURN start
			  UNION
			  WITH s
			  WHERE NOT s:Unit
			  RETURN s AS start
			}
			WITH DISTINCT start
			CALL (start) {
			  MATCH (start)<-[:CONTRIBUTES_TO*0..]-(n:Node)
			  RETURN DISTINCT n
			}
			WITH DISTINCT n
			RETURN n {.id, .kind, .name, .code, .level, .version, .sourceDocument, .sourceRef, .satuan, .polarity,
			       .targetYears, .targetRaw, .targetValue, .realisasiYears, .realisasiPeriods, .realisasiRaw,
			       .realisasiValue} AS node,
			       [(n)<-[r:CONTRIBUTES_TO]-(c:Node) | {id: c.id, weight: r.weight}] AS contributors
			""";

	/** Everything, for {@code atRisk} without a scope. */
	private static final String EVERYTHING = """
			MATCH (n:Node)
			WHERE n:Element OR n:Indikator
			RETURN n {.id, .kind, .name, .code, .level, .version, .sourceDocument, .sourceRef, .satuan, .polarity,
			       .targetYears, .targetRaw, .targetValue, .realisasiYears, .realisasiPeriods, .realisasiRaw,
			       .realisasiValue} AS node,
			       [(n)<-[r:CONTRIBUTES_TO]-(c:Node) | {id: c.id, weight: r.weight}] AS contributors
			""";

	private static final String KIND = """
			MATCH (n:Node {id: $id})
			RETURN n.kind AS kind
			""";

	/** Setting a property to null removes it; the indicator's lock property goes with the write. */
	private static final String WRITE_REALISASI = """
			MATCH (n:Node {id: $id})
			SET n += $properties
			REMOVE n._lock
			""";

	private static final String LINK = """
			MATCH (from:Node {id: $from})-[link:CONTRIBUTES_TO]->(to:Node {id: $to})
			RETURN link.weight AS weight, from.kind AS fromKind, from.version AS fromVersion,
			       from.sourceDocument AS fromDocument, to.kind AS toKind, to.version AS toVersion,
			       to.sourceDocument AS toDocument
			""";

	private static final String SET_WEIGHT = """
			MATCH (:Node {id: $from})-[link:CONTRIBUTES_TO]->(:Node {id: $to})
			SET link.weight = $weight
			""";

	private final Neo4jClient client;

	private final GraphReads reads;

	CapaianQueries(Neo4jClient client, GraphReads reads) {
		this.client = client;
		this.reads = reads;
	}

	/** Each indicator's figures by id; ids that are not indicators are left out. */
	@SuppressWarnings("unchecked")
	Map<String, Map<String, Object>> figures(Set<String> ids) {
		Map<String, Map<String, Object>> figures = new HashMap<>();
		for (Map<String, Object> row : this.reads.list(FIGURES, Map.of("ids", List.copyOf(ids)))) {
			figures.put((String) row.get("id"), (Map<String, Object>) row.get("figures"));
		}
		return figures;
	}

	Map<String, GraphNode> below(List<String> ids) {
		return nodes(this.reads.list(BELOW, Map.of("ids", ids)));
	}

	Map<String, GraphNode> scope(String scope) {
		return nodes(this.reads.list(SCOPE, Map.of("scope", scope)));
	}

	Map<String, GraphNode> everything() {
		return nodes(this.reads.list(EVERYTHING, Map.of()));
	}

	/** The node's kind, or null when there is no such node. */
	String kind(String id) {
		return this.reads.list(KIND, Map.of("id", id)).stream().findFirst().map(row -> (String) row.get("kind"))
			.orElse(null);
	}

	void writeRealisasi(String id, Map<String, Object> properties) {
		this.client.query(WRITE_REALISASI).bindAll(Map.of("id", id, "properties", properties)).run();
	}

	/** The link, in the caller's transaction; empty when the two are not linked. */
	Map<String, Object> link(String from, String to) {
		return this.client.query(LINK).bindAll(Map.of("from", from, "to", to)).fetch().one().orElse(null);
	}

	void setWeight(String from, String to, Double weight) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("weight", weight);
		this.client.query(SET_WEIGHT).bindAll(parameters).run();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, GraphNode> nodes(List<Map<String, Object>> rows) {
		Map<String, GraphNode> nodes = new LinkedHashMap<>(rows.size() * 2);
		for (Map<String, Object> row : rows) {
			Map<String, Object> properties = (Map<String, Object>) row.get("node");
			List<Map<String, Object>> contributors = (List<Map<String, Object>>) row.get("contributors");
			List<GraphNode.Contributor> links = new ArrayList<>(contributors.size());
			for (Map<String, Object> contributor : contributors) {
				links.add(new GraphNode.Contributor((String) contributor.get("id"),
						contributor.get("weight") instanceof Number n ? n.doubleValue() : 1.0));
			}
			GraphNode node = new GraphNode((String) properties.get("id"), properties, links);
			nodes.put(node.id(), node);
		}
		return nodes;
	}

}
