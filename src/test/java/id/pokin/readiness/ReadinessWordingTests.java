package id.pokin.readiness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.pokin.capaian.CapaianStatus;
import id.pokin.capaian.Period;
import id.pokin.node.CascadeNode;
import id.pokin.node.Indicator;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.dataset.DemoDataset;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the demo dataset, findings read as an evaluator reads them: no message, title, advice or evidence value shows
 * a node id, an enum constant or a rule's code; every finding says how to fix it in both languages; a chain that
 * stops below the top is one finding per stop node; the facets cover every unit of the scope's findings.
 */
class ReadinessWordingTests extends GraphQlIntegrationTest {

	/** Codes people must never read: every enum constant a rule's evidence can hold, and the rules' own codes. */
	static final Set<String> CODES = Stream.of(
			Stream.of(NodeKind.values()).map(Enum::name), Stream.of(Level.values()).map(Enum::name),
			Stream.of(Indicator.IndicatorKind.values()).map(Enum::name), Stream.of(Indicator.Polarity.values()).map(Enum::name),
			Stream.of(Period.values()).map(Enum::name), Stream.of(Severity.values()).map(Enum::name),
			Stream.of(CapaianStatus.values()).map(Enum::name),
			// IKU is the evaluators' own word (Indikator Kinerja Utama), not a code
			Stream.of(LkeCriterion.values()).map(Enum::name).filter(name -> !name.equals("IKU")),
			Rules.ALL.stream().map(ReadinessRule::id),
			Stream.of("NOT_STATED", "formula-percent-satuan-not", "satuan-percent-formula-not", "name-percent-satuan-not",
					"name-count-satuan-percent", "CONTRIBUTES_TO", "RESPONSIBLE_FOR", "PART_OF", "data_source"))
		.flatMap(s -> s)
		.collect(Collectors.toSet());

	@Autowired
	ReadinessService service;

	@Autowired
	ReportFacets facets;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void demoDataset() {
		DemoDataset.load(this.context);
	}

	@Test
	void noFindingShowsAnIdOrACodeAndEveryOneSaysHowToFixIt() throws IOException {
		List<Map<String, Object>> nodes = TestNeo4j.driver().session().executeRead(tx -> tx
			.run("MATCH (n:Node) RETURN n.id AS id, n.name AS name, n.sourceRef AS ref").list(r -> r.asMap()));
		Set<String> ids = nodes.stream().map(n -> (String) n.get("id")).collect(Collectors.toSet());
		// names and provenance are the decrees' own text (upper case names hold words like BAGIAN): not checked
		List<String> free = nodes.stream().flatMap(n -> Stream.of((String) n.get("name"), (String) n.get("ref")))
			.filter(t -> t != null && !t.isBlank())
			.distinct()
			.sorted(Comparator.comparing(String::length).reversed())
			.toList();
		ReadinessReport report = this.service.check(null, 2024);
		List<Finding> findings = ReadinessRulesTests.all(report);
		List<String> problems = new ArrayList<>();
		for (Finding f : findings) {
			List<Text> texts = new ArrayList<>(List.of(f.title(), f.message(), f.howToFix()));
			f.evidence().forEach(e -> {
				texts.add(e.label());
				texts.add(e.value());
			});
			for (Text text : texts) {
				for (String shown : List.of(text.id(), text.en())) {
					String rest = shown;
					for (String name : free) {
						rest = rest.replace(name, " ");
					}
					for (String token : rest.split("[^A-Za-z0-9_.-]+")) {
						String word = token.replaceAll("^[.-]+|[.-]+$", "");
						if (ids.contains(word) || CODES.contains(word)) {
							problems.add(f.rule() + " on " + f.node().id() + ": '" + word + "' in: " + shown);
						}
					}
				}
			}
			assertThat(f.howToFix().id()).as(f.rule()).isNotBlank();
			assertThat(f.howToFix().en()).as(f.rule()).isNotBlank().isNotEqualTo(f.howToFix().id());
			assertThat(f.message().en()).as(f.rule()).isNotEqualTo(f.message().id());
		}
		assertThat(problems).isEmpty();

		// a chain that stops below the top: one finding per stop node, with the indicators it stops
		List<Finding> below = findings.stream().filter(f -> f.rule().equals("indicator-below-top")).toList();
		assertThat(below).isNotEmpty();
		assertThat(below.stream().map(f -> f.node().id()).distinct()).hasSameSizeAs(below);
		assertThat(below).allSatisfy(f -> {
			assertThat(f.affectedCount()).isPositive();
			assertThat(f.affected()).hasSize(Math.min(f.affectedCount(), EvidenceKeys.AFFECTED_SHOWN));
			assertThat(f.affected()).allMatch(n -> n.kind() == NodeKind.INDIKATOR);
			assertThat(f.message().id()).contains("Rantai kontribusi " + f.affectedCount() + " indikator berhenti di");
		});
		int affected = below.stream().mapToInt(Finding::affectedCount).sum();

		Path out = Path.of("target", "readiness-wording.txt");
		Files.createDirectories(out.getParent());
		StringBuilder text = new StringBuilder("findings " + findings.size() + "; indicator-below-top " + below.size()
				+ " findings for " + affected + " indicators\n");
		for (String rule : List.of("indicator-below-top", "element-unmeasured", "target-regression", "indicator-duplicate",
				"satuan-formula-mismatch", "responsible-unit-missing")) {
			findings.stream().filter(f -> f.rule().equals(rule)).findFirst().ifPresent(f -> text.append(rule).append('\n')
				.append("  title: ").append(f.title()).append('\n')
				.append("  id: ").append(f.message().id()).append('\n')
				.append("  en: ").append(f.message().en()).append('\n')
				.append("  fix: ").append(f.howToFix().id()).append('\n')
				.append("  evidence: ").append(f.evidenceText()).append('\n'));
		}
		Files.writeString(out, text);
	}

