package id.pokin.importer;

/**
 * What an import did: rows per sheet, and how many units, elements and indicators it created, changed (their
 * version went up) or found exactly as the file says.
 */
public record ImportSummary(int documents, int units, int elements, int indicators, int created, int updated,
		int unchanged) {
}
