package id.pokin.web;

import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

/**
 * How GraphQL requests execute. Every request is bounded before it runs: the body's size (before it is parsed), the
 * nesting depth, the arguments (search text, list items, page sizes, cursors) and the cost: each list multiplies
 * what is under it by its page size or expected fan-out ({@link QueryCost}), so no request can walk the whole graph
 * through aliases and {@code children { parents { ... } }}. While it runs, the number of values it returns is
 * counted and a request over the limit is stopped ({@link ResultSizeLimit}); the time limit is on each database
 * transaction and on the request as a whole ({@link RequestDeadline}). Parsed documents are cached by text, only those
 * that parsed and validated ({@link ParsedDocumentCache}).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlExecution {

	@Bean
	ParsedDocumentCache parsedDocumentCache(Properties limits) {
		return new ParsedDocumentCache(limits.parseCacheSize().toBytes());
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCacheInUse(ParsedDocumentCache cache) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(Properties limits) {
		return new QueryDepthLimit(limits.maxDepth(), info -> {
			throw new RequestRefused("QUERY_TOO_DEEP",
					"maximum query depth exceeded: %d > %d (pokin.graphql.max-depth)".formatted(info.getDepth(),
							limits.maxDepth()),
					"kedalaman kueri melebihi batas: %d > %d (pokin.graphql.max-depth)".formatted(info.getDepth(),
							limits.maxDepth()))
				.with("depth", info.getDepth())
				.with("limit", limits.maxDepth())
				.toAbort();
		});
	}

	@Bean
	QueryCost queryCost(Properties limits, ObjectProvider<CursorStrategy<ScrollPosition>> cursors) {
		return new QueryCost(limits, cursors.getIfAvailable(QueryCost::defaultCursors));
	}

	@Bean
	ResultSizeLimit resultSizeLimit(Properties limits) {
		return new ResultSizeLimit(limits.maxResultValues());
	}

	@Bean
	RequestDeadline requestDeadline(Properties limits) {
		return new RequestDeadline(limits.timeoutSeconds());
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimit> graphQlBodyLimit(Properties limits, ObjectProvider<JsonMapper> json) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(limits.maxBodySize(), json.getIfAvailable(() -> JsonMapper.builder().build())));
		registration.addUrlPatterns("/graphql", "/graphql/*");
		// before Spring Security: a body too large is refused before anything reads it, signed in or not
		registration.setOrder(Integer.MIN_VALUE + 100);
		return registration;
	}

	/**
	 * @param maxDepth deepest field nesting a request may have (GraphiQL's introspection needs 13)
	 * @param maxCost highest cost a request may have: every field counts once for each time it is expected to be
	 * resolved, a list multiplying what is under it by its page size or {@code listFanOut} ({@link QueryCost})
	 * @param listFanOut how many items a list without paging ({@code parents}, {@code children}, a trace's
	 * {@code nodes}...) is expected to hold, for the cost
	 * @param rootFieldCost what each top-level field (and alias of one) adds to the cost: each is at least one
	 * database query of its own, while the fields under it are fetched in batches, one query per level
	 * @param maxResultValues most values (fields of objects, list items) a response may hold; the request is stopped
	 * there: the last guard where the expected fan-out was wrong
	 * @param maxBodySize largest {@code /graphql} request body (the query and its variables)
	 * @param parseCacheSize the query text the parse cache may hold, in bytes
	 * @param timeoutSeconds longest a read transaction may run (read by the {@code @Transactional} queries), and a
	 * request as a whole
	 * @param defaultPageSize the page size of a paged field when the request gives no {@code first}
	 * @param maxPageSize the largest {@code first} a paged field accepts
	 */
	@ConfigurationProperties("pokin.graphql")
	record Properties(@DefaultValue("15") int maxDepth, @DefaultValue("100000") long maxCost,
			@DefaultValue("10") int listFanOut, @DefaultValue("500") int rootFieldCost,
			@DefaultValue("500000") long maxResultValues,
			@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("8MB") DataSize parseCacheSize,
			@DefaultValue("30") int timeoutSeconds, @DefaultValue("50") int defaultPageSize,
			@DefaultValue("500") int maxPageSize) {
	}

}