	@Test
	void theFacetsListEveryUnitOfTheFindingsWithItsRegionAndTheUnitFilterKeepsItsFindings() {
		ReadinessReport report = this.service.check(null, 2024);
		ReportFacets.Facets all = this.facets.of(report, null, false);
		assertThat(all.units()).isNotEmpty().allSatisfy(u -> {
			assertThat(u.region()).as(u.unit().name()).isNotNull();
			assertThat(u.count()).isPositive();
		});
		// every unit any finding belongs to is listed, not only those of a first page
		Set<String> listed = all.units().stream().map(u -> u.unit().id()).collect(Collectors.toSet());
		Set<String> seen = new HashSet<>();
		ReadinessRulesTests.all(report).stream().filter(f -> f.node().kind() == NodeKind.UNIT)
			.forEach(f -> seen.add(f.node().id()));
		assertThat(listed).containsAll(seen);
		assertThat(all.rules()).isEqualTo(report.byRule());

		ReportFacets.UnitFacet unit = all.units().get(0);
		ReportFacets.Facets one = this.facets.of(report, unit.unit().id(), false);
		assertThat(one.rules().stream().mapToInt(ReadinessReport.RuleCount::count).sum()).isEqualTo(unit.count());
		ReadinessRun.Page page = report.findings(null, 500, null, null, this.facets.filter(report, unit.unit().id(), false));
		assertThat(page.findings()).hasSize(unit.count());
		ReadinessRun.Page orphans = report.findings(null, 500, null, null, this.facets.filter(report, null, true));
		assertThat(orphans.findings()).hasSize(Math.min(500, all.withoutUnit()));

		// a region's perangkat daerah, each with the score of its own report
		CascadeNode region = all.units().get(0).region();
		List<ReadinessService.UnitScore> scores = this.service.unitScores(this.service.check(region.id(), 2024));
		assertThat(scores).isNotEmpty().allSatisfy(s -> {
			assertThat(s.unit().level()).isEqualTo(Level.PERANGKAT_DAERAH);
			assertThat(s.score()).isEqualTo(this.service.check(s.unit().id(), 2024).score());
		});
		assertThat(report.scoreExplanation().id()).contains("0,25").contains("100");
		assertThat(report.scoreExplanation().en()).contains("0.25");
	}

}
