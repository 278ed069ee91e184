package id.pokin.readiness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pokin.dataset.DemoDataset;
import id.pokin.support.GraphQlIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check on the bundled demo dataset (the five transcribed decrees, loaded as the start-up seed loads them),
 * {@code readiness(year: 2024)} over everything: the counts docs/readiness.md gives, pinned, so that a change to a
 * rule that moves them is seen and explained.
 */
class ReadinessDatasetTests extends GraphQlIntegrationTest {

	/** docs/readiness.md, "On the demo dataset": every rule, in catalog order. */
	static final Map<String, Integer> PER_RULE = counts(
			"indicator-unlinked", 0,
			"indicator-below-top", 144,
			"element-unmeasured", 1,
			"responsible-unit-missing", 86,
			"unit-idle", 7,
			"indicator-incomplete", 140,
			"target-missing", 146,
			"target-missing-year", 86,
			"baseline-missing", 148,
			"satuan-formula-mismatch", 2,
			"level-skip", 0,
			"level-reversal", 0,
			"contribution-cycle", 0,
			"indicator-duplicate", 2,
			"element-duplicate", 2,
			"output-indicator-too-high", 0,
			"target-regression", 2,
			"realisasi-missing", 0,
			"capaian-implausible", 0);

	@Autowired
	ReadinessService service;

	@Autowired
	ApplicationContext context;

	@Autowired
	StoredFindings storedFindings;

	@BeforeEach
	void demoDataset() {
		DemoDataset.load(this.context);
	}

	@Test
	void theDemoDatasetIn2024HasTheDocumentedCountsPerRuleAndSeverityAndScore() {
		ReadinessReport report = this.service.check(null, 2024);
		Map<String, Integer> perRule = new LinkedHashMap<>();
		report.byRule().forEach(count -> perRule.put(count.rule(), count.count()));
		assertThat(perRule).containsExactlyEntriesOf(PER_RULE);
		assertThat(report.bySeverity()).containsExactly(new ReadinessReport.SeverityCount(Severity.ERROR, 87),
				new ReadinessReport.SeverityCount(Severity.WARNING, 531), new ReadinessReport.SeverityCount(Severity.INFO, 148));
		assertThat(report.score()).isEqualTo(53.8);

		// the findings behind the counts: as many, in report order, and the same score computed from them
		List<Finding> findings = ReadinessRulesTests.all(report);
		assertThat(findings).hasSize(87 + 531 + 148);
		assertThat(ReadinessReport.score(findings, report.checkedNodes())).isEqualTo(53.8);
		PER_RULE.forEach((rule, count) -> assertThat(findings.stream().filter(f -> f.rule().equals(rule)).count())
			.as(rule).isEqualTo(count.longValue()));
		assertThat(findings).filteredOn(f -> f.rule().equals("satuan-formula-mismatch"))
			.allSatisfy(f -> assertThat(f.node().id()).startsWith("kaltim-"));
	}

	@Test
	void withEveryDocumentCheckedForTheStoredRulesTheReportIsTheSameFindingForFinding() {
		List<String> before = ReadinessRulesTests.all(this.service.check(null, 2024)).stream().map(Finding::toString).toList();
		assertThat(this.storedFindings.checkPending(true)).as("the five documents and the demo's own").isPositive();
		ReadinessReport checked = this.service.check(null, 2024);
		assertThat(ReadinessRulesTests.all(checked).stream().map(Finding::toString).toList()).isEqualTo(before);
		assertThat(checked.score()).isEqualTo(53.8);
	}

	private static Map<String, Integer> counts(Object... pairs) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			counts.put((String) pairs[i], (Integer) pairs[i + 1]);
		}
		return counts;
	}

}
