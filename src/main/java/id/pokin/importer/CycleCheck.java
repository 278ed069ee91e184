package id.pokin.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.importer.GraphFacts.Edge;

/**
 * Finds the links of a file that would close a cycle together with the other links of the file and those
 * already in the graph. Strongly connected components first (one pass, however large the file), then a
 * shortest way round for each offending link, to show in its message.
 */
final class CycleCheck {

	private final Map<String, List<String>> up = new HashMap<>();

	private CycleCheck(List<Edge> edges) {
		for (Edge edge : edges) {
			this.up.computeIfAbsent(edge.source(), k -> new ArrayList<>()).add(edge.target());
		}
	}

	/**
	 * Each edge of {@code added} that lies on a cycle of {@code added} plus {@code existing}, with the cycle as
	 * ids from the edge's source round to it again ({@code a, b, c, a}). Self-links are not looked at.
	 */
	static Map<Edge, List<String>> cyclesThrough(List<Edge> added, List<Edge> existing) {
		List<Edge> all = new ArrayList<>(added);
		all.addAll(existing);
		CycleCheck check = new CycleCheck(all);
		Map<String, Integer> component = check.components();
		Map<Edge, List<String>> cycles = new LinkedHashMap<>();
		for (Edge edge : new LinkedHashSet<>(added)) {
			Integer from = component.get(edge.source());
			if (!edge.source().equals(edge.target()) && from != null && from.equals(component.get(edge.target()))) {
				List<String> cycle = new ArrayList<>();
				cycle.add(edge.source());
				cycle.addAll(check.shortestWay(edge.target(), edge.source(), component));
				cycles.put(edge, cycle);
			}
		}
		return cycles;
	}

	/** Tarjan's algorithm, iterative (a deep cascade must not overflow the stack): node to component number. */
	private Map<String, Integer> components() {
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> low = new HashMap<>();
		Map<String, Integer> component = new HashMap<>();
		Deque<String> stack = new ArrayDeque<>();
		Set<String> onStack = new HashSet<>();
		int[] counter = { 0 };
		int components = 0;
		for (String root : this.up.keySet()) {
			if (index.containsKey(root)) {
				continue;
			}
			Deque<Frame> frames = new ArrayDeque<>();
			frames.push(visit(root, index, low, stack, onStack, counter));
			while (!frames.isEmpty()) {
				Frame frame = frames.peek();
				if (frame.next < frame.targets.size()) {
					String target = frame.targets.get(frame.next++);
					if (!index.containsKey(target)) {
						frames.push(visit(target, index, low, stack, onStack, counter));
					}
					else if (onStack.contains(target)) {
						low.put(frame.node, Math.min(low.get(frame.node), index.get(target)));
					}
					continue;
				}
				frames.pop();
				if (!frames.isEmpty()) {
					String parent = frames.peek().node;
					low.put(parent, Math.min(low.get(parent), low.get(frame.node)));
				}
				if (low.get(frame.node).equals(index.get(frame.node))) {
					String member;
					do {
						member = stack.pop();
						onStack.remove(member);
						component.put(member, components);
					}
					while (!member.equals(frame.node));
					components++;
				}
			}
		}
		return component;
	}

	private Frame visit(String node, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
			Set<String> onStack, int[] counter) {
		index.put(node, counter[0]);
		low.put(node, counter[0]);
		counter[0]++;
		stack.push(node);
		onStack.add(node);
		return new Frame(node, this.up.getOrDefault(node, List.of()));
	}

	/** Breadth-first inside one component: the ids after {@code from} up to and including {@code to}. */
	private List<String> shortestWay(String from, String to, Map<String, Integer> component) {
		Map<String, String> cameFrom = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of(from));
		cameFrom.put(from, from);
		Integer inside = component.get(from);
		while (!queue.isEmpty() && !cameFrom.containsKey(to)) {
			String node = queue.poll();
			for (String next : this.up.getOrDefault(node, List.of())) {
				if (inside.equals(component.get(next)) && cameFrom.putIfAbsent(next, node) == null) {
					queue.add(next);
				}
			}
		}
		List<String> way = new ArrayList<>();
		for (String node = to; !node.equals(from); node = cameFrom.get(node)) {
			way.add(node);
		}
		way.add(from);
		Collections.reverse(way);
		return way;
	}

	private static final class Frame {

		private final String node;

		private final List<String> targets;

		private int next;

		Frame(String node, List<String> targets) {
			this.node = node;
			this.targets = targets;
		}

	}

}
