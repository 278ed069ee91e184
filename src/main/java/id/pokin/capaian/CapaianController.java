package id.pokin.capaian;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import id.pokin.node.CascadeNode;
import id.pokin.node.Element;
import id.pokin.node.Indicator;
import id.pokin.security.Editor;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Realisasi and capaian in GraphQL ({@code capaian.graphqls}). The per-node fields go through DataLoaders: a
 * request level's indicators cost one query for their figures, its elements one query for their roll-ups.
 */
@Controller
class CapaianController {

	static final String FIGURES = "capaian.figures";

	static final String ROLLUPS = "capaian.rollups";

	private final CapaianService service;

	private final RealisasiEditor editor;

	CapaianController(CapaianService service, RealisasiEditor editor, BatchLoaderRegistry registry) {
		this.service = service;
		this.editor = editor;
		registry.<String, Map<String, Object>>forName(FIGURES)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> service.figures(ids)));
		registry.<CapaianService.RollupKey, Capaian>forName(ROLLUPS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> service.rollups(keys)));
	}

	@SchemaMapping(typeName = "Indikator")
	CompletableFuture<List<Realisasi>> realisasi(Indicator indicator, @Argument Integer year,
			DataFetchingEnvironment env) {
		return figures(indicator, env).thenApply(figures -> figures == null ? List.of()
				: RealisasiLists.read(figures).values().stream()
					.filter(r -> year == null || r.year() == year)
					.toList());
	}

	@SchemaMapping(typeName = "Indikator")
	CompletableFuture<Capaian> capaian(Indicator indicator, @Argument int year, @Argument Period period,
			DataFetchingEnvironment env) {
		return figures(indicator, env).thenApply(figures -> Rollups.indicator(figures == null ? Map.of() : figures,
				year, period == null ? Period.YEAR : period, this.service.settings()));
	}

	@SchemaMapping(typeName = "Tujuan", field = "rollup")
	CompletableFuture<Capaian> tujuanRollup(Element element, @Argument int year, @Argument Period period,
			DataFetchingEnvironment env) {
		return rollup(element, year, period, env);
	}

	@SchemaMapping(typeName = "Sasaran", field = "rollup")
	CompletableFuture<Capaian> sasaranRollup(Element element, @Argument int year, @Argument Period period,
			DataFetchingEnvironment env) {
		return rollup(element, year, period, env);
	}

	@SchemaMapping(typeName = "Kondisi", field = "rollup")
	CompletableFuture<Capaian> kondisiRollup(Element element, @Argument int year, @Argument Period period,
			DataFetchingEnvironment env) {
		return rollup(element, year, period, env);
	}

	@QueryMapping
	List<CapaianService.RiskItem> atRisk(@Argument String scope, @Argument int year, @Argument Period period,
			@Argument Double below) {
		return this.service.atRisk(scope, year, period == null ? Period.YEAR : period,
				below == null ? this.service.settings().onTrack() : below);
	}

	@QueryMapping
	List<CapaianService.TreeRow> capaianTree(@Argument String scope, @Argument int year, @Argument Period period) {
		return this.service.tree(scope, year, period == null ? Period.YEAR : period);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	CascadeNode setRealisasi(@Argument String id, @Argument long version, @Argument int year, @Argument Period period,
			@Argument String value, @Argument String evidence, Authentication user) {
		return this.editor.setRealisasi(Editor.of(user), id, version, year, period, value, evidence);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
	RealisasiEditor.WeightChange setContributionWeight(@Argument String from, @Argument String to,
			@Argument Double weight, Authentication user) {
		return this.editor.setWeight(Editor.of(user), from, to, weight);
	}

	private static CompletableFuture<Map<String, Object>> figures(Indicator indicator, DataFetchingEnvironment env) {
		return env.<String, Map<String, Object>>getDataLoader(FIGURES).load(indicator.id());
	}

	private static CompletableFuture<Capaian> rollup(CascadeNode node, int year, Period period,
			DataFetchingEnvironment env) {
		return env.<CapaianService.RollupKey, Capaian>getDataLoader(ROLLUPS)
			.load(new CapaianService.RollupKey(node.id(), year, period == null ? Period.YEAR : period));
	}

}
