package id.pokin.browse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pokin.browse.FilterScope.Scope;
import id.pokin.graph.DataReadiness;
import id.pokin.graph.IndexPending;
import id.pokin.node.CascadeNode;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.node.NodeMapper;
import id.pokin.node.NodeNotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The reads of the browse fields; the Cypher and why each filter starts where it does: {@link BrowseCypher}. */
@Repository
@Transactional(readOnly = true, timeoutString = "${pokin.graphql.timeout-seconds:30}")
class BrowseQueries {

	private final Neo4jClient client;

	private final DataReadiness readiness;

	BrowseQueries(Neo4jClient client, DataReadiness readiness) {
		this.client = client;
		this.readiness = readiness;
	}

	/**
	 * Checks the filter's ids (an unknown id is not found, a node of the wrong kind or level is refused, each naming
	 * its argument) and finds the scopes and documents the page query takes as parameters. No query when the filter
	 * names no node and no year.
	 */
	@SuppressWarnings("unchecked")
	FilterScope resolve(String field, NodeFilter filter) {
		if (!filter.namesNodes() && filter.year() == null) {
			return FilterScope.NONE;
		}
		List<Map<String, Object>> roots = new ArrayList<>();
		addRoot(roots, "region", filter.region(), true);
		addRoot(roots, "perangkatDaerah", filter.perangkatDaerah(), true);
		addRoot(roots, "unit", filter.unit(), false);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("roots", roots);
		parameters.put("year", filter.year());
		Map<String, Object> row = this.client.query(BrowseCypher.RESOLVE).bindAll(parameters).fetch().one().orElseThrow();
		Map<String, Scope> scopes = new HashMap<>();
		List<String> unitIds = List.of();
		for (Map<String, Object> root : (List<Map<String, Object>>) row.get("roots")) {
			String argument = (String) root.get("argument");
			String id = (String) root.get("id");
			check(field, argument, id, (String) root.get("kind"), (String) root.get("level"));
			scopes.put(argument, new Scope(List.copyOf((List<String>) root.get("documents")),
					List.copyOf((List<String>) root.get("ids"))));
			if (argument.equals("unit")) {
				// the unit first, then its sub-units
				List<String> subtree = new ArrayList<>(List.of(id));
				((List<String>) root.get("units")).stream().filter(u -> !u.equals(id)).forEach(subtree::add);
				unitIds = List.copyOf(subtree);
			}
		}
		return new FilterScope(scopes.getOrDefault("region", Scope.EMPTY),
				scopes.getOrDefault("perangkatDaerah", Scope.EMPTY), unitIds,
				List.copyOf((List<String>) row.get("outOfYear")));
	}

	/** Up to {@code limit} nodes after {@code after} (an id; empty for the first page), in id order. */
	List<CascadeNode> page(Listing listing, NodeFilter filter, FilterScope scope, String after, int limit) {
		Map<String, Object> parameters = scope.parameters(listing, filter);
		parameters.put("after", after);
		parameters.put("limit", limit);
		// a text filter on a new store can come before its full-text index exists (nothing to find yet)
		return IndexPending.orNothingFound(this.readiness, "node_search", () -> List.copyOf(this.client
			.query(BrowseCypher.page(listing, filter))
			.bindAll(parameters)
			.fetchAs(CascadeNode.class)
			.mappedBy((types, record) -> NodeMapper.toNode(record.get("node").asMap()))
			.all()), List::of);
	}

	/** The matching nodes by kind and level, kinds in schema order, then levels top first (no level last). */
	List<NodeCount> counts(NodeFilter filter, FilterScope scope) {
		return IndexPending.orNothingFound(this.readiness, "node_search", () -> this.client.query(BrowseCypher.counts(filter))
			.bindAll(scope.parameters(Listing.ALL, filter))
			.fetch()
			.all(), List::<Map<String, Object>>of)
			.stream()
			.map(row -> new NodeCount(NodeKind.valueOf((String) row.get("kind")),
					row.get("level") == null ? null : Level.valueOf((String) row.get("level")),
					((Number) row.get("count")).intValue()))
			.sorted(NodeCount.ORDER)
			.toList();
	}

	/**
	 * A page of what each unit answers for, all in one query; up to {@code limit} of each key's nodes (the caller
	 * asks for one more than a page). Every key is in the result.
	 */
	Map<ResponsibilityPage, List<CascadeNode>> responsibilities(Collection<ResponsibilityPage> pages) {
		List<ResponsibilityPage> keys = List.copyOf(pages);
		Map<ResponsibilityPage, List<CascadeNode>> result = new LinkedHashMap<>();
		keys.forEach(page -> result.put(page, List.of()));
		List<Map<String, Object>> parameters = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			ResponsibilityPage page = keys.get(i);
			parameters.add(Map.of("key", i, "unit", page.unitId(), "subUnits", page.subUnits(), "after", page.after(),
					"limit", page.size() + 1));
		}
		this.client.query(BrowseCypher.RESPONSIBILITIES).bind(parameters).to("pages").fetch().all().forEach(row -> {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> nodes = (List<Map<String, Object>>) row.get("nodes");
			result.put(keys.get(((Number) row.get("key")).intValue()), nodes.stream().map(NodeMapper::toNode).toList());
		});
		return result;
	}

	private static void addRoot(List<Map<String, Object>> roots, String argument, String id, boolean scoped) {
		if (id != null) {
			roots.add(Map.of("argument", argument, "id", id, "scoped", scoped));
		}
	}

	/** A region must be a Pemda unit, a perangkat daerah a Perangkat Daerah unit, a unit any unit. */
	private static void check(String field, String argument, String id, String kind, String level) {
		String name = "%s: 'filter.%s'".formatted(field, argument);
		if (kind == null) {
			throw new NodeNotFoundException(id, "%s: no node with id '%s'".formatted(name, id));
		}
		Level wanted = switch (argument) {
			case "region" -> Level.PEMDA;
			case "perangkatDaerah" -> Level.PERANGKAT_DAERAH;
			default -> null;
		};
		boolean unit = NodeKind.UNIT.name().equals(kind);
		if (!unit || (wanted != null && !wanted.name().equals(level))) {
			String what = switch (argument) {
				case "region" -> "a region (a unit at level PEMDA)";
				case "perangkatDaerah" -> "a perangkat daerah (a unit at level PERANGKAT_DAERAH)";
				default -> "a unit";
			};
			String is = unit ? "a unit at level " + level : "a " + kind;
			throw new IllegalArgumentException("%s must be the id of %s; '%s' is %s".formatted(name, what, id, is));
		}
	}

}
