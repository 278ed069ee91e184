package id.pokin.readiness;

import java.util.List;
import java.util.Map;

import id.pokin.node.Element;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.node.Provenance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ReadinessReportTests {

	private static final Element NODE = new Element("s-1", NodeKind.SASARAN, "1", "Sasaran satu", Level.BAGIAN, null,
			null, new Provenance("doc", "p. 1"), 0);

	@Test
	void theScoreIsTheShareOfSoundNodesWithEachNodeWeighedByItsFindingsAtMostOnce() {
		assertThat(ReadinessReport.score(List.of(), 0)).isEqualTo(100.0);
		assertThat(ReadinessReport.score(List.of(), 10)).isEqualTo(100.0);
		assertThat(ReadinessReport.score(List.of(finding("a", Severity.ERROR)), 100)).isEqualTo(99.0);
		assertThat(ReadinessReport.score(List.of(finding("a", Severity.WARNING)), 10)).isEqualTo(97.5);
		assertThat(ReadinessReport.score(List.of(finding("a", Severity.INFO), finding("b", Severity.INFO)), 3)).isEqualTo(96.7);
		// two warnings on one node cost half of it; an error and anything more on one node, the whole node only
		assertThat(ReadinessReport.score(List.of(finding("a", Severity.WARNING), finding("a", Severity.WARNING)), 4))
			.isEqualTo(87.5);
		assertThat(ReadinessReport.score(List.of(finding("a", Severity.ERROR), finding("a", Severity.WARNING),
				finding("b", Severity.WARNING)), 4)).isEqualTo(68.8);
		assertThat(ReadinessReport.score(List.of(finding("a", Severity.ERROR), finding("b", Severity.ERROR)), 2))
			.isEqualTo(0.0);
	}

	@Test
	void aFindingFillsItsMessagesFromTheNodeAndTheDeclaredEvidenceInOrder() {
		ReadinessRule rule = new ReadinessRule("r", Severity.WARNING, null, new Text("judul", "title"),
				new Text("\"{name}\" melewati {skipped} ($1)", "\"{name}\" skips {skipped}; {unknown}"),
				List.of("skipped", "count", "empty"), ReadinessRule.Shape.FINDING_PER_ROW, true, "RETURN 1");
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
	void formulaLikeCellsAreEscapedAsTheExportsEscapeThem() {
		for (String cell : List.of("=1+1", "+62 811", "-5", "@SUM(A1)", "\t=1", "\r=1", "'=1")) {
			assertThat(ReportTable.safe(cell)).isEqualTo("'" + cell);
		}
		for (String cell : List.of("", "Persentase", "100%", "a=b", "'biasa")) {
			assertThat(ReportTable.safe(cell)).isEqualTo(cell);
		}
	}

	private static Finding finding(String nodeId, Severity severity) {
		Element node = new Element(nodeId, NodeKind.SASARAN, null, nodeId, Level.BAGIAN, null, null,
				new Provenance("doc", null), 0);
		return new Finding("r", severity, null, node, new Text("", ""), List.of(), List.of());
	}

}
