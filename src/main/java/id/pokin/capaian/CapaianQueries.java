package id.pokin.capaian;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.graph.GraphReads;
import id.pokin.graph.GraphVersion;

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
	 * each link, projected to what capaian needs and nothing more (a roll-up reads every node of a region: each
	 * property left out is ten thousand reads saved). The DISTINCT right after the expansion, per start, lets Neo4j
	 * walk each subtree breadth-first with pruning instead of enumerating its paths (crosscutting links multiply
	 * them).
	 */
	private static final String BELOW = """
			UNWIND $ids AS id
			MATCH (root:Node {id: id})
			CALL (root) {
			  MATCH (root)<-[:CONTRIBUTES_TO*0..]-(n:Node)
			  RETURN DISTINCT n
			}
			WITH DISTINCT n
			RETURN n {.id, .kind, .polarity, .targetYears, .targetRaw, .targetValue, .realisasiYears,
			       .realisasiPeriods, .realisasiRaw, .realisasiValue} AS node,
			       [(n)<-[r:CONTRIBUTES_TO]-(c) | [c.id, r.weight]] AS contributors
			""";

	/** Where a scope starts: a unit's responsibilities (its own and its sub-units'), or the element itself. */
	private static final String SCOPE_NODES = """
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
			""";

	/**
	 * A scope's nodes (a unit's: what it and its sub-units answer for, and everything below that; an element's: it
	 * and everything below), as a tree row shows them.
	 */
	private static final String SCOPE = SCOPE_NODES + """
			RETURN n {.id, .kind, .name, .code, .level, .version, .sourceDocument, .sourceRef, .satuan, .polarity,
			       .targetYears, .targetRaw, .targetValue, .realisasiYears, .realisasiPeriods, .realisasiRaw,
			       .realisasiValue} AS node,
			       [(n)<-[r:CONTRIBUTES_TO]-(c) | [c.id, r.weight]] AS contributors
			""";

	/** The same nodes with what capaian needs only: atRisk shows few of them, read afterwards ({@link #NODES}). */
	private static final String SCOPE_FIGURES = SCOPE_NODES + """
			RETURN n {.id, .kind, .polarity, .targetYears, .targetRaw, .targetValue, .realisasiYears,
			       .realisasiPeriods, .realisasiRaw, .realisasiValue} AS node,
			       [(n)<-[r:CONTRIBUTES_TO]-(c) | [c.id, r.weight]] AS contributors
			""";

	/** The nodes an answer shows, as the Node type needs them. */
	private static final String NODES = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			RETURN n {.id, .kind, .name, .code, .level, .version, .sourceDocument, .sourceRef, .satuan, .polarity,
			       .targetYears, .targetRaw, .targetValue} AS node
			""";

	/** Everything, for {@code atRisk} without a scope. */
	private static final String EVERYTHING = """
			MATCH (n:Node)
			WHERE n:Element OR n:Indikator
			RETURN n {.id, .kind, .polarity, .targetYears, .targetRaw, .targetValue, .realisasiYears,
			       .realisasiPeriods, .realisasiRaw, .realisasiValue} AS node,
			       [(n)<-[r:CONTRIBUTES_TO]-(c) | [c.id, r.weight]] AS contributors
			""";

	/** Nodes by id with what capaian needs (a kept subgraph's changed nodes, read again). */
	private static final String FIGURES_OF = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			RETURN n {.id, .kind, .polarity, .targetYears, .targetRaw, .targetValue, .realisasiYears,
			       .realisasiPeriods, .realisasiRaw, .realisasiValue} AS node,
			       [(n)<-[r:CONTRIBUTES_TO]-(c) | [c.id, r.weight]] AS contributors
			""";

	/** Nodes by id as a tree row shows them. */
	private static final String SCOPE_OF = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			RETURN n {.id, .kind, .name, .code, .level, .version, .sourceDocument, .sourceRef, .satuan, .polarity,
			       .targetYears, .targetRaw, .targetValue, .realisasiYears, .realisasiPeriods, .realisasiRaw,
			       .realisasiValue} AS node,
			       [(n)<-[r:CONTRIBUTES_TO]-(c) | [c.id, r.weight]] AS contributors
			""";

	/** {@link #BELOW} as a tree row shows the nodes: what a kept scope newly reaches. */
	private static final String SCOPE_BELOW = """
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
			       [(n)<-[r:CONTRIBUTES_TO]-(c) | [c.id, r.weight]] AS contributors
			""";

	/** Where a scope starts, the starts alone. */
	private static final String SCOPE_STARTS = """
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
			RETURN DISTINCT start.id AS id
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

	private final KeptSubgraphs kept;

	CapaianQueries(Neo4jClient client, GraphReads reads, GraphVersion version, CapaianProperties settings) {
		this.client = client;
		this.reads = reads;
		this.kept = new KeptSubgraphs(version, settings.keptNodes());
	}

	/** The kept subgraphs, for tests. */
	KeptSubgraphs kept() {
		return this.kept;
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
		List<String> sorted = ids.stream().sorted().distinct().toList();
		return this.kept.get(BELOW, sorted, new Subgraph(Map.of("ids", sorted), BELOW, FIGURES_OF, BELOW) {

			@Override
			public Collection<String> starts() {
				return sorted;
			}

			@Override
			public boolean complete(Map<String, GraphNode> nodes) {
				return nodes.keySet().containsAll(sorted);
			}

		});
	}

	Map<String, GraphNode> scope(String scope) {
		return this.kept.get(SCOPE, scope, new Scope(scope, SCOPE, SCOPE_OF, SCOPE_BELOW));
	}

	/** A scope's nodes with what capaian needs only. */
	Map<String, GraphNode> scopeFigures(String scope) {
		return this.kept.get(SCOPE_FIGURES, scope, new Scope(scope, SCOPE_FIGURES, FIGURES_OF, BELOW));
	}

	/** The nodes by id with what the Node type shows, in no particular order. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> shown(Collection<String> ids) {
		return this.reads.list(NODES, Map.of("ids", List.copyOf(ids))).stream()
			.map(row -> (Map<String, Object>) row.get("node"))
			.toList();
	}

	Map<String, GraphNode> everything() {
		return this.kept.get(EVERYTHING, "", new Subgraph(Map.of(), EVERYTHING, FIGURES_OF, BELOW) {

			@Override
			public Collection<String> starts() {
				return List.of();
			}

			@Override
			public boolean complete(Map<String, GraphNode> nodes) {
				return true;
			}

			@Override
			public boolean everything() {
				return true;
			}

		});
	}

	/** How kept subgraphs get the same projection in part as in full: the queries of each. */
	private abstract class Subgraph implements KeptSubgraphs.Reading {

		private final Map<String, Object> parameters;

		private final String all;

		private final String byId;

		private final String below;

		Subgraph(Map<String, Object> parameters, String all, String byId, String below) {
			this.parameters = parameters;
			this.all = all;
			this.byId = byId;
			this.below = below;
		}

		@Override
		public Map<String, GraphNode> all() {
			return CapaianQueries.nodes(CapaianQueries.this.reads.list(this.all, this.parameters));
		}

		@Override
		public Map<String, GraphNode> nodes(Collection<String> ids) {
			return CapaianQueries.nodes(CapaianQueries.this.reads.list(this.byId, Map.of("ids", List.copyOf(ids))));
		}

		@Override
		public Map<String, GraphNode> below(Collection<String> ids) {
			return CapaianQueries.nodes(CapaianQueries.this.reads.list(this.below, Map.of("ids", List.copyOf(ids))));
		}

	}

	/** A unit's or an element's scope: hangs from what the units answer for, read again when that changes. */
	private final class Scope extends Subgraph {

		private final String scope;

		Scope(String scope, String all, String byId, String below) {
			super(Map.of("scope", scope), all, byId, below);
			this.scope = scope;
		}

		@Override
		public Collection<String> starts() {
			return CapaianQueries.this.reads.list(SCOPE_STARTS, Map.of("scope", this.scope)).stream()
				.map(row -> (String) row.get("id"))
				.toList();
		}

		@Override
		public boolean complete(Map<String, GraphNode> nodes) {
			return !nodes.isEmpty();
		}

		@Override
		public boolean dependsOnUnits() {
			return true;
		}

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
			List<List<Object>> contributors = (List<List<Object>>) row.get("contributors");
			List<GraphNode.Contributor> links = new ArrayList<>(contributors.size());
			for (List<Object> contributor : contributors) {
				links.add(new GraphNode.Contributor((String) contributor.get(0),
						contributor.get(1) instanceof Number n ? n.doubleValue() : 1.0));
			}
			GraphNode node = new GraphNode((String) properties.get("id"), properties, links);
			nodes.put(node.id(), node);
		}
		return nodes;
	}

}
