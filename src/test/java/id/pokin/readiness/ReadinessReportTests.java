package id.pokin.readiness;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import id.pokin.cascade.Element;
import id.pokin.cascade.Level;
import id.pokin.cascade.NodeKind;
import id.pokin.cascade.Provenance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ReadinessReportTests {

	private static final Element NODE = new Element("s-1", NodeKind.SASARAN, "1", "Sasaran satu", Level.BAGIAN, null,
			null, new Provenance("doc", "p. 1"), 0);

	@Test
	void theScoreIsOneHundredMinusTenTimesTheWeightedFindingsPerCheckedNode() {
		assertThat(ReadinessReport.score(List.of(), 0)).isEqualTo(100.0);
		assertThat(ReadinessReport.score(List.of(), 10)).isEqualTo(100.0);
		assertThat(ReadinessReport.score(findings(Severity.ERROR, 1), 100)).isEqualTo(99.0);
		assertThat(ReadinessReport.score(findings(Severity.WARNING, 10), 10)).isEqualTo(70.0);
		assertThat(ReadinessReport.score(findings(Severity.INFO, 3), 7)).isEqualTo(95.7);
		assertThat(ReadinessReport.score(findings(Severity.ERROR, 10), 10)).isEqualTo(0.0);
		assertThat(ReadinessReport.score(findings(Severity.ERROR, 30), 10)).isEqualTo(0.0);
	}

	@Test
	void aFindingFillsItsMessagesFromTheNodeAndTheDeclaredEvidenceInOrder() {
		ReadinessRule rule = new ReadinessRule("r", Severity.WARNING, null, new Text("judul", "title"),
				new Text("\"{name}\" melewati {skipped} ($1)", "\"{name}\" skips {skipped}; {unknown}"),
				List.of("skipped", "count", "empty"), ReadinessRule.Shape.FINDING_PER_ROW, "RETURN 1");
		Finding finding = rule.finding(NODE, Map.of("count", 3.0, "skipped", List.of("ASISTEN", "BAGIAN")), List.of());
		assertThat(finding.message()).isEqualTo(new Text("\"Sasaran satu\" melewati ASISTEN, BAGIAN ($1)",
				"\"Sasaran satu\" skips ASISTEN, BAGIAN; {unknown}"));
		assertThat(finding.evidence()).containsExactly(new Evidence("skipped", List.of("ASISTEN", "BAGIAN")),
				new Evidence("count", List.of("3")), new Evidence("empty", List.of()));
		assertThat(finding.evidenceText()).isEqualTo("skipped: ASISTEN, BAGIAN; count: 3; empty: -");
		assertThatIllegalStateException().isThrownBy(() -> rule.finding(NODE, Map.of("typo", 1), List.of()))
			.withMessageContaining("undeclared evidence [typo]");
	}

	@Test
	void formulaLikeCellsAreEscapedForCsv() {
		for (String cell : List.of("=1+1", "+62 811", "-5", "@SUM(A1)", "\t=1", "\r=1")) {
			assertThat(ReportTable.looksLikeFormula(cell)).as(cell).isTrue();
			assertThat(ReportTable.csvSafe(cell)).isEqualTo("'" + cell);
		}
		for (String cell : List.of("", "Persentase", "100%", "a=b", "'=1")) {
			assertThat(ReportTable.csvSafe(cell)).isEqualTo(cell);
		}
	}

	private static List<Finding> findings(Severity severity, int count) {
		return Collections.nCopies(count, new Finding("r", severity, null, NODE, new Text("", ""), List.of(), List.of()));
	}

}
