package id.pokin.readiness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * How long each rule took when it last ran on its own, shared by every report, and the groups that timed rules run
 * in together. A rule counts as timed after its second run on its own: the first includes planning its query, which
 * says little about its work. A set of rules is grouped once and keeps its groups: each group is one combined query,
 * and a query whose text changed from report to report would be planned by Neo4j again every time (seconds on a
 * cold server, more than the rules' work).
 */
final class RuleTimes {

	private final int groups;

	private final Map<String, Long> lastNanos = new ConcurrentHashMap<>();

	private final Map<String, Integer> runs = new ConcurrentHashMap<>();

	private final Map<Set<String>, List<List<String>>> grouped = new ConcurrentHashMap<>();

	RuleTimes(int groups) {
		this.groups = Math.max(1, groups);
	}

	void record(String ruleId, long nanos) {
		this.lastNanos.put(ruleId, nanos);
		this.runs.merge(ruleId, 1, Integer::sum);
	}

	/** The rules, slowest first; untimed ones (never run on their own yet) first of all. */
	List<ReadinessRule> slowestFirst(List<ReadinessRule> rules) {
		return rules.stream()
			.sorted(Comparator.comparing((ReadinessRule rule) -> this.lastNanos.getOrDefault(rule.id(), Long.MAX_VALUE))
				.reversed())
			.toList();
	}

	boolean allTimed(List<ReadinessRule> rules) {
		return rules.stream().allMatch(rule -> this.runs.getOrDefault(rule.id(), 0) >= 2);
	}

	/**
	 * The rules (all timed) in as many groups as threads, slowest first, each to the group with the least time so
	 * far; the same groups every time for the same rules.
	 */
	List<List<ReadinessRule>> groups(List<ReadinessRule> rules) {
		Map<String, ReadinessRule> byId = rules.stream().collect(Collectors.toMap(ReadinessRule::id, rule -> rule));
		return this.grouped.computeIfAbsent(Set.copyOf(byId.keySet()), ids -> balance(rules))
			.stream()
			.map(group -> group.stream().map(byId::get).toList())
			.toList();
	}

	private List<List<String>> balance(List<ReadinessRule> rules) {
		List<List<String>> groups = new ArrayList<>();
		long[] totals = new long[Math.min(this.groups, rules.size())];
		for (int i = 0; i < totals.length; i++) {
			groups.add(new ArrayList<>());
		}
		for (ReadinessRule rule : slowestFirst(rules)) {
			int least = 0;
			for (int i = 1; i < totals.length; i++) {
				least = totals[i] < totals[least] ? i : least;
			}
			groups.get(least).add(rule.id());
			totals[least] += this.lastNanos.get(rule.id());
		}
		return groups.stream().map(List::copyOf).toList();
	}

}
