package id.pokin.importer;

import java.util.List;

/** Every row of a file, parsed: the documents, then the units, elements and indicators in sheet order. */
record ImportRows(List<ImportRow> documents, List<ImportRow> nodes) {

	int count(ImportSheet sheet) {
		return (int) (sheet == ImportSheet.DOCUMENTS ? this.documents.size()
				: this.nodes.stream().filter(row -> row.sheet() == sheet).count());
	}

}
