package id.pokin.readiness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.pokin.cascade.CascadeNode;

/**
 * The readiness of a scope: every finding, the counts per rule and per severity, and the score.
 *
 * @param scope the unit the report is about, null for the whole graph
 * @param year the year under evaluation, null when none was given
 * @param checkedNodes the units, elements and indicators in scope
 * @param score see {@link #score(List, int)}
 */
record ReadinessReport(CascadeNode scope, Integer year, int checkedNodes, double score, List<Finding> findings,
		List<RuleCount> byRule, List<SeverityCount> bySeverity) {

	record RuleCount(String rule, Severity severity, LkeCriterion lke, Text title, int count) {
	}

	record SeverityCount(Severity severity, int count) {
	}

	/**
	 * @param counts the rules that ran, in catalog order, with their number of findings
	 * @param findings all of them; listed errors first, then in rule order and by node id
	 */
	static ReadinessReport of(ReadinessScope scope, Integer year, Map<ReadinessRule, Integer> counts,
			List<Finding> findings) {
		Map<String, Integer> ruleOrder = new HashMap<>();
		counts.keySet().forEach(rule -> ruleOrder.put(rule.id(), ruleOrder.size()));
		List<Finding> sorted = new ArrayList<>(findings);
		sorted.sort(Comparator.comparing(Finding::severity)
			.thenComparing(f -> ruleOrder.get(f.rule()))
			.thenComparing(f -> f.node().id()));
		List<RuleCount> byRule = counts.entrySet()
			.stream()
			.map(e -> new RuleCount(e.getKey().id(), e.getKey().severity(), e.getKey().lke(), e.getKey().title(),
					e.getValue()))
			.toList();
		Map<Severity, Long> perSeverity = findings.stream()
			.collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
		List<SeverityCount> bySeverity = List.of(Severity.values())
			.stream()
			.map(severity -> new SeverityCount(severity, perSeverity.getOrDefault(severity, 0L).intValue()))
			.toList();
		return new ReadinessReport(scope.root(), year, scope.checkedNodes(), score(findings, scope.checkedNodes()),
				List.copyOf(sorted), byRule, bySeverity);
	}

	/**
	 * {@code 100 * (1 - sum over nodes of min(1, weights of the node's findings) / N)}, one decimal, where a finding
	 * weighs 1 (ERROR), 0.25 (WARNING) or 0.05 (INFO) and N is the number of checked nodes. So it is the share of
	 * the checked nodes that are sound: a node with an ERROR counts as wholly broken, one with a WARNING as a
	 * quarter broken; no node counts more than once. It compares scopes of any size, and every fix raises it
	 * until the node's findings are all gone. An empty scope scores 100.
	 */
	static double score(List<Finding> findings, int checkedNodes) {
		if (checkedNodes == 0) {
			return 100.0;
		}
		Map<String, Double> perNode = findings.stream()
			.collect(Collectors.groupingBy(f -> f.node().id(), Collectors.summingDouble(f -> f.severity().weight())));
		double broken = perNode.values().stream().mapToDouble(weight -> Math.min(1.0, weight)).sum();
		double score = Math.max(0.0, 100.0 * (1.0 - broken / checkedNodes));
		return Math.round(score * 10.0) / 10.0;
	}

	int count(Severity severity) {
		return (int) this.findings.stream().filter(f -> f.severity() == severity).count();
	}

}
