package id.pokin.importer;

import java.util.List;

/**
 * Either the summary of an import that was written, or the errors of a file that changed nothing: the first
 * {@link id.pokin.web.InputLimits#IMPORT_ERRORS_REPORTED} in file order, and how many more there were.
 */
public record ImportResult(ImportSummary summary, List<ImportError> errors, int moreErrors) {

	static ImportResult imported(ImportSummary summary) {
		return new ImportResult(summary, List.of(), 0);
	}

	static ImportResult rejected(ImportErrors errors) {
		return new ImportResult(null, errors.first(), errors.more());
	}

	static ImportResult rejected(ImportError error) {
		return new ImportResult(null, List.of(error), 0);
	}

	public boolean isImported() {
		return this.summary != null;
	}

	/** Every error found, reported or not. */
	public int errorCount() {
		return this.errors.size() + this.moreErrors;
	}

}
