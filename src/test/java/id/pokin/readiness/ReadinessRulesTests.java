package id.pokin.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.pokin.node.CascadeNode;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule against a graph with every defect planted on known nodes (readiness-defects.cypher) beside clean
 * ones and near misses: each rule must report exactly its planted nodes, no more, no fewer.
 */
class ReadinessRulesTests extends GraphQlIntegrationTest {

	/** Rule id -> the nodes it must report, with 2024 under evaluation. */
	static final Map<String, Set<String>> PLANTED = Map.ofEntries(
			Map.entry("indicator-unlinked", Set.of("rx-d-i-unlinked")),
			Map.entry("indicator-below-top", Set.of("rx-d-i-dangling")),
			Map.entry("element-unmeasured", Set.of("rx-d-s-unmeasured", "rx-d-k-unmeasured")),
			Map.entry("responsible-unit-missing", Set.of("rx-d-i-unlinked", "rx-d-i-nobody", "rx-d-s-nobody")),
			Map.entry("unit-idle", Set.of("rx-d-u-sb-idle", "rx-d-u-bag-idle")),
			Map.entry("indicator-incomplete", Set.of("rx-d-i-incomplete", "rx-d-i-blank-satuan")),
			Map.entry("target-missing", Set.of("rx-d-i-gap", "rx-d-i-blank-target", "ry-d-i-notarget")),
			Map.entry("target-missing-year", Set.of("rx-d-i-blank-target", "ry-d-i-notarget")),
			Map.entry("baseline-missing", Set.of("rx-d-i-nobaseline")),
			Map.entry("satuan-formula-mismatch",
					Set.of("rx-d-i-doc-percent", "rx-d-i-percent-count", "rx-d-i-name-percent", "rx-d-i-name-count")),
			Map.entry("level-skip", Set.of("rx-d-s-skip", "rx-d-s-skip-asisten")),
			Map.entry("level-reversal", Set.of("rx-d-s-reversed", "rx-d-t-under")),
			Map.entry("contribution-cycle", Set.of("rx-d-s-cyc-a", "rx-d-s-self")),
			Map.entry("indicator-duplicate", Set.of("rx-d-i-pbj-1")),
			Map.entry("element-duplicate", Set.of("rx-d-s-dup-1")),
			Map.entry("output-indicator-too-high", Set.of("rx-d-i-output-pd", "rx-d-i-output-kind")),
			Map.entry("target-regression", Set.of("rx-d-i-regress", "rx-d-i-regress-lower")),
			Map.entry("realisasi-missing", Set.of("rx-i-t1")),
			Map.entry("capaian-implausible", Set.of("rx-i-s2")));

	@Autowired
	ReadinessService service;

	@Autowired
	RuleCatalog catalog;

	@Autowired
	RuleQueries queries;

	@BeforeEach
	void fixture() {
		TestNeo4j.load("readiness-clean.cypher", "readiness-defects.cypher");
	}

	static Stream<String> rules() {
		return Rules.ALL.stream().map(ReadinessRule::id);
	}

	@ParameterizedTest
	@MethodSource("rules")
	void everyRuleReportsExactlyItsPlantedNodes(String rule) {
		assertThat(PLANTED).as("every rule has planted defects").containsKey(rule);
		assertThat(nodesOf(this.service.check(null, 2024), rule)).as(rule).isEqualTo(new TreeSet<>(PLANTED.get(rule)));
	}

	@Test
	void theCleanCascadeHasNoFindingAtAll() {
		TestNeo4j.load("readiness-clean.cypher");
		for (Integer year : new Integer[] { null, 2024, 2026 }) {
			ReadinessReport report = this.service.check(null, year);
			assertThat(all(report)).as("year " + year).isEmpty();
			assertThat(report.count(Severity.ERROR)).isZero();
			assertThat(report.score()).isEqualTo(100.0);
		}
	}

