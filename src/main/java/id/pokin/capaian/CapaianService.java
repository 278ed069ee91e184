package id.pokin.capaian;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.node.CascadeNode;
import id.pokin.node.NodeMapper;
import id.pokin.node.NodeNotFoundException;
import id.pokin.trace.TracePath;

import org.springframework.stereotype.Service;

/**
 * Capaian, roll-ups and goals at risk. Every answer reads its subgraph in one query and computes in Java, each
 * node once ({@link Rollups}): a request level's roll-ups cost one query whatever their number.
 */
@Service
class CapaianService {

	private final CapaianQueries queries;

	private final CapaianProperties settings;

	CapaianService(CapaianQueries queries, CapaianProperties settings) {
		this.queries = queries;
		this.settings = settings;
	}

	CapaianProperties settings() {
		return this.settings;
	}

	Map<String, Map<String, Object>> figures(Set<String> ids) {
		return this.queries.figures(ids);
	}

	/** The roll-ups asked for by one request level, grouped by (year, period): one query per group. */
	Map<RollupKey, Capaian> rollups(Set<RollupKey> keys) {
		Map<RollupKey, Capaian> result = new HashMap<>();
		Map<List<Object>, List<RollupKey>> groups = new LinkedHashMap<>();
		keys.forEach(key -> groups.computeIfAbsent(List.of(key.year(), key.period()), k -> new ArrayList<>()).add(key));
		groups.forEach((group, members) -> {
			Map<String, GraphNode> nodes = this.queries.below(members.stream().map(RollupKey::id).distinct().toList());
			Rollups rollups = new Rollups(nodes, (Integer) group.get(0), (Period) group.get(1), this.settings);
			members.forEach(key -> result.put(key, rollups.of(key.id())));
		});
		return result;
	}

	/** Every element and indicator of the scope with its capaian, parents within the scope and depth. */
	List<TreeRow> tree(String scope, int year, Period period) {
		Map<String, GraphNode> nodes = this.queries.scope(scope);
		if (nodes.isEmpty() && this.queries.kind(scope) == null) {
			throw new NodeNotFoundException(scope);
		}
		Rollups rollups = new Rollups(nodes, year, period, this.settings);
		Map<String, List<String>> parents = parents(nodes);
		Map<String, Integer> depths = depths(nodes, parents);
		List<TreeRow> rows = new ArrayList<>(nodes.size());
		for (GraphNode node : nodes.values()) {
			rows.add(new TreeRow(NodeMapper.toNode(node.properties()), parents.get(node.id()), depths.get(node.id()),
					rollups.of(node.id())));
		}
		rows.sort(Comparator.comparingInt(TreeRow::depth).thenComparing(row -> row.node().id()));
		return rows;
	}

	/**
	 * The elements of the scope whose roll-up is below {@code below} (those with no data are not at risk, but not
	 * safe either: {@code coverage} says so), top of the cascade first, then the furthest below; each with the
	 * paths from its failing indicators up to it.
	 */
	List<RiskItem> atRisk(String scope, int year, Period period, double below) {
		Map<String, GraphNode> nodes = scope == null ? this.queries.everything() : this.queries.scope(scope);
		if (scope != null && nodes.isEmpty() && this.queries.kind(scope) == null) {
			throw new NodeNotFoundException(scope);
		}
		Rollups rollups = new Rollups(nodes, year, period, this.settings);
		Map<String, List<String>> parents = parents(nodes);
		Map<String, Integer> depths = depths(nodes, parents);
		List<String> risky = new ArrayList<>();
		for (GraphNode node : nodes.values()) {
			Capaian capaian = rollups.of(node.id());
			if (!node.isIndicator() && capaian.hasPercent() && capaian.percent() < below) {
				risky.add(node.id());
			}
		}
		risky.sort(Comparator.comparingInt((String id) -> depths.get(id))
			.thenComparingDouble(id -> rollups.of(id).percent())
			.thenComparing(id -> id));
		Map<String, CascadeNode> mapped = new HashMap<>();
		List<RiskItem> items = new ArrayList<>(risky.size());
		for (String id : risky) {
			Rollups.Causes causes = rollups.causes(id, this.settings.maxCauses());
			List<TracePath> paths = causes.paths().stream()
				.map(path -> new TracePath(path.stream()
					.map(step -> mapped.computeIfAbsent(step, s -> NodeMapper.toNode(nodes.get(s).properties())))
					.toList()))
				.toList();
			items.add(new RiskItem(mapped.computeIfAbsent(id, s -> NodeMapper.toNode(nodes.get(s).properties())),
					rollups.of(id), paths, causes.count()));
		}
		return items;
	}

	/** Each node's parents within the subgraph. */
	private static Map<String, List<String>> parents(Map<String, GraphNode> nodes) {
		Map<String, List<String>> parents = new HashMap<>(nodes.size() * 2);
		nodes.keySet().forEach(id -> parents.put(id, new ArrayList<>(1)));
		for (GraphNode node : nodes.values()) {
			for (GraphNode.Contributor contributor : node.contributors()) {
				List<String> of = parents.get(contributor.id());
				if (of != null) {
					of.add(node.id());
				}
			}
		}
		return parents;
	}

	/** Shortest distance from a top of the subgraph (a node none of whose parents is in it); 0 for a top. */
	private static Map<String, Integer> depths(Map<String, GraphNode> nodes, Map<String, List<String>> parents) {
		Map<String, Integer> depths = new HashMap<>(nodes.size() * 2);
		ArrayDeque<String> queue = new ArrayDeque<>();
		parents.forEach((id, of) -> {
			if (of.isEmpty()) {
				depths.put(id, 0);
				queue.add(id);
			}
		});
		while (!queue.isEmpty()) {
			String id = queue.poll();
			for (GraphNode.Contributor contributor : nodes.get(id).contributors()) {
				if (nodes.containsKey(contributor.id()) && !depths.containsKey(contributor.id())) {
					depths.put(contributor.id(), depths.get(id) + 1);
					queue.add(contributor.id());
				}
			}
		}
		// nodes only on a cycle have no top: after everything else
		nodes.keySet().forEach(id -> depths.putIfAbsent(id, Integer.MAX_VALUE / 2));
		return depths;
	}

	record RollupKey(String id, int year, Period period) {
	}

	/** A row of the capaian tree: the node, its parents within the scope, its depth, its capaian or roll-up. */
	record TreeRow(CascadeNode node, List<String> parentIds, int depth, Capaian capaian) {
	}

	/** A goal at risk; {@code causeCount} counts every cause path, {@code causes} lists the worst. */
	record RiskItem(CascadeNode node, Capaian rollup, List<TracePath> causes, long causeCount) {
	}

}
