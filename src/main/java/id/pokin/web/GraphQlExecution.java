package id.pokin.web;

import graphql.execution.AbortExecutionException;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How GraphQL requests execute. Parsed documents are cached by text. Every request is bounded before it runs: nesting depth and complexity (graphql-java counts one per
 * field), so no request can walk the whole graph through {@code children { children { ... } }}. Page sizes
 * are bounded where each list is served; the time limit is on the database transaction.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlExecution {

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache() {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new ParsedDocumentCache(1000)));
	}

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(Properties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth(), info -> {
			throw new AbortExecutionException("maximum query depth exceeded: %d > %d (pokin.graphql.max-depth)"
				.formatted(info.getDepth(), limits.maxDepth()));
		});
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(Properties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), info -> {
			throw new AbortExecutionException("maximum query complexity exceeded: %d fields > %d (pokin.graphql.max-complexity)"
				.formatted(info.getComplexity(), limits.maxComplexity()));
		});
	}

	/**
	 * @param maxDepth deepest field nesting a request may have (GraphiQL's introspection needs 13)
	 * @param maxComplexity most fields a request may select
	 * @param timeoutSeconds longest a read transaction may run (read by the {@code @Transactional} queries)
	 * @param defaultPageSize the page size of a paged field when the request gives no {@code first}
	 * @param maxPageSize the largest {@code first} a paged field accepts
	 */
	@ConfigurationProperties("pokin.graphql")
	record Properties(@DefaultValue("15") int maxDepth, @DefaultValue("500") int maxComplexity,
			@DefaultValue("30") int timeoutSeconds, @DefaultValue("50") int defaultPageSize,
			@DefaultValue("500") int maxPageSize) {
	}

}
