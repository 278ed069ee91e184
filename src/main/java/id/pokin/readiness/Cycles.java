package id.pokin.readiness;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cycles of a directed graph given as links: each strongly connected component with more than one
 * node (or a node linked to itself) is one cycle, reported once, starting from its smallest id. Tarjan's
 * algorithm without recursion, so a long chain cannot overflow the stack; linear in nodes and links.
 */
final class Cycles {

	record Link(String from, String to) {
	}

	/**
	 * @param members the nodes of the component, sorted
	 * @param path one cycle through the first member: that member, the nodes along the cycle, that member again
	 */
	record Cycle(List<String> members, List<String> path) {

		String first() {
			return this.members.get(0);
		}

	}

	private Cycles() {
	}

	static List<Cycle> find(Collection<Link> links) {
		Map<String, List<String>> next = new LinkedHashMap<>();
		Set<String> selfLinked = new HashSet<>();
		for (Link link : links) {
			next.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link.to());
			next.computeIfAbsent(link.to(), k -> new ArrayList<>());
			if (link.from().equals(link.to())) {
				selfLinked.add(link.from());
			}
		}
		List<Cycle> cycles = new ArrayList<>();
		for (List<String> component : components(next)) {
			if (component.size() > 1 || selfLinked.contains(component.get(0))) {
				List<String> members = component.stream().sorted().toList();
				cycles.add(new Cycle(members, path(members, next)));
			}
		}
		cycles.sort(Comparator.comparing(Cycle::first));
		return cycles;
	}

	private static List<List<String>> components(Map<String, List<String>> next) {
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> lowLink = new HashMap<>();
		Deque<String> stack = new ArrayDeque<>();
		Set<String> onStack = new HashSet<>();
		List<List<String>> components = new ArrayList<>();
		int counter = 0;
		for (String start : next.keySet()) {
			if (index.containsKey(start)) {
				continue;
			}
			// explicit call stack of (node, position of the next link to follow)
			Deque<Map.Entry<String, Integer>> calls = new ArrayDeque<>();
			calls.push(Map.entry(start, 0));
			index.put(start, counter);
			lowLink.put(start, counter++);
			stack.push(start);
			onStack.add(start);
			while (!calls.isEmpty()) {
				Map.Entry<String, Integer> call = calls.pop();
				String node = call.getKey();
				List<String> targets = next.get(node);
				int position = call.getValue();
				if (position < targets.size()) {
					calls.push(Map.entry(node, position + 1));
					String target = targets.get(position);
					if (!index.containsKey(target)) {
						index.put(target, counter);
						lowLink.put(target, counter++);
						stack.push(target);
						onStack.add(target);
						calls.push(Map.entry(target, 0));
					}
					else if (onStack.contains(target)) {
						lowLink.put(node, Math.min(lowLink.get(node), index.get(target)));
					}
					continue;
				}
				if (lowLink.get(node).equals(index.get(node))) {
					List<String> component = new ArrayList<>();
					String member;
					do {
						member = stack.pop();
						onStack.remove(member);
						component.add(member);
					}
					while (!member.equals(node));
					components.add(component);
				}
				if (!calls.isEmpty()) {
					String caller = calls.peek().getKey();
					lowLink.put(caller, Math.min(lowLink.get(caller), lowLink.get(node)));
				}
			}
		}
		return components;
	}

	/** The shortest way round from the first member back to itself, inside the component. */
	private static List<String> path(List<String> members, Map<String, List<String>> next) {
		String start = members.get(0);
		Set<String> inside = new HashSet<>(members);
		Map<String, String> cameFrom = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of(start));
		while (!queue.isEmpty()) {
			String node = queue.poll();
			for (String target : next.get(node)) {
				if (target.equals(start)) {
					List<String> path = new ArrayList<>();
					for (String at = node; at != null; at = cameFrom.get(at)) {
						path.add(0, at);
					}
					path.add(start);
					return path;
				}
				if (inside.contains(target) && !cameFrom.containsKey(target)) {
					cameFrom.put(target, node);
					queue.add(target);
				}
			}
		}
		throw new IllegalStateException("No cycle through " + start);
	}

}
