package id.pokin.importer;

import java.util.List;

import id.pokin.sheet.ImportSheet;

/**
 * Every row of a file, parsed: the documents, then the units, elements and indicators in sheet order, and the
 * realisasi rows (each an indicator id with {@code year}, {@code period}, {@code raw}, {@code evidence},
 * {@code document} and {@code ref} properties).
 */
public record ImportRows(List<ImportRow> documents, List<ImportRow> nodes, List<ImportRow> realisasi) {

	ImportRows(List<ImportRow> documents, List<ImportRow> nodes) {
		this(documents, nodes, List.of());
	}

	int count(ImportSheet sheet) {
		if (sheet == ImportSheet.REALISASI) {
			return this.realisasi.size();
		}
		return (int) (sheet == ImportSheet.DOCUMENTS ? this.documents.size()
				: this.nodes.stream().filter(row -> row.sheet() == sheet).count());
	}

}
