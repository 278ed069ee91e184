package id.pokin.web;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps parsed and validated GraphQL documents by their text, so a client repeating the same query (the UI, an
 * integration, the benchmark) pays for parsing and validation once. Only documents that parsed and validated without
 * error are kept: a refused document is typically a one-off, and keeping it let anyone fill the heap with large
 * invalid texts (each entry holds its query text). Bounded by the query text it holds, in bytes (estimated at four per
 * character, for the text and its parsed document), least recently and frequently used out (Caffeine's
 * W-TinyLFU, which also keeps a burst of one-off queries from evicting the UI's). The depth, cost and argument limits
 * still run on every execution: they are checked at execution, not here.
 */
class ParsedDocumentCache implements PreparsedDocumentProvider {

	/** A parsed document's nodes take several times its text; counted with the key, it weighs the entry better. */
	private static final int WEIGHT_PER_CHARACTER = 4;

	private final Cache<String, PreparsedDocumentEntry> entries;

	/**
	 * @param maxBytes the estimated memory the kept documents may take
	 */
	ParsedDocumentCache(long maxBytes) {
		this.entries = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String query, PreparsedDocumentEntry entry) -> (int) Math
				.min(Integer.MAX_VALUE, (long) query.length() * WEIGHT_PER_CHARACTER))
			.build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry entry = this.entries.getIfPresent(input.getQuery());
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				this.entries.put(input.getQuery(), entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** How many documents are kept (tests). */
	long size() {
		this.entries.cleanUp();
		return this.entries.estimatedSize();
	}

	/** Whether the text's document is kept (tests). */
	boolean holds(String query) {
		return this.entries.getIfPresent(query) != null;
	}

}
