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
	void aFindingFillsItsMessagesFromTheNodeAndTheDeclaredEvidenceInOrderInWords() {
		ReadinessRule rule = new ReadinessRule("r", Severity.WARNING, null, new Text("judul", "title"),
				new Text("{Node} melewati {skipped} ($1)", "{Node} skips {skipped}; {unknown}"),
				new Text("Perbaiki {name}", "Fix {node}"), new Text("{Kind} ganda", "Duplicate {kind}"),
				List.of("skipped", "count", "empty"), ReadinessRule.Shape.FINDING_PER_ROW, true, "RETURN 1");
		Finding finding = rule.finding(NODE, Map.of("count", 3.0, "skipped", List.of("ASISTEN", "BAGIAN")), List.of());
		assertThat(finding.message()).isEqualTo(new Text("Sasaran Bagian 1 \"Sasaran satu\" melewati Asisten, Bagian ($1)",
				"Division objective 1 \"Sasaran satu\" skips assistant, division; {unknown}"));
		assertThat(finding.howToFix()).isEqualTo(new Text("Perbaiki Sasaran satu", "Fix division objective 1 \"Sasaran satu\""));
		assertThat(finding.title()).isEqualTo(new Text("Sasaran Bagian ganda", "Duplicate division objective"));
		// the raw values stay for programs; label and value are for people
		assertThat(finding.evidence()).extracting(Evidence::key, Evidence::values)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("skipped", List.of("ASISTEN", "BAGIAN")),
					org.assertj.core.groups.Tuple.tuple("count", List.of("3")),
					org.assertj.core.groups.Tuple.tuple("empty", List.of()));
		assertThat(finding.evidenceText()).isEqualTo("Tingkat yang dilewati: Asisten, Bagian; Jumlah: 3; empty: tidak ada");
		assertThat(finding.evidenceText("en")).isEqualTo("Levels skipped: assistant, division; Count: 3; empty: none");
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
		return new Finding("r", severity, null, node, new Text("", ""), new Text("", ""), new Text("", ""), List.of(),
				List.of(), List.of(), 0);
	}

}
