package id.pokin.readiness;

import java.util.List;

import id.pokin.node.CascadeNode;
import id.pokin.sheet.Cells;

/** The findings of a report as rows of text, the same for the CSV and XLSX downloads. */
final class ReportTable {

	static final List<String> HEADER = List.of("severity", "rule", "lke", "node_id", "node_kind", "node_level",
			"node_name", "message_id", "message_en", "evidence", "source_document", "source_ref");

	private ReportTable() {
	}

	static List<String> row(Finding finding) {
		CascadeNode node = finding.node();
		return List.of(finding.severity().name(), finding.rule(),
				finding.lke() == null ? "" : finding.lke().label(), node.id(), node.kind().name(),
				node.level() == null ? "" : node.level().name(), text(node.name()), finding.message().id(),
				finding.message().en(), finding.evidenceText(), text(node.source().document()),
				text(node.source().ref()));
	}

	/**
	 * The cell as a spreadsheet gets it, in the CSV and the XLSX alike: names and evidence come from uploaded
	 * documents, so text a spreadsheet would run as a formula gets the apostrophe the exports put before it
	 * ({@link Cells#escapeFormula(String)}).
	 */
	static String safe(String cell) {
		return Cells.escapeFormula(cell);
	}

	static String fileName(ReadinessReport report, String extension) {
		String scope = report.scope() == null ? "all" : report.scope().id().replaceAll("[^A-Za-z0-9._-]", "_");
		return "readiness-" + scope + (report.year() == null ? "" : "-" + report.year()) + "." + extension;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
