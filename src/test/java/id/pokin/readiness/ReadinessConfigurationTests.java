package id.pokin.readiness;

import java.time.Duration;
import java.util.Map;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static id.pokin.readiness.ReadinessRulesTests.nodesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Rules switched off and re-levelled, and the top moved, through configuration (its own application context). */
@TestPropertySource(properties = { "pokin.readiness.rules.baseline-missing.enabled=false",
		"pokin.readiness.rules.indicator-duplicate.severity=ERROR", "pokin.readiness.rules.level-reversal.severity=INFO",
		"pokin.readiness.top-level=SASARAN" })
class ReadinessConfigurationTests extends GraphQlIntegrationTest {

	@Autowired
	ReadinessService service;

	@BeforeAll
	static void fixture() {
		TestNeo4j.load("readiness-clean.cypher", "readiness-defects.cypher");
	}

	@Test
	void aRuleSwitchedOffDoesNotRunAndARelevelledOneReportsAtItsNewSeverity() {
		ReadinessReport report = this.service.check(null, null);
		assertThat(ReadinessRulesTests.all(report)).noneMatch(f -> f.rule().equals("baseline-missing"));
		assertThat(report.byRule()).extracting(ReadinessReport.RuleCount::rule).doesNotContain("baseline-missing");
		assertThat(ReadinessRulesTests.all(report)).filteredOn(f -> f.rule().equals("indicator-duplicate"))
			.singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
		assertThat(ReadinessRulesTests.all(report)).filteredOn(f -> f.rule().equals("level-reversal")).hasSize(2)
			.allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
		assertThat(report.byRule()).filteredOn(c -> c.rule().equals("indicator-duplicate"))
			.singleElement().extracting(ReadinessReport.RuleCount::severity).isEqualTo(Severity.ERROR);
	}

	@Test
	void theTopCanBeAnotherKindOrLevel() {
		// with SASARAN as the top the chain of rx-d-i-dangling ends at one, and a Tujuan above still counts
		assertThat(nodesOf(this.service.check(null, null), "indicator-below-top")).isEmpty();
		RuleCatalog sasaran = new RuleCatalog(new ReadinessProperties("SASARAN", Map.of(), 0, 16, Duration.ZERO));
		assertThat(sasaran.topKinds()).containsExactly("TUJUAN", "SASARAN");
		assertThat(sasaran.topLevels()).isEmpty();
		RuleCatalog perangkatDaerah = new RuleCatalog(new ReadinessProperties("PERANGKAT_DAERAH", Map.of(), 0, 16, Duration.ZERO));
		assertThat(perangkatDaerah.topKinds()).isEmpty();
		assertThat(perangkatDaerah.topLevels()).containsExactly("PEMDA", "PERANGKAT_DAERAH");
	}

	@Test
	void unknownRuleIdsAndTopLevelsStopTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new RuleCatalog(new ReadinessProperties("TUJUAN",
					Map.of("orphan", new ReadinessProperties.RuleSettings(false, null)), 0, 16, Duration.ZERO)))
			.withMessageContaining("unknown rule id(s) [orphan]");
		assertThatIllegalStateException().isThrownBy(() -> new RuleCatalog(new ReadinessProperties("VISI", Map.of(), 0, 16, Duration.ZERO)))
			.withMessageContaining("pokin.readiness.top-level");
		assertThat(new RuleCatalog(new ReadinessProperties("PEMDA", Map.of(), 0, 16, Duration.ZERO)).topLevel()).isEqualTo("PEMDA");
		assertThat(new RuleCatalog(new ReadinessProperties("TUJUAN", Map.of(), 0, 16, Duration.ZERO)).enabled()).hasSize(Rules.ALL.size())
			.allSatisfy(rule -> assertThat(rule.cypher()).isNotBlank());
	}

}
