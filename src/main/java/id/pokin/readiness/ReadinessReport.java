package id.pokin.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import id.pokin.node.CascadeNode;

/**
 * The readiness of a scope (GraphQL's {@code ReadinessReport}, whose fields are the public accessors): the counts
 * per rule and per severity and the score, exact for the whole scope, and the findings, a page (or, for a
 * download, a chunk) at a time. Nothing is computed before it is asked for, and the counts never need the
 * findings themselves: see {@link ReadinessRun}.
 */
final class ReadinessReport {

	record RuleCount(String rule, Severity severity, LkeCriterion lke, Text title, int count) {
	}

	record SeverityCount(Severity severity, int count) {
	}

	private record Summary(List<RuleCount> byRule, List<SeverityCount> bySeverity, double score) {
	}

	private final ReadinessRun run;

	private volatile Summary summary;

	ReadinessReport(ReadinessRun run) {
		this.run = run;
	}

	/** The unit the report is about, null for the whole graph. */
	public CascadeNode scope() {
		return this.run.scope().root();
	}

	/** The year under evaluation, null when none was given. */
	public Integer year() {
		return this.run.year();
	}

	/** What the report covers, as the rules read it. */
	ReadinessScope readinessScope() {
		return this.run.scope();
	}

	/** Per rule that ran, the ids of the nodes it found at fault (for shares of sound nodes). */
	Map<ReadinessRule, RuleHits> hits() {
		return this.run.allHits();
	}

	/** The units, elements and indicators in scope. */
	public int checkedNodes() {
		return this.run.scope().checkedNodes();
	}

	/** See {@link #score(double, int)}. */
	public double score() {
		return summary().score();
	}

	/** Every rule that ran, in catalog order, with its number of findings. */
	public List<RuleCount> byRule() {
		return summary().byRule();
	}

	/** ERROR, WARNING, INFO, each with its number of findings. */
	public List<SeverityCount> bySeverity() {
		return summary().bySeverity();
	}

	int count(Severity severity) {
		return bySeverity().stream().filter(c -> c.severity() == severity).findFirst().orElseThrow().count();
	}

	/** Starts counting every rule now, side by side. */
	void prefetch() {
		this.run.prefetch();
	}

	/**
	 * A page of findings, in report order (errors first, then by rule in catalog order, then by node id).
	 *
	 * @param after the position of the last finding of the previous page, null for the first page
	 * @param limit the page size
	 * @param severity only findings of this severity, or null
	 * @param rule only findings of this rule id, or null; an unknown id is refused
	 */
	ReadinessRun.Page findings(Position after, int limit, Severity severity, String rule) {
		if (rule != null && Rules.ALL.stream().noneMatch(r -> r.id().equals(rule))) {
			throw new IllegalArgumentException("findings: unknown rule '" + rule + "'; known: "
					+ Rules.ALL.stream().map(ReadinessRule::id).toList());
		}
		Predicate<ReadinessRule> filter = r -> (severity == null || r.severity() == severity)
				&& (rule == null || r.id().equals(rule));
		return this.run.page(after, limit, filter);
	}

	/** Every finding, in report order, built a chunk at a time: for downloads and the command. */
	void forEachFinding(Consumer<Finding> action) {
		this.run.forEach(action);
	}

	/** The longest node id among the findings (for a table's column), without building them. */
	int longestNodeId() {
		int longest = 0;
		for (RuleHits hits : this.run.allHits().values()) {
			for (int i = 0; i < hits.size(); i++) {
				longest = Math.max(longest, hits.node(i).length());
			}
		}
		return longest;
	}

	private Summary summary() {
		Summary current = this.summary;
		if (current == null) {
			synchronized (this) {
				current = this.summary;
				if (current == null) {
					current = summarize();
					this.summary = current;
				}
			}
		}
		return current;
	}

	private Summary summarize() {
		Map<ReadinessRule, RuleHits> hits = this.run.allHits();
		List<RuleCount> byRule = new ArrayList<>();
		hits.forEach((rule, found) -> byRule.add(new RuleCount(rule.id(), rule.severity(), rule.lke(), rule.title(),
				found.total())));
		Map<Severity, Integer> perSeverity = byRule.stream()
			.collect(Collectors.groupingBy(RuleCount::severity, Collectors.summingInt(RuleCount::count)));
		List<SeverityCount> bySeverity = List.of(Severity.values())
			.stream()
			.map(severity -> new SeverityCount(severity, perSeverity.getOrDefault(severity, 0)))
			.toList();
		return new Summary(List.copyOf(byRule), bySeverity, score(this.run.brokenNodes(), checkedNodes()));
	}

	/**
	 * {@code 100 * (1 - B / N)}, one decimal, where B sums over the nodes with findings min(1, the weights of the
	 * node's findings), a finding weighing 1 (ERROR), 0.25 (WARNING) or 0.05 (INFO), and N is the number of checked
	 * nodes. So it is the share of the checked nodes that are sound: a node with an ERROR counts as wholly broken,
	 * one with a WARNING as a quarter broken; no node counts more than once. It compares scopes of any size, and
	 * every fix raises it until the node's findings are all gone. An empty scope scores 100.
	 *
	 * @param broken B
	 * @param checkedNodes N
	 */
	static double score(double broken, int checkedNodes) {
		if (checkedNodes == 0) {
			return 100.0;
		}
		double score = Math.max(0.0, 100.0 * (1.0 - broken / checkedNodes));
		return Math.round(score * 10.0) / 10.0;
	}

	/** The same score from a list of findings (for tests and small lists). */
	static double score(List<Finding> findings, int checkedNodes) {
		Map<String, Double> perNode = findings.stream()
			.collect(Collectors.groupingBy(f -> f.node().id(), Collectors.summingDouble(f -> f.severity().weight())));
		return score(perNode.values().stream().mapToDouble(weight -> Math.min(1.0, weight)).sum(), checkedNodes);
	}

}
