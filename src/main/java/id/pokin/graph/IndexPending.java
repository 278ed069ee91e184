package id.pokin.graph;

import java.util.function.Supplier;

/**
 * Reads that go through a full-text index ({@code db.index.fulltext.queryNodes}) while the schema is still being
 * set up after a start: on a new store the index does not exist yet, and the store holds nothing it could find. Such a
 * read answers as if nothing matched (the answer says the data is loading, {@code web/DataLoading}) without running:
 * a query naming a missing index would fail, and with it the request's transaction. Whether the index was there
 * is known from the database's start ({@link DataReadiness#hadIndexAtStart}); once the schema is in place every
 * read runs.
 */
public final class IndexPending {

	private IndexPending() {
	}

	public static <T> T orNothingFound(DataReadiness readiness, String index, Supplier<T> read,
			Supplier<T> nothingFound) {
		if (!readiness.isSchemaReady() && !readiness.hadIndexAtStart(index)) {
			return nothingFound.get();
		}
		return read.get();
	}

}
