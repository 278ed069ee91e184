package id.pokin.pohonkinerja;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pokin.graph.GraphReads;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;

import org.springframework.stereotype.Repository;

/**
 * What a unit's pohon kinerja shows, in one query: the unit and every unit below it, the tops of their cascade
 * (as {@code UnitQueries.topElements} finds them: the elements the scope answers for none of whose parents it
 * answers for) and everything that contributes to those tops, as the diagram page builds it from {@code impact}.
 * Only the properties the chart prints are read.
 */
@Repository
class ChartQueries {

	private static final String CHART = """
			MATCH (u:Node {id: $scope})
			CALL (u) {
			  MATCH (u)<-[:PART_OF*0..]-(s:Unit) WHERE u:Unit
			  RETURN collect(DISTINCT s) AS scope
			}
			CALL (scope) {
			  UNWIND scope AS s
			  MATCH (s)-[:RESPONSIBLE_FOR]->(e:Element)
			  WHERE NOT EXISTS { MATCH (e)-[:CONTRIBUTES_TO]->(:Node)<-[:RESPONSIBLE_FOR]-(o:Unit) WHERE o IN scope }
			  RETURN collect(DISTINCT e) AS tops
			}
			CALL (tops) {
			  UNWIND tops AS top
			  MATCH (top)<-[:CONTRIBUTES_TO*0..]-(n:Node)
			  WITH DISTINCT n LIMIT $maxNodes
			  RETURN collect(n {.id, .kind, .code, .name, .level, .seq, .satuan, .targetYears, .targetRaw,
			    parents: [(n)-[:CONTRIBUTES_TO]->(p:Node) | p {.id, .code, .name}],
			    units: [(r:Unit)-[:RESPONSIBLE_FOR]->(n) | r {.id, .name, .seq}]}) AS nodes
			}
			RETURN u.kind AS kind, u.name AS name, u.level AS level,
			  [(u)-[:PART_OF*0..]->(r:Unit {level: 'PEMDA'}) | r.name][0] AS region,
			  [s IN scope | s {.id, .code, .name, .level, .seq, parent: [(s)-[:PART_OF]->(p:Unit) | p.id][0]}] AS units,
			  [t IN tops | t.id] AS tops, nodes
			""";

	private final GraphReads reads;

	ChartQueries(GraphReads reads) {
		this.reads = reads;
	}

	/** Empty when no node has the id; {@link Scope#kind()} says whether it is a unit. */
	@SuppressWarnings("unchecked")
	Optional<Scope> scope(String id, int maxNodes) {
		return this.reads.list(CHART, Map.of("scope", id, "maxNodes", maxNodes + 1)).stream().findFirst().map(row -> {
			List<Map<String, Object>> rows = (List<Map<String, Object>>) row.get("nodes");
			Map<String, GraphNode> nodes = new LinkedHashMap<>();
			rows.stream().limit(maxNodes).forEach(p -> nodes.put((String) p.get("id"), node(p)));
			List<ScopeUnit> units = ((List<Map<String, Object>>) row.get("units")).stream()
				.map(u -> new ScopeUnit(string(u, "id"), string(u, "code"), string(u, "name"), level(u),
						seq(u), string(u, "parent")))
				.toList();
			return new Scope(id, NodeKind.valueOf(string(row, "kind")), string(row, "name"), level(row),
					string(row, "region"), units, (List<String>) row.get("tops"), nodes, rows.size() > maxNodes);
		});
	}

	@SuppressWarnings("unchecked")
	private static GraphNode node(Map<String, Object> p) {
		Map<Integer, String> targets = new LinkedHashMap<>();
		List<?> years = (List<?>) p.get("targetYears");
		List<?> raws = (List<?>) p.get("targetRaw");
		if (years != null && raws != null) {
			for (int i = 0; i < years.size() && i < raws.size(); i++) {
				if (years.get(i) instanceof Number year && raws.get(i) != null) {
					targets.put(year.intValue(), raws.get(i).toString());
				}
			}
		}
		List<Ref> parents = new ArrayList<>();
		((List<Map<String, Object>>) p.get("parents"))
			.forEach(r -> parents.add(new Ref(string(r, "id"), string(r, "code"), string(r, "name"), 0)));
		List<Ref> units = new ArrayList<>();
		((List<Map<String, Object>>) p.get("units"))
			.forEach(r -> units.add(new Ref(string(r, "id"), null, string(r, "name"), seq(r))));
		return new GraphNode(string(p, "id"), NodeKind.valueOf(string(p, "kind")), string(p, "code"),
				string(p, "name"), level(p), seq(p), string(p, "satuan"), targets, parents, units);
	}

	private static String string(Map<String, Object> p, String key) {
		Object value = p.get(key);
		return value == null ? null : value.toString();
	}

	private static Level level(Map<String, Object> p) {
		return p.get("level") == null ? null : Level.valueOf(p.get("level").toString());
	}

	private static long seq(Map<String, Object> p) {
		return p.get("seq") instanceof Number n ? n.longValue() : Long.MAX_VALUE;
	}

	/**
	 * @param truncated more nodes than asked for contribute to the tops: the chart would not be complete
	 */
	record Scope(String id, NodeKind kind, String name, Level level, String region, List<ScopeUnit> units,
			List<String> tops, Map<String, GraphNode> nodes, boolean truncated) {
	}

	/** A unit of the scope; {@code parent} is the unit it is part of (null for a region). */
	record ScopeUnit(String id, String code, String name, Level level, long seq, String parent) {
	}

	/** A node under the scope's tops, with all its parents (inside the chart or not) and responsible units. */
	record GraphNode(String id, NodeKind kind, String code, String name, Level level, long seq, String satuan,
			Map<Integer, String> targets, List<Ref> parents, List<Ref> units) {
	}

	/** Another node named by a node: a parent or a responsible unit. */
	record Ref(String id, String code, String name, long seq) {
	}

}
