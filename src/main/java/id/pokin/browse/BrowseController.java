package id.pokin.browse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import id.pokin.node.CascadeNode;
import id.pokin.node.Indicator;
import id.pokin.node.Unit;
import id.pokin.trace.TracePath;
import id.pokin.trace.TraceService;
import id.pokin.web.PageSizes;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Browsing at any scale ({@code browse.graphqls}): filtered connections of elements, indicators and units, counts,
 * and a unit's responsibilities with their traces. Nested fields cost one query per field per request level: the
 * {@code Node} neighbours through {@code NodeFieldWiring}'s loaders, {@code responsibilities} through the loader
 * registered here, {@code trace} as a batch.
 */
@Controller
class BrowseController {

	static final String RESPONSIBILITIES = "browse.responsibilities";

	private final BrowseService service;

	private final TraceService traces;

	private final PageSizes pageSizes;

	BrowseController(BrowseService service, TraceService traces, PageSizes pageSizes, BatchLoaderRegistry registry) {
		this.service = service;
		this.traces = traces;
		this.pageSizes = pageSizes;
		registry.<ResponsibilityPage, Window<Responsibility>>forName(RESPONSIBILITIES)
			.registerMappedBatchLoader((pages, env) -> Mono.fromCallable(() -> service.responsibilities(pages)));
	}

	@QueryMapping
	Window<CascadeNode> elements(@Argument NodeFilter filter, ScrollSubrange subrange) {
		return this.service.list(Listing.ELEMENTS, filter, subrange);
	}

	/** Typed, so the schema inspection checks {@code Indikator}'s fields against {@link Indicator}. */
	@QueryMapping
	Window<Indicator> indicators(@Argument NodeFilter filter, ScrollSubrange subrange) {
		return this.service.list(Listing.INDICATORS, filter, subrange).map(Indicator.class::cast);
	}

	@QueryMapping
	Window<Unit> units(@Argument NodeFilter filter, ScrollSubrange subrange) {
		return this.service.list(Listing.UNITS, filter, subrange).map(Unit.class::cast);
	}

	@QueryMapping
	List<NodeCount> nodeCounts(@Argument NodeFilter filter) {
		return this.service.counts(filter);
	}

	@SchemaMapping(typeName = "Unit")
	CompletableFuture<Window<Responsibility>> responsibilities(Unit unit, ScrollSubrange subrange,
			@Argument Boolean subUnits, DataFetchingEnvironment env) {
		int size = this.pageSizes.resolve("responsibilities", Pages.first(subrange));
		String after = Pages.after("responsibilities", subrange);
		return env.<ResponsibilityPage, Window<Responsibility>>getDataLoader(RESPONSIBILITIES)
			.load(new ResponsibilityPage(unit.id(), Boolean.TRUE.equals(subUnits), after, size));
	}

	/** Every path up from each listed node: one query for all of a request level's responsibilities. */
	@BatchMapping(typeName = "Responsibility")
	Map<Responsibility, List<TracePath>> trace(List<Responsibility> responsibilities) {
		Map<String, List<TracePath>> byId = this.traces
			.tracesOf(responsibilities.stream().map(r -> r.node().id()).distinct().toList());
		Map<Responsibility, List<TracePath>> result = new LinkedHashMap<>();
		responsibilities.forEach(r -> result.put(r, byId.getOrDefault(r.node().id(), List.of())));
		return result;
	}

}
