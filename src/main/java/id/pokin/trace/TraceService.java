package id.pokin.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pokin.node.NodeNotFoundException;
import id.pokin.trace.Impact.ImpactNode;
import id.pokin.trace.TraceQueries.ImpactRows;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trace and impact; {@link #tracesOf} is public for other features' fields that answer with traces. Trace and
 * impact are one query each and run as auto-commit reads (see {@link TraceQueries}), not in a transaction.
 */
@Service
public class TraceService {

	private final TraceQueries queries;

	private final TraceProperties properties;

	TraceService(TraceQueries queries, TraceProperties properties) {
		this.queries = queries;
		this.properties = properties;
	}

	TraceQueries.Trace trace(String id, boolean withUnits, TraceProjection projection) {
		return this.queries.trace(id, this.properties.maxPaths(), withUnits, projection)
			.orElseThrow(() -> new NodeNotFoundException(id));
	}

	/**
	 * The traces of many nodes in one query (for a batch of GraphQL fields), each bounded by
	 * {@code pokin.trace.max-paths} like {@code trace}. Every id is a key; unknown ids map to no path.
	 */
	@Transactional(readOnly = true, timeoutString = "${pokin.graphql.timeout-seconds:30}")
	public Map<String, List<TracePath>> tracesOf(Collection<String> ids) {
		return ids.isEmpty() ? Map.of() : this.queries.traces(ids, this.properties.maxPaths());
	}

	/**
	 * The query returns the whole subtree once; depths are the shortest distance from the root, found here by
	 * a breadth-first walk, so {@code maxDepth} and the parents shown stay consistent on a DAG.
	 */
	Impact impact(String id, Integer maxDepth) {
		if (maxDepth != null && maxDepth < 0) {
			throw new IllegalArgumentException("impact: 'maxDepth' must be 0 or more, was " + maxDepth);
		}
		int limit = this.properties.maxImpactNodes();
		ImpactRows rows = this.queries.impact(id, limit + 1).orElseThrow(() -> new NodeNotFoundException(id));
		boolean truncated = rows.below().size() > limit;
		List<ImpactRows.Row> below = truncated ? rows.below().subList(0, limit) : rows.below();

		Map<String, List<ImpactRows.Row>> childrenByParent = new HashMap<>();
		for (ImpactRows.Row row : below) {
			row.parentIds().forEach(p -> childrenByParent.computeIfAbsent(p, k -> new ArrayList<>()).add(row));
		}
		Map<String, Integer> depth = new HashMap<>();
		depth.put(rows.root().id(), 0);
		Deque<String> queue = new ArrayDeque<>(List.of(rows.root().id()));
		while (!queue.isEmpty()) {
			String parent = queue.poll();
			int childDepth = depth.get(parent) + 1;
			if (maxDepth != null && childDepth > maxDepth) {
				continue;
			}
			for (ImpactRows.Row child : childrenByParent.getOrDefault(parent, List.of())) {
				if (depth.putIfAbsent(child.node().id(), childDepth) == null) {
					queue.add(child.node().id());
				}
			}
		}
		List<ImpactNode> nodes = below.stream()
			.filter(row -> depth.containsKey(row.node().id()))
			.map(row -> new ImpactNode(row.node(), row.parentIds().stream().filter(depth::containsKey).toList(),
					depth.get(row.node().id())))
			.sorted(Comparator.comparingInt(ImpactNode::depth))
			.toList();
		return new Impact(rows.root(), nodes, truncated);
	}

}
