package id.pokin.pohonkinerja;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.node.NodeKind;
import id.pokin.pohonkinerja.ChartBox.IndicatorLine;
import id.pokin.pohonkinerja.ChartQueries.GraphNode;
import id.pokin.pohonkinerja.ChartQueries.Ref;
import id.pokin.pohonkinerja.ChartQueries.Scope;
import id.pokin.pohonkinerja.ChartQueries.ScopeUnit;

/**
 * The scope as a tree of boxes, as the diagram page groups it: the unit on top; its tops below it, those only a
 * sub-unit answers for grouped under that sub-unit (a region's perangkat daerah, a bidang's own sasaran); below
 * every element the elements contributing to it, in code order; indicators in their element's box.
 */
final class ChartTree {

	private static final Comparator<GraphNode> NODE_ORDER = CodeOrder.of(GraphNode::code, GraphNode::seq,
			GraphNode::name);

	private static final Comparator<ScopeUnit> UNIT_ORDER = CodeOrder.of(ScopeUnit::code, ScopeUnit::seq,
			ScopeUnit::name);

	private ChartTree() {
	}

	static ChartBox build(Scope scope, int year) {
		Map<String, GraphNode> nodes = scope.nodes();
		Map<String, ScopeUnit> units = new HashMap<>();
		scope.units().forEach(u -> units.put(u.id(), u));
		ChartBox root = new ChartBox(scope.id(), NodeKind.UNIT, scope.level(), null, scope.name(), List.of());

		Map<String, List<GraphNode>> childElements = new HashMap<>();
		Map<String, List<GraphNode>> indicatorsOf = new HashMap<>();
		for (GraphNode node : nodes.values()) {
			if (node.kind() == NodeKind.INDIKATOR) {
				elementsAbove(node, nodes).forEach(e -> indicatorsOf.computeIfAbsent(e, k -> new ArrayList<>()).add(node));
			}
			else {
				for (Ref parent : node.parents()) {
					GraphNode p = nodes.get(parent.id());
					if (p != null && p.kind() != NodeKind.INDIKATOR) {
						childElements.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(node);
					}
				}
			}
		}
		childElements.values().forEach(list -> list.sort(NODE_ORDER));
		indicatorsOf.values().forEach(list -> list.sort(NODE_ORDER));

		List<GraphNode> tops = scope.tops().stream().map(nodes::get).filter(n -> n != null).sorted(NODE_ORDER).toList();
		Set<String> placed = new HashSet<>();
		tops.forEach(top -> placed.add(top.id()));
		Map<String, ChartBox> groups = new LinkedHashMap<>();
		List<ChartBox> direct = new ArrayList<>();
		Builder builder = new Builder(nodes, childElements, indicatorsOf, placed, year);
		for (GraphNode top : tops) {
			ChartBox box = builder.box(top, null);
			String group = groupOf(top, scope.id(), units);
			if (group == null) {
				direct.add(box);
			}
			else {
				ScopeUnit unit = units.get(group);
				groups.computeIfAbsent(group, id -> new ChartBox(id, NodeKind.UNIT, unit.level(), null, unit.name(),
						List.of())).children.add(box);
			}
		}
		root.children.addAll(direct);
		groups.entrySet().stream()
			.sorted(Map.Entry.comparingByKey(Comparator.comparing(units::get, UNIT_ORDER)))
			.forEach(e -> root.children.add(e.getValue()));
		return root;
	}

	/**
	 * The sub-unit of the scope (a child of the scope unit) a top is drawn under: none when the scope unit answers
	 * for it itself or nobody in the scope does.
	 */
	private static String groupOf(GraphNode top, String scopeId, Map<String, ScopeUnit> units) {
		List<Ref> responsible = top.units().stream().filter(u -> units.containsKey(u.id()))
			.sorted(Comparator.comparingLong(Ref::seq)).toList();
		if (responsible.isEmpty() || responsible.stream().anyMatch(u -> u.id().equals(scopeId))) {
			return null;
		}
		String id = responsible.get(0).id();
		Set<String> seen = new HashSet<>();
		while (id != null && seen.add(id)) {
			ScopeUnit unit = units.get(id);
			if (unit == null) {
				return null;
			}
			if (scopeId.equals(unit.parent())) {
				return id;
			}
			id = unit.parent();
		}
		return null;
	}

	/** The elements an indicator measures: its element parents, or those of the indicators it contributes to. */
	private static Set<String> elementsAbove(GraphNode indicator, Map<String, GraphNode> nodes) {
		Set<String> elements = new LinkedHashSet<>();
		Set<String> seen = new HashSet<>();
		Deque<GraphNode> queue = new ArrayDeque<>(List.of(indicator));
		while (!queue.isEmpty()) {
			GraphNode node = queue.poll();
			if (!seen.add(node.id())) {
				continue;
			}
			for (Ref parent : node.parents()) {
				GraphNode p = nodes.get(parent.id());
				if (p == null) {
					continue;
				}
				if (p.kind() == NodeKind.INDIKATOR) {
					queue.add(p);
				}
				else {
					elements.add(p.id());
				}
			}
		}
		return elements;
	}

	private record Builder(Map<String, GraphNode> nodes, Map<String, List<GraphNode>> childElements,
			Map<String, List<GraphNode>> indicatorsOf, Set<String> placed, int year) {

		/** The box of a node and, depth first, of every element below it not drawn yet. */
		ChartBox box(GraphNode node, String drawnUnder) {
			List<String> responsible = node.units().stream()
				.sorted(Comparator.comparingLong(Ref::seq).thenComparing(Ref::name,
						Comparator.nullsLast(Comparator.naturalOrder())))
				.map(Ref::name)
				.toList();
			ChartBox box = new ChartBox(node.id(), node.kind(), node.level(), node.code(), node.name(), responsible);
			for (Ref parent : node.parents()) {
				if (!parent.id().equals(drawnUnder)) {
					box.alsoSupports.add(parent.code() == null || parent.code().isBlank() ? parent.name()
							: parent.code() + " " + parent.name());
				}
			}
			for (GraphNode indicator : this.indicatorsOf.getOrDefault(node.id(), List.of())) {
				box.indicators.add(new IndicatorLine(indicator.id(), indicator.code(), indicator.name(),
						indicator.satuan(), indicator.targets().get(this.year)));
			}
			for (GraphNode child : this.childElements.getOrDefault(node.id(), List.of())) {
				if (this.placed.add(child.id())) {
					box.children.add(box(child, node.id()));
				}
			}
			return box;
		}

	}

}
