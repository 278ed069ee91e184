package id.pokin.readiness;

import java.util.List;

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
	 * {@code max(0, 100 - 10 * W / N)}, one decimal: W the findings weighted by severity (ERROR 10, WARNING 3,
	 * INFO 1), N the checked nodes. So one ERROR on every node scores 0, one WARNING on every node 70, one ERROR
	 * in a hundred nodes 99; an empty scope scores 100. It moves with every fix and compares regions of any size.
	 */
	static double score(List<Finding> findings, int checkedNodes) {
		if (checkedNodes == 0) {
			return 100.0;
		}
		double weighted = findings.stream().mapToInt(f -> f.severity().weight()).sum();
		double score = Math.max(0.0, 100.0 - 10.0 * weighted / checkedNodes);
		return Math.round(score * 10.0) / 10.0;
	}

	int count(Severity severity) {
		return (int) this.findings.stream().filter(f -> f.severity() == severity).count();
	}

}
