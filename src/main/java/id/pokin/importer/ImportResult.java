package id.pokin.importer;

import java.util.List;

/** Either the summary of an import that was written, or every error of a file that changed nothing. */
record ImportResult(ImportSummary summary, List<ImportError> errors) {

	static ImportResult imported(ImportSummary summary) {
		return new ImportResult(summary, List.of());
	}

	static ImportResult rejected(List<ImportError> errors) {
		return new ImportResult(null, List.copyOf(errors));
	}

	boolean isImported() {
		return this.summary != null;
	}

}
