package id.pokin.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps parsed and validated GraphQL documents by their text, so a client repeating the same query (the UI,
 * an integration, the benchmark) pays for parsing and validation once. Bounded, least recently used out.
 * The depth and complexity limits still run on every execution: they are checked at execution, not here.
 */
class ParsedDocumentCache implements PreparsedDocumentProvider {

	private final Map<String, PreparsedDocumentEntry> entries;

	ParsedDocumentCache(int size) {
		this.entries = Collections.synchronizedMap(new LinkedHashMap<>(size, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > size;
			}
		});
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry entry = this.entries.get(input.getQuery());
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			this.entries.put(input.getQuery(), entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

}
