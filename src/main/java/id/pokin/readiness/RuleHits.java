package id.pokin.readiness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What a rule finds in a scope, without the findings themselves: the ids of the nodes at fault, sorted, each with
 * its number of findings (a node can have several, e.g. one per bad link). Enough to count, score and page.
 */
final class RuleHits {

	static final RuleHits NONE = new RuleHits(new String[0], new int[0]);

	private final String[] nodes;

	private final int[] findings;

	private final int total;

	private RuleHits(String[] nodes, int[] findings) {
		this.nodes = nodes;
		this.findings = findings;
		this.total = Arrays.stream(findings).sum();
	}

	/** @param ids one id per finding, in any order */
	static RuleHits of(Collection<String> ids) {
		String[] sorted = ids.toArray(String[]::new);
		Arrays.sort(sorted);
		List<String> nodes = new ArrayList<>();
		int[] findings = new int[sorted.length];
		for (String id : sorted) {
			if (!nodes.isEmpty() && nodes.get(nodes.size() - 1).equals(id)) {
				findings[nodes.size() - 1]++;
			}
			else {
				findings[nodes.size()] = 1;
				nodes.add(id);
			}
		}
		return new RuleHits(nodes.toArray(String[]::new), Arrays.copyOf(findings, nodes.size()));
	}

	/** The number of findings. */
	int total() {
		return this.total;
	}

	/** The number of nodes at fault. */
	int size() {
		return this.nodes.length;
	}

	String node(int index) {
		return this.nodes[index];
	}

	int findings(int index) {
		return this.findings[index];
	}

	/** Where a node is, or where it would be ({@code -(insertion point) - 1}), as {@link Arrays#binarySearch}. */
	int indexOf(String node) {
		return Arrays.binarySearch(this.nodes, node);
	}

}
