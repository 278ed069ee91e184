package id.pokin.browse;

/**
 * The key of one {@code Unit.responsibilities} field in a request: a DataLoader batches every such field of a request
 * level (many units, each with its own arguments) into one query.
 *
 * @param unitId the unit
 * @param subUnits whether what its sub-units answer for counts too
 * @param after the id the page starts after, empty for the first page
 * @param size the page size
 */
record ResponsibilityPage(String unitId, boolean subUnits, String after, int size) {
}
