package id.pokin.browse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.pokin.graph.CypherMigrations;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans of the browse queries (EXPLAIN, nothing runs): every shape starts from an index, never from a scan of a
 * label, and the shapes without a bounded driver read the nodes in id order from an index, so a page stops after
 * {@code first + 1} rows however large the graph (no Sort, no Top over the whole graph).
 */
class BrowsePlanTests {

	private static final String ORDERED = "ordered";

	@BeforeAll
	static void schema() {
		new CypherMigrations(TestNeo4j.driver()).apply();
		TestNeo4j.load("browse.cypher");
		// plans follow index statistics: sample them on this graph (not whatever earlier tests left) and forget
		// cached plans, as a production database would have them
		try (var session = TestNeo4j.driver().session()) {
			session.run("CALL db.prepareForReplanning(60)").consume();
		}
	}

	static Stream<Arguments> pages() {
		return Stream.of(
				// ordered seeks: id order comes from the index
				Arguments.of(Listing.ELEMENTS, filter(null, null, null, null, null), ORDERED, "UNIQUE n:Node(id) WHERE id > $after"),
				Arguments.of(Listing.INDICATORS, filter(null, null, null, null, null), ORDERED,
						"RANGE INDEX n:Node(kind, id) WHERE kind = $kind AND id > $after"),
				Arguments.of(Listing.UNITS, filter(null, null, null, null, null), ORDERED,
						"RANGE INDEX n:Node(kind, id) WHERE kind = $kind AND id > $after"),
				Arguments.of(Listing.ELEMENTS, new NodeFilter(null, null, null, NodeKind.TUJUAN, null, 2024, null, true),
						ORDERED, "RANGE INDEX n:Node(kind, id) WHERE kind = $kind AND id > $after"),
				Arguments.of(Listing.INDICATORS, new NodeFilter(null, null, null, null, Level.PEMDA, 2024, null, false),
						ORDERED, "RANGE INDEX n:Node(level, id) WHERE level = $level AND id > $after"),
				Arguments.of(Listing.UNITS, new NodeFilter(null, null, null, NodeKind.UNIT, Level.PEMDA, null, null, null),
						ORDERED, "RANGE INDEX n:Node(level, id) WHERE level = $level AND id > $after"),
				// bounded drivers, sorted: a scope's documents through the per-label index, a unit's subtree, text
				Arguments.of(Listing.INDICATORS, filter("r", null, null, null, Level.PEMDA), "Top",
						"RANGE INDEX n:Indikator(sourceDocument) WHERE sourceDocument = document"),
				Arguments.of(Listing.ELEMENTS, filter("r", "p", null, null, null), "Top",
						"RANGE INDEX n:Element(sourceDocument) WHERE sourceDocument = document"),
				Arguments.of(Listing.UNITS, filter(null, "p", null, null, null), "Top",
						"RANGE INDEX n:Unit(sourceDocument) WHERE sourceDocument = document"),
				Arguments.of(Listing.INDICATORS, filter("r", "p", "u", null, null), "Top",
						"UNIQUE anon_0:Node(id) WHERE id = unitId"),
				Arguments.of(Listing.UNITS, filter("r", null, "u", null, null), "Top", "UNIQUE n:Node(id) WHERE id = unitId"),
				Arguments.of(Listing.INDICATORS, filter("r", "p", "u", "x", Level.SUBBAGIAN), "Top",
						"db.index.fulltext.queryNodes"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pages")
	void aPageStartsFromAnIndex(Listing listing, NodeFilter filter, String order, String start) {
		Map<String, Object> parameters = new HashMap<>(FilterScope.NONE.parameters(listing, filter));
		parameters.put("after", "");
		parameters.put("limit", 51);
		List<String> plan = explain(BrowseCypher.page(listing, filter), parameters);
		assertThat(plan).as(String.join("\n", plan)).anyMatch(step -> step.contains(start));
		assertThat(plan).noneMatch(step -> step.startsWith("NodeByLabelScan") || step.startsWith("AllNodesScan")
				|| step.startsWith("Skip"));
		if (order.equals(ORDERED)) {
			assertThat(plan).as(String.join("\n", plan))
				.noneMatch(step -> step.startsWith("Sort") || step.startsWith("Top") || step.startsWith("PartialSort"))
				.anyMatch(step -> step.startsWith("Limit"));
		}
		else {
			assertThat(plan).anyMatch(step -> step.startsWith(order));
		}
	}

	@Test
	void countsStartFromTheSameIndexesAndReadEveryNodeOnlyWithoutAFilter() {
		Map<NodeFilter, String> starts = Map.of(filter(null, null, null, null, Level.BAGIAN), "RANGE INDEX n:Node(level, id)",
				new NodeFilter(null, null, null, NodeKind.SASARAN, null, 2024, null, true), "RANGE INDEX n:Node(kind, id)",
				filter("r", null, null, null, null), "RANGE INDEX n:Node(sourceDocument)", filter(null, null, "u", null, null),
				"UNIQUE", filter(null, null, null, "x", null), "db.index.fulltext.queryNodes");
		starts.forEach((filter, start) -> {
			List<String> plan = explain(BrowseCypher.counts(filter), FilterScope.NONE.parameters(Listing.ALL, filter));
			assertThat(plan).as(String.join("\n", plan))
				.anyMatch(step -> step.contains(start))
				.noneMatch(step -> step.startsWith("NodeByLabelScan") || step.startsWith("AllNodesScan"));
		});
		assertThat(explain(BrowseCypher.counts(NodeFilter.NONE), FilterScope.NONE.parameters(Listing.ALL, NodeFilter.NONE)))
			.anyMatch(step -> step.startsWith("NodeByLabelScan"));
	}

	@Test
	void theResolveAndResponsibilitiesQueriesStartFromIds() {
		List<String> resolve = explain(BrowseCypher.RESOLVE, Map.of("roots", List.of(), "year", 2024));
		assertThat(resolve).as(String.join("\n", resolve))
			.anyMatch(step -> step.startsWith("NodeUniqueIndexSeek") && step.contains("WHERE id = root.id"))
			.noneMatch(step -> step.startsWith("NodeByLabelScan") || step.startsWith("AllNodesScan"));
		List<String> responsibilities = explain(BrowseCypher.RESPONSIBILITIES, Map.of("pages", List.of()));
		assertThat(responsibilities).as(String.join("\n", responsibilities))
			.anyMatch(step -> step.startsWith("NodeUniqueIndexSeek") && step.contains("WHERE id = page.unit"))
			.noneMatch(step -> step.startsWith("NodeByLabelScan") || step.startsWith("AllNodesScan"));
	}

	private static NodeFilter filter(String region, String perangkatDaerah, String unit, String text, Level level) {
		return new NodeFilter(region, perangkatDaerah, unit, null, level, null, text, null);
	}

	/** Each step of the plan as "Operator details", depth first. */
	private static List<String> explain(String cypher, Map<String, Object> parameters) {
		try (Session session = TestNeo4j.driver().session()) {
			List<String> steps = new ArrayList<>();
			collect(session.run("EXPLAIN " + cypher, parameters).consume().plan(), steps);
			return steps;
		}
	}

	private static void collect(Plan plan, List<String> steps) {
		Value details = plan.arguments().getOrDefault("Details", Values.value(""));
		steps.add(plan.operatorType().replaceAll("@.*", "") + " " + details.asString());
		plan.children().forEach(child -> collect(child, steps));
	}

}
