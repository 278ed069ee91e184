package id.pokin.node;

/** Where a node comes from: the document (its id) and the place in it, so it can be checked against paper. */
public record Provenance(String document, String ref) {
}
