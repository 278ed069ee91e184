package id.pokin.graph;

import java.util.function.Supplier;

/**
 * Reads that go through a full-text index ({@code db.index.fulltext.queryNodes}) while the schema is still being
 * set up after a start: on a new store the index does not exist yet, and the store holds nothing it could find. Such a
 * read answers as if nothing matched (the answer says the data is loading, {@code web/DataLoading}) rather than
 * failing; once the schema is in place a missing index is an error again.
 */
public final class IndexPending {

	private static final String MISSING = "There is no such fulltext schema index";

	private IndexPending() {
	}

	public static <T> T orNothingFound(DataReadiness readiness, Supplier<T> read, Supplier<T> nothingFound) {
		if (readiness.isSchemaReady()) {
			return read.get();
		}
		try {
			return read.get();
		}
		catch (RuntimeException ex) {
			if (!readiness.isSchemaReady() && indexMissing(ex)) {
				return nothingFound.get();
			}
			throw ex;
		}
	}

	static boolean indexMissing(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains(MISSING)) {
				return true;
			}
		}
		return false;
	}

}