	@Test
	void theYearUnderEvaluationNeedsATargetWhereThePlanPeriodCoversIt() {
		// rx-i-lama's plan (2016-2021) does not cover 2022; ry-csf states no period, so every year needs a target
		assertThat(nodesOf(this.service.check(null, 2022), "target-missing-year")).containsExactly("rx-d-i-gap",
				"ry-d-i-notarget", "ry-i-pbj");
		assertThat(nodesOf(this.service.check(null, 2019), "target-missing-year")).containsExactly("ry-d-i-notarget",
				"ry-i-pbj");
		ReadinessReport noYear = this.service.check(null, null);
		assertThat(all(noYear)).noneMatch(f -> f.rule().equals("target-missing-year"));
		assertThat(noYear.byRule()).extracting(ReadinessReport.RuleCount::rule).doesNotContain("target-missing-year");
		assertThat(noYear.year()).isNull();
	}

	@Test
	void aChainThatStopsBelowTheTopSaysWhere() {
		Finding finding = only(this.service.check(null, null), "indicator-below-top", "rx-d-i-dangling");
		assertThat(evidence(finding)).containsEntry("stops", List.of("rx-d-s-dangling (SASARAN, PERANGKAT_DAERAH)"))
			.containsEntry("top", List.of("TUJUAN"));
		assertThat(finding.related()).extracting(CascadeNode::id).containsExactly("rx-d-s-dangling");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.message().en()).isEqualTo("The contribution chain of indicator \"Indeks kepuasan pelayanan "
				+ "Sekretariat Daerah\" stops at rx-d-s-dangling (SASARAN, PERANGKAT_DAERAH) and never reaches TUJUAN.");
		assertThat(finding.message().id()).startsWith("Rantai kontribusi indikator \"Indeks kepuasan pelayanan");
	}

	@Test
	void aSkipNamesTheLevelsItJumpsOverFromTheUnitChain() {
		ReadinessReport report = this.service.check(null, null);
		assertThat(evidence(only(report, "level-skip", "rx-d-s-skip"))).containsEntry("skipped", List.of("ASISTEN", "BAGIAN"))
			.containsEntry("fromLevel", List.of("SUBBAGIAN"))
			.containsEntry("toLevel", List.of("PERANGKAT_DAERAH"))
			.containsEntry("parent", List.of("rx-s-setda"));
		assertThat(evidence(only(report, "level-skip", "rx-d-s-skip-asisten"))).containsEntry("skipped", List.of("ASISTEN"));
		assertThat(evidence(only(report, "level-reversal", "rx-d-t-under"))).containsEntry("fromKind", List.of("TUJUAN"))
			.containsEntry("toKind", List.of("SASARAN"));
	}

	@Test
	void everyCycleIsReportedOnceWithItsMembersAndAWayRound() {
		ReadinessReport report = this.service.check(null, null);
		Finding pair = only(report, "contribution-cycle", "rx-d-s-cyc-a");
		assertThat(evidence(pair)).containsEntry("cycle", List.of("rx-d-s-cyc-a -> rx-d-s-cyc-b -> rx-d-s-cyc-a"))
			.containsEntry("members", List.of("rx-d-s-cyc-a", "rx-d-s-cyc-b"))
			.containsEntry("size", List.of("2"));
		assertThat(pair.related()).extracting(CascadeNode::id).containsExactly("rx-d-s-cyc-a", "rx-d-s-cyc-b");
		assertThat(evidence(only(report, "contribution-cycle", "rx-d-s-self"))).containsEntry("cycle",
				List.of("rx-d-s-self -> rx-d-s-self"));
	}

	@Test
	void aDuplicateGroupListsAllItsMembersOfTheRegion() {
		Finding group = only(this.service.check(null, null), "indicator-duplicate", "rx-d-i-pbj-1");
		assertThat(evidence(group)).containsEntry("normalizedName", List.of("indeks tata kelola pbj"))
			.containsEntry("region", List.of("rx-u-pemda"))
			.containsEntry("count", List.of("3"))
			.containsEntry("members", List.of("rx-d-i-pbj-1", "rx-d-i-pbj-2", "rx-d-i-pbj-3"));
		assertThat(group.related()).extracting(CascadeNode::id).containsExactly("rx-d-i-pbj-1", "rx-d-i-pbj-2", "rx-d-i-pbj-3");
	}

	@Test
	void withoutADocumentRegionADuplicateGroupIsTheRegionOfAResponsibleUnitsPemdaElseTheDocument() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (d:Document) WHERE d.id STARTS WITH 'rx-' REMOVE d.region").consume();
			session.run("""
					UNWIND [['rx-t-nounit-1', 'rx-dinas'], ['rx-t-nounit-2', 'rx-dinas'], ['rx-t-nounit-3', 'rx-setda']] AS row
					CREATE (:Node:Indikator {id: row[0], kind: 'INDIKATOR', name: 'Angka kematian ibu', level: 'BAGIAN',
					        version: 0, sourceDocument: row[1], sourceRef: 'test'})""").consume();
		}
		ReadinessReport report = this.service.check(null, null);
		assertThat(evidence(only(report, "indicator-duplicate", "rx-d-i-pbj-1"))).containsEntry("region", List.of("rx-u-pemda"))
			.containsEntry("members", List.of("rx-d-i-pbj-1", "rx-d-i-pbj-2", "rx-d-i-pbj-3"));
		assertThat(evidence(only(report, "element-duplicate", "rx-d-s-dup-1"))).containsEntry("region", List.of("rx-u-pemda"));
		// nobody answers for these: each counts in its own document, so the Setda's copy is no duplicate of the two
		assertThat(evidence(only(report, "indicator-duplicate", "rx-t-nounit-1"))).containsEntry("region", List.of("rx-dinas"))
			.containsEntry("members", List.of("rx-t-nounit-1", "rx-t-nounit-2"));
	}

	@Test
	void indicatorEvidenceNamesFieldsYearsReasonsAndDrops() {
		ReadinessReport report = this.service.check(null, 2024);
		assertThat(evidence(only(report, "indicator-incomplete", "rx-d-i-incomplete"))).containsEntry("missing",
				List.of("formula", "data_source"));
		assertThat(evidence(only(report, "indicator-incomplete", "rx-d-i-blank-satuan"))).containsEntry("missing",
				List.of("satuan", "definition"));
		assertThat(evidence(only(report, "target-missing", "rx-d-i-gap"))).containsEntry("missingYears", List.of("2021", "2022"))
			.containsEntry("planPeriod", List.of("2021-2026"));
		assertThat(evidence(only(report, "target-missing", "ry-d-i-notarget"))).containsEntry("missingYears", List.of())
			.containsEntry("targetYears", List.of())
			.containsEntry("planPeriod", List.of());
		assertThat(evidence(only(report, "target-missing-year", "rx-d-i-blank-target"))).containsEntry("year", List.of("2024"));
		assertThat(evidence(only(report, "satuan-formula-mismatch", "rx-d-i-doc-percent"))).containsEntry("reasons",
				List.of("formula-percent-satuan-not"));
		assertThat(evidence(only(report, "satuan-formula-mismatch", "rx-d-i-percent-count"))).containsEntry("reasons",
				List.of("satuan-percent-formula-not"));
		assertThat(evidence(only(report, "satuan-formula-mismatch", "rx-d-i-name-percent"))).containsEntry("reasons",
				List.of("name-percent-satuan-not"));
		assertThat(evidence(only(report, "satuan-formula-mismatch", "rx-d-i-name-count"))).containsEntry("reasons",
				List.of("name-count-satuan-percent"));
		assertThat(evidence(only(report, "element-duplicate", "rx-d-s-dup-1"))).containsEntry("members",
				List.of("rx-d-s-dup-1", "rx-d-s-dup-2"))
			.containsEntry("normalizedName", List.of("meningkatnya kualitas reformasi birokrasi"));
		assertThat(evidence(only(report, "target-regression", "rx-d-i-regress"))).containsEntry("drops",
				List.of("2023 (120) -> 2024 (110)"))
			.containsEntry("polarity", List.of("NOT_STATED"));
		assertThat(evidence(only(report, "target-regression", "rx-d-i-regress-lower"))).containsEntry("drops",
				List.of("2023 (8) -> 2024 (9)"));
		assertThat(evidence(only(report, "responsible-unit-missing", "rx-d-i-nobody"))).containsEntry("unitsAbove",
				List.of("Dinas Kesehatan"));
	}

	@Test
	void findingsCarryTheirRuleSeverityAndLkeCriterionAndTheReportCountsThem() {
		ReadinessReport report = this.service.check(null, 2024);
		assertThat(only(report, "indicator-unlinked", "rx-d-i-unlinked").lke()).isEqualTo(LkeCriterion.CASCADING);
		assertThat(all(report)).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Rules.ALL.stream()
			.filter(r -> r.id().equals(f.rule())).findFirst().orElseThrow().severity()));
		assertThat(report.byRule()).extracting(ReadinessReport.RuleCount::rule)
			.containsExactlyElementsOf(Rules.ALL.stream().map(ReadinessRule::id).toList());
		assertThat(report.byRule()).allSatisfy(count -> assertThat(count.count()).isEqualTo(PLANTED.get(count.rule()).size()));
		int errors = PLANTED.entrySet().stream()
			.filter(e -> Rules.ALL.stream().anyMatch(r -> r.id().equals(e.getKey()) && r.severity() == Severity.ERROR))
			.mapToInt(e -> e.getValue().size())
			.sum();
		assertThat(report.bySeverity()).first().isEqualTo(new ReadinessReport.SeverityCount(Severity.ERROR, errors));
		assertThat(all(report)).first().extracting(Finding::severity).isEqualTo(Severity.ERROR);
		assertThat(all(report)).last().extracting(Finding::severity).isEqualTo(Severity.INFO);
		assertThat(report.score()).isEqualTo(ReadinessReport.score(all(report), report.checkedNodes()));
		assertThat(report.score()).isBetween(50.0, 90.0);
	}

	/**
	 * A report builds findings only for the nodes of a page or chunk: a local rule runs on those nodes alone, a
	 * duplicate rule in the whole scope kept to them. Either way the findings must be the rule's over the whole
	 * scope, as its file reads, to the last piece of evidence.
	 */
	@Test
	void findingsBuiltForSomeNodesAreThoseOfTheRuleOverTheWholeScope() {
		for (String scope : new String[] { null, "rx-u-pemda", "rx-u-setda", "rx-u-bag-pem" }) {
			ReadinessScope inScope = ReadinessScope.of(this.queries, scope);
			List<Finding> report = all(this.service.check(scope, 2024));
			for (ReadinessRule rule : this.catalog.enabled()) {
				if (rule.shape() == ReadinessRule.Shape.CYCLES) {
					continue; // its findings are built in Java from its rows: everyCycleIsReportedOnce...
				}
				List<String> whole = this.queries.rows(rule.cypher(), this.service.parameters(inScope, 2024))
					.stream()
					.map(row -> describe(rule, row))
					.sorted()
					.toList();
				List<String> built = report.stream()
					.filter(f -> f.rule().equals(rule.id()))
					.map(ReadinessRulesTests::describe)
					.sorted()
					.toList();
				assertThat(built).as(rule.id() + " in " + scope).isEqualTo(whole);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static String describe(ReadinessRule rule, Map<String, Object> row) {
		return describe(rule.finding(id.pokin.node.NodeMapper.toNode((Map<String, Object>) row.get("node")),
				(Map<String, Object>) row.get("evidence"),
				((List<Map<String, Object>>) row.getOrDefault("related", List.of())).stream()
					.map(id.pokin.node.NodeMapper::toNode)
					.toList()));
	}

	private static String describe(Finding finding) {
		return finding.node().id() + " | " + finding.evidenceText() + " | " + finding.message() + " | "
				+ finding.related().stream().map(CascadeNode::id).toList();
	}

	/** Every finding of a report, in report order (the fixtures are small). */
	static List<Finding> all(ReadinessReport report) {
		List<Finding> findings = new ArrayList<>();
		report.forEachFinding(findings::add);
		return findings;
	}

	static Set<String> nodesOf(ReadinessReport report, String rule) {
		return all(report)
			.stream()
			.filter(f -> f.rule().equals(rule))
			.map(f -> f.node().id())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	static Finding only(ReadinessReport report, String rule, String nodeId) {
		List<Finding> found = all(report)
			.stream()
			.filter(f -> f.rule().equals(rule) && f.node().id().equals(nodeId))
			.toList();
		assertThat(found).as(rule + " on " + nodeId).hasSize(1);
		return found.get(0);
	}

	static Map<String, List<String>> evidence(Finding finding) {
		return finding.evidence().stream().collect(Collectors.toMap(Evidence::key, Evidence::values));
	}

}
