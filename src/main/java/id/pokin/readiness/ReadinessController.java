package id.pokin.readiness;

import java.util.List;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import id.pokin.web.PageSizes;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class ReadinessController {

	/** The fields that need every rule counted: asking for one of them starts all the rules at once. */
	private static final Set<String> COUNTED = Set.of("score", "byRule", "bySeverity");

	private final ReadinessService service;

	private final PageSizes pageSizes;

	private final ReportFacets facets;

	ReadinessController(ReadinessService service, PageSizes pageSizes, ReportFacets facets) {
		this.service = service;
		this.pageSizes = pageSizes;
		this.facets = facets;
	}

	@QueryMapping
	ReadinessReport readiness(@Argument String scope, @Argument Integer year, DataFetchingFieldSelectionSet selection) {
		ReadinessReport report = this.service.check(scope, year);
		if (COUNTED.stream().anyMatch(selection::contains)) {
			report.prefetch();
		}
		return report;
	}

	/** A page of findings as a connection: Spring for GraphQL turns the window into edges, cursors and page info. */
	@SchemaMapping(typeName = "ReadinessReport")
	Window<Finding> findings(ReadinessReport report, ScrollSubrange subrange, @Argument Severity severity,
			@Argument String rule, @Argument String unit, @Argument Boolean withoutUnit) {
		Integer first = subrange.count().isPresent() ? subrange.count().getAsInt() : null;
		int limit = this.pageSizes.resolve("findings", first);
		Position after = subrange.position().map(Position::of).orElse(null);
		boolean orphans = Boolean.TRUE.equals(withoutUnit);
		ReadinessRun.Page page = unit == null && !orphans ? report.findings(after, limit, severity, rule)
				: report.findings(after, limit, severity, rule, this.facets.filter(report, unit, orphans));
		List<ReadinessRun.Positioned> items = page.findings();
		return Window.from(items.stream().map(ReadinessRun.Positioned::finding).toList(),
				index -> items.get(index).position().toScrollPosition(), page.hasNext());
	}

	@SchemaMapping(typeName = "ReadinessReport")
	ReportFacets.Facets facets(ReadinessReport report, @Argument String unit, @Argument Boolean withoutUnit) {
		return this.facets.of(report, unit, Boolean.TRUE.equals(withoutUnit));
	}

	@SchemaMapping(typeName = "ReadinessReport")
	List<ReadinessService.UnitScore> unitScores(ReadinessReport report) {
		return this.service.unitScores(report);
	}

	@SchemaMapping(typeName = "LkeCriterion")
	String code(LkeCriterion criterion) {
		return criterion.code();
	}

	@SchemaMapping(typeName = "LkeCriterion")
	String component(LkeCriterion criterion) {
		return criterion.component();
	}

	@SchemaMapping(typeName = "LkeCriterion")
	String subComponent(LkeCriterion criterion) {
		return criterion.subComponent();
	}

	@SchemaMapping(typeName = "LkeCriterion")
	String criterion(LkeCriterion criterion) {
		return criterion.criterion();
	}

}
