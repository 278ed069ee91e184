package id.pokin.generator;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pokin.generator.GeneratedGraph.Link;
import id.pokin.generator.GeneratedGraph.Node;
import id.pokin.node.NodeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CascadeGeneratorTests {

	private static GeneratedGraph region(long seed, double crosscutting, double defects) {
		return new CascadeGenerator(new GeneratorSettings(1, seed, crosscutting, defects, 1)).region(7);
	}

	@Test
	void theSameSeedGivesTheSameRegionAndAnotherSeedAnother() {
		assertThat(region(42, 0.05, 0.01)).isEqualTo(region(42, 0.05, 0.01));
		assertThat(region(43, 0.05, 0.01).nodes()).isNotEqualTo(region(42, 0.05, 0.01).nodes());
	}

	@Test
	void aRegionHasTheShapeOfARealOne() {
		GeneratedGraph graph = region(42, 0.05, 0.01);
		Map<NodeKind, Long> perKind = graph.nodes().stream().collect(Collectors.groupingBy(Node::kind, Collectors.counting()));
		assertThat(graph.nodes()).hasSizeBetween(7_000, 13_000);
		assertThat(perKind.get(NodeKind.TUJUAN)).isEqualTo(12);
		assertThat(perKind.get(NodeKind.UNIT)).isBetween(31L * 30, 31L * 60);
		assertThat(graph.nodes().stream().map(Node::id).distinct()).hasSize(graph.nodes().size());
		Set<String> ids = graph.nodes().stream().map(Node::id).collect(Collectors.toSet());
		assertThat(graph.contributesTo()).allSatisfy(link -> assertThat(ids).contains(link.from(), link.to()));
		assertThat(graph.responsibleFor()).allSatisfy(link -> assertThat(ids).contains(link.from(), link.to()));
	}

	@Test
	void crosscuttingLinksAppearAtTheConfiguredShare() {
		GeneratedGraph graph = region(42, 0.05, 0);
		Map<String, Long> parentsPerChild = graph.contributesTo().stream()
			.collect(Collectors.groupingBy(Link::from, Collectors.counting()));
		long elements = graph.nodes().stream().filter(n -> n.kind() == NodeKind.SASARAN).count();
		long crosscutting = parentsPerChild.values().stream().filter(c -> c > 1).count();
		assertThat((double) crosscutting / elements).isBetween(0.02, 0.08);
		assertThat(region(42, 0, 0).contributesTo().stream().map(Link::from).distinct().count())
			.isEqualTo(region(42, 0, 0).contributesTo().size());
	}

	@Test
	void withoutDefectsEveryIndicatorContributesAndHasEveryTarget() {
		GeneratedGraph graph = region(42, 0.05, 0);
		Set<String> contributing = graph.contributesTo().stream().map(Link::from).collect(Collectors.toSet());
		assertThat(graph.nodes().stream().filter(n -> n.kind() == NodeKind.INDIKATOR))
			.allSatisfy(n -> {
				assertThat(contributing).contains(n.id());
				assertThat((java.util.List<?>) n.properties().get("targetYears")).hasSize(5);
			});
		Map<String, Node> byId = graph.nodes().stream().collect(Collectors.toMap(Node::id, Function.identity()));
		assertThat(graph.responsibleFor()).allSatisfy(l -> assertThat(byId.get(l.from()).kind()).isEqualTo(NodeKind.UNIT));
	}

	@Test
	void defectsArePlantedAtTheConfiguredShare() {
		GeneratedGraph graph = region(42, 0.05, 0.05);
		Set<String> contributing = graph.contributesTo().stream().map(Link::from).collect(Collectors.toSet());
		long indicators = graph.nodes().stream().filter(n -> n.kind() == NodeKind.INDIKATOR).count();
		long orphans = graph.nodes().stream()
			.filter(n -> n.kind() == NodeKind.INDIKATOR && !contributing.contains(n.id()))
			.count();
		assertThat((double) orphans / indicators).isBetween(0.03, 0.07);
		assertThat(graph.contributesTo()).doesNotContain(new Link("r007-pd1-s1", "r007-pd1-b1-sb1-k1"));
		GeneratedGraph tenth = new CascadeGenerator(new GeneratorSettings(1, 42, 0.05, 0.05, 1)).region(10);
		assertThat(tenth.contributesTo()).contains(new Link("r010-pd1-s1", "r010-pd1-b1-sb1-k1"));
	}

}
