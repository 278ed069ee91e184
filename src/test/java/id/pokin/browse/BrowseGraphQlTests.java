package id.pokin.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.QueryCounter;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The browse fields through the real /graphql endpoint, on two regions (fixtures/browse.cypher). */
class BrowseGraphQlTests extends GraphQlIntegrationTest {

	private static final String PAGE = """
			query($filter: NodeFilter, $first: Int, $after: String) {
			  %s(filter: $filter, first: $first, after: $after) {
			    edges { cursor node { id } }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}
			""";

	/** bx-i-001 ... bx-i-048 */
	private static final List<String> GENERATED = IntStream.rangeClosed(1, 48)
		.mapToObj(i -> "bx-i-%03d".formatted(i))
		.toList();

	private static final List<String> REGION_X_ELEMENTS = List.of("bx-k-x", "bx-s-1", "bx-s-2", "bx-s-bid-1",
			"bx-s-bid-2", "bx-s-dinas", "bx-s-lama", "bx-s-orphan", "bx-s-setda", "bx-t-1");

	private static final List<String> REGION_X_UNITS = List.of("bx-u-bid-1", "bx-u-bid-2", "bx-u-dinas", "bx-u-pemda",
			"bx-u-seksi-1", "bx-u-seksi-2", "bx-u-setda");

	@BeforeAll
	static void fixture() {
		TestNeo4j.load("browse.cypher");
	}

	// --- filters ---------------------------------------------------------------------------------------------------

	@Test
	void aRegionIsTheReadinessScopeOfItsPemdaUnit() {
		assertThat(all("elements", Map.of("region", "bx-u-pemda"))).containsExactlyElementsOf(REGION_X_ELEMENTS);
		// its documents' indicators, and the indicator without a document that contributes to the Dinas
		assertThat(all("indicators", Map.of("region", "bx-u-pemda")))
			.containsExactlyElementsOf(concat(GENERATED, List.of("bx-i-lama", "bx-i-nodoc", "bx-i-t1")));
		assertThat(all("units", Map.of("region", "bx-u-pemda"))).containsExactlyElementsOf(REGION_X_UNITS);
		assertThat(all("elements", Map.of("region", "by-u-pemda"))).containsExactly("by-k-1", "by-t-1");
		assertThat(all("units", Map.of("region", "by-u-pemda"))).containsExactly("by-u-pemda", "by-u-setda");
	}

	@Test
	void aRegionHoldsTheSameNodesAsItsReadinessReportChecks() {
		int counted = graphQl().document("{ nodeCounts(filter: {region: \"bx-u-pemda\"}) { count } }")
			.execute()
			.path("nodeCounts[*].count")
			.entityList(Integer.class)
			.get()
			.stream()
			.mapToInt(Integer::intValue)
			.sum();
		assertThat(counted).isEqualTo(68);
		graphQl().document("{ readiness(scope: \"bx-u-pemda\") { checkedNodes } }")
			.execute()
			.path("readiness.checkedNodes")
			.entity(Integer.class)
			.isEqualTo(counted);
	}

	@Test
	void aPerangkatDaerahIsItsScopeOnly() {
		assertThat(all("elements", Map.of("perangkatDaerah", "bx-u-dinas"))).containsExactly("bx-k-x", "bx-s-bid-1",
				"bx-s-bid-2", "bx-s-dinas", "bx-s-lama", "bx-s-orphan");
		assertThat(all("indicators", Map.of("perangkatDaerah", "bx-u-dinas")))
			.containsExactlyElementsOf(concat(GENERATED, List.of("bx-i-lama", "bx-i-nodoc")));
		assertThat(all("units", Map.of("perangkatDaerah", "bx-u-setda"))).containsExactly("bx-u-setda");
		// both: the nodes of both scopes
		assertThat(all("elements", Map.of("region", "bx-u-pemda", "perangkatDaerah", "bx-u-setda")))
			.containsExactly("bx-s-setda");
		assertThat(all("elements", Map.of("region", "by-u-pemda", "perangkatDaerah", "bx-u-setda"))).isEmpty();
	}

	@Test
	void aUnitIsWhatItAndItsSubUnitsAnswerForAndForUnitsItsSubUnits() {
		assertThat(all("elements", Map.of("unit", "bx-u-bid-1"))).containsExactly("bx-k-x", "bx-s-bid-1");
		assertThat(all("indicators", Map.of("unit", "bx-u-bid-1")))
			.containsExactlyElementsOf(GENERATED.stream().filter(id -> odd(id)).toList());
		assertThat(all("indicators", Map.of("unit", "bx-u-seksi-2")))
			.containsExactlyElementsOf(GENERATED.stream().filter(id -> !odd(id)).toList());
		// nobody answers for the orphan sasaran: it is in the Dinas' scope, but not among what the Dinas answers for
		assertThat(all("elements", Map.of("unit", "bx-u-dinas"))).containsExactly("bx-k-x", "bx-s-bid-1", "bx-s-bid-2",
				"bx-s-dinas", "bx-s-lama");
		assertThat(all("units", Map.of("unit", "bx-u-pemda"))).containsExactly("bx-u-bid-1", "bx-u-bid-2", "bx-u-dinas",
				"bx-u-seksi-1", "bx-u-seksi-2", "bx-u-setda");
		assertThat(all("units", Map.of("unit", "bx-u-seksi-1"))).isEmpty();
	}

	@Test
	void kindAndLevel() {
		assertThat(all("elements", Map.of("kind", "TUJUAN"))).containsExactly("bx-t-1", "by-t-1");
		assertThat(all("elements", Map.of("kind", "KONDISI"))).containsExactly("bx-k-x", "by-k-1");
		assertThat(all("elements", Map.of("level", "PEMDA"))).containsExactly("bx-s-1", "bx-s-2", "bx-t-1", "by-t-1");
		assertThat(all("elements", Map.of("kind", "SASARAN", "level", "BAGIAN"))).containsExactly("bx-s-bid-1",
				"bx-s-bid-2", "bx-s-orphan");
		assertThat(all("indicators", Map.of("level", "PERANGKAT_DAERAH"))).containsExactly("bx-i-lama", "by-i-1");
		assertThat(all("units", Map.of("level", "PEMDA"))).containsExactly("bx-u-pemda", "by-u-pemda");
		assertThat(all("units", Map.of("kind", "UNIT", "level", "SUBBAGIAN"))).containsExactly("bx-u-seksi-1",
				"bx-u-seksi-2");
		assertThat(all("units", Map.of())).hasSize(9);
		assertThat(all("elements", Map.of())).hasSize(12);
		assertThat(all("indicators", Map.of())).hasSize(52);
	}

	@Test
	void aYearKeepsWhatItsPlanPeriodCoversAndWhatStatesNoPeriod() {
		// 2018: only the old Renstra (2016-2020); the CSF worksheet states no period; the indicator without a document
		assertThat(all("elements", Map.of("year", 2018))).containsExactly("bx-s-lama", "by-k-1");
		assertThat(all("indicators", Map.of("year", 2018))).containsExactly("bx-i-lama", "bx-i-nodoc", "by-i-1");
		assertThat(all("units", Map.of("year", 2018))).containsExactly("by-u-setda");
		// 2025: everything but the old Renstra; no target for the year is required (bx-i-t1 has none)
		assertThat(all("elements", Map.of("year", 2025))).hasSize(11).doesNotContain("bx-s-lama");
		assertThat(all("indicators", Map.of("year", 2025))).hasSize(51).contains("bx-i-t1").doesNotContain("bx-i-lama");
		assertThat(all("indicators", Map.of("year", 2025, "region", "by-u-pemda"))).containsExactly("by-i-1");
		assertThat(all("elements", Map.of("year", 2018, "perangkatDaerah", "bx-u-dinas"))).containsExactly("bx-s-lama");
	}

	@Test
	void textMatchesAsSearchDoes() {
		assertThat(all("indicators", Map.of("text", "laporan KEGIATAN"))).containsExactlyElementsOf(GENERATED.subList(0, 30));
		assertThat(all("indicators", Map.of("text", "rujuk"))).containsExactlyElementsOf(GENERATED.subList(30, 48));
		assertThat(all("elements", Map.of("text", "rujukan"))).containsExactly("bx-k-x", "bx-s-bid-1");
		assertThat(all("units", Map.of("text", "seksi"))).containsExactly("bx-u-seksi-1", "bx-u-seksi-2");
		// a text with no letter or digit filters nothing; no Lucene syntax gets through
		assertThat(all("units", Map.of("text", " ,; "))).hasSize(9);
		assertThat(all("units", Map.of("text", "name:* OR (\"x\"~ AND"))).isEmpty();
	}

	@Test
	void crosscuttingNodesContributeToMoreThanOneNode() {
		List<String> everyThird = GENERATED.stream().filter(id -> number(id) % 3 == 0).toList();
		assertThat(all("indicators", Map.of("crosscutting", true))).containsExactlyElementsOf(everyThird);
		assertThat(all("indicators", Map.of("crosscutting", false))).hasSize(52 - 16).doesNotContainAnyElementsOf(everyThird);
		assertThat(all("elements", Map.of("crosscutting", true))).containsExactly("bx-k-x");
		assertThat(all("units", Map.of("crosscutting", true))).isEmpty();
	}

	@Test
	void filtersCombine() {
		// the rujukan indicators of Seksi Rujukan (odd) that are crosscutting (every third): 33, 39, 45
		assertThat(all("indicators", Map.of("region", "bx-u-pemda", "unit", "bx-u-seksi-1", "text", "rujukan",
				"crosscutting", true, "year", 2024, "level", "SUBBAGIAN", "kind", "INDIKATOR")))
			.containsExactly("bx-i-033", "bx-i-039", "bx-i-045");
		assertThat(all("elements", Map.of("level", "PERANGKAT_DAERAH", "year", 2024, "crosscutting", false)))
			.containsExactly("bx-s-dinas", "bx-s-setda", "by-k-1");
	}

	@Test
	void nodeCountsByKindAndLevel() {
		var response = graphQl().document("{ nodeCounts(filter: {region: \"bx-u-pemda\"}) { kind level count } }").execute();
		response.path("nodeCounts").matchesJson("""
				[{"kind": "TUJUAN", "level": "PEMDA", "count": 1},
				 {"kind": "SASARAN", "level": "PEMDA", "count": 2},
				 {"kind": "SASARAN", "level": "PERANGKAT_DAERAH", "count": 3},
				 {"kind": "SASARAN", "level": "BAGIAN", "count": 3},
				 {"kind": "KONDISI", "level": "SUBBAGIAN", "count": 1},
				 {"kind": "INDIKATOR", "level": "PEMDA", "count": 1},
				 {"kind": "INDIKATOR", "level": "PERANGKAT_DAERAH", "count": 1},
				 {"kind": "INDIKATOR", "level": "SUBBAGIAN", "count": 49},
				 {"kind": "UNIT", "level": "PEMDA", "count": 1},
				 {"kind": "UNIT", "level": "PERANGKAT_DAERAH", "count": 2},
				 {"kind": "UNIT", "level": "BAGIAN", "count": 2},
				 {"kind": "UNIT", "level": "SUBBAGIAN", "count": 2}]
				""");
		// every filter counts what the lists list: here what Bidang 1 and its seksi answer for, and the seksi
		graphQl().document("{ nodeCounts(filter: {unit: \"bx-u-bid-1\"}) { kind level count } }")
			.execute()
			.path("nodeCounts")
			.matchesJson("""
					[{"kind": "SASARAN", "level": "BAGIAN", "count": 1},
					 {"kind": "KONDISI", "level": "SUBBAGIAN", "count": 1},
					 {"kind": "INDIKATOR", "level": "SUBBAGIAN", "count": 24},
					 {"kind": "UNIT", "level": "SUBBAGIAN", "count": 1}]
					""");
		graphQl().document("{ nodeCounts { kind level count } }")
			.execute()
			.path("nodeCounts[*].count")
			.entityList(Integer.class)
			.satisfies(counts -> assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(12 + 52 + 9));
		graphQl().document("{ nodeCounts(filter: {kind: UNIT, text: \"kabupaten\"}) { kind level count } }")
			.execute()
			.path("nodeCounts")
			.matchesJson("[{\"kind\": \"UNIT\", \"level\": \"PEMDA\", \"count\": 2}, "
					+ "{\"kind\": \"UNIT\", \"level\": \"PERANGKAT_DAERAH\", \"count\": 2}]");
	}

	// --- pagination ------------------------------------------------------------------------------------------------

	static Stream<Object[]> pagedFilters() {
		return Stream.of(new Object[] { "indicators", Map.of() }, new Object[] { "elements", Map.of() },
				new Object[] { "units", Map.of() }, new Object[] { "indicators", Map.of("region", "bx-u-pemda") },
				new Object[] { "indicators", Map.of("perangkatDaerah", "bx-u-dinas", "year", 2024) },
				new Object[] { "indicators", Map.of("unit", "bx-u-dinas") },
				new Object[] { "indicators", Map.of("text", "jumlah") },
				new Object[] { "indicators", Map.of("level", "SUBBAGIAN") },
				new Object[] { "elements", Map.of("kind", "SASARAN") },
				new Object[] { "indicators", Map.of("crosscutting", false) });
	}

	/** Small pages from the first to the last: each node once, in id order, and the last page says it is the last. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pagedFilters")
	void everyPageInTurnListsEveryNodeOnce(String field, Map<String, Object> filter) {
		List<String> whole = all(field, filter);
		assertThat(whole).isNotEmpty().isSorted().doesNotHaveDuplicates();
		List<String> walked = new ArrayList<>();
		String after = null;
		int pages = 0;
		boolean hasNext;
		do {
			var response = page(field, filter, 4, after);
			List<String> ids = response.path(field + ".edges[*].node.id").entityList(String.class).get();
			List<String> cursors = response.path(field + ".edges[*].cursor").entityList(String.class).get();
			hasNext = response.path(field + ".pageInfo.hasNextPage").entity(Boolean.class).get();
			response.path(field + ".pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
			assertThat(ids).hasSizeLessThanOrEqualTo(4);
			assertThat(hasNext).as("a page short of 4 is the last").isEqualTo(walked.size() + ids.size() < whole.size());
			if (!ids.isEmpty()) {
				response.path(field + ".pageInfo.endCursor").entity(String.class).isEqualTo(cursors.get(cursors.size() - 1));
				response.path(field + ".pageInfo.startCursor").entity(String.class).isEqualTo(cursors.get(0));
			}
			walked.addAll(ids);
			after = ids.isEmpty() ? null : cursors.get(cursors.size() - 1);
			pages++;
		}
		while (hasNext);
		assertThat(walked).containsExactlyElementsOf(whole);
		assertThat(pages).isEqualTo((whole.size() + 3) / 4);
	}

	@Test
	void aPageStartsAfterAnyCursorOfItsFieldAndTheDefaultSizeIsFifty() {
		var first = page("indicators", Map.of(), null, null);
		first.path("indicators.edges").entityList(Object.class).hasSize(50);
		first.path("indicators.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		// a cursor from the middle of a page is as good as the end cursor
		String tenth = first.path("indicators.edges[9].cursor").entity(String.class).get();
		page("indicators", Map.of(), 3, tenth).path("indicators.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("bx-i-011", "bx-i-012", "bx-i-013");
		// past the end: an empty last page
		String last = page("indicators", Map.of(), 500, null).path("indicators.pageInfo.endCursor").entity(String.class).get();
		var beyond = page("indicators", Map.of(), 10, last);
		beyond.path("indicators.edges").entityList(Object.class).hasSize(0);
		beyond.path("indicators.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aPageLargerThanTheLimitIsRefusedNamingTheLimit() {
		for (String field : List.of("elements", "indicators", "units")) {
			page(field, Map.of(), 501, null).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(e.getMessage()).isEqualTo(field
						+ ": 'first' must be between 1 and 500 (pokin.graphql.max-page-size), was 501");
			}));
		}
		page("units", Map.of(), 0, null).errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("'first' must be between 1 and 500", "was 0")));
		graphQl().document("{ node(id: \"bx-u-seksi-1\") { ... on Unit { responsibilities(first: 1000) { edges { cursor } } } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).startsWith("responsibilities: 'first' must be between 1 and 500")));
	}

	@Test
	void aCursorThatIsNotOneOfOursIsABadRequest() {
		// not base64; O_10 (an offset); K_{"name":"x"} and K_{"id":5} (keysets not by id)
		for (String cursor : List.of("not a cursor", "T18xMA==", "S197Im5hbWUiOiJ4In0=", "S197ImlkIjo1fQ==")) {
			page("indicators", Map.of(), 5, cursor).errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		}
	}

	// --- bad filter ids --------------------------------------------------------------------------------------------

	@Test
	void filterIdsOfTheWrongKindAreBadRequestsNamingTheArgument() {
		assertError("elements", Map.of("region", "bx-u-dinas"), ErrorType.BAD_REQUEST,
				"elements: 'filter.region' must be the id of a region (a unit at level PEMDA); "
						+ "'bx-u-dinas' is a unit at level PERANGKAT_DAERAH");
		assertError("indicators", Map.of("region", "bx-t-1"), ErrorType.BAD_REQUEST,
				"indicators: 'filter.region' must be the id of a region (a unit at level PEMDA); 'bx-t-1' is a TUJUAN");
		assertError("units", Map.of("perangkatDaerah", "bx-u-pemda"), ErrorType.BAD_REQUEST,
				"units: 'filter.perangkatDaerah' must be the id of a perangkat daerah (a unit at level PERANGKAT_DAERAH); "
						+ "'bx-u-pemda' is a unit at level PEMDA");
		assertError("elements", Map.of("unit", "bx-i-001"), ErrorType.BAD_REQUEST,
				"elements: 'filter.unit' must be the id of a unit; 'bx-i-001' is a INDIKATOR");
		assertError("elements", Map.of("kind", "INDIKATOR"), ErrorType.BAD_REQUEST,
				"elements: 'filter.kind' must be one of [TUJUAN, SASARAN, KONDISI], was INDIKATOR");
		assertError("units", Map.of("kind", "SASARAN"), ErrorType.BAD_REQUEST,
				"units: 'filter.kind' must be one of [UNIT], was SASARAN");
		assertError("indicators", Map.of("year", 20250), ErrorType.BAD_REQUEST,
				"indicators: 'filter.year' must be between 1900 and 2200, was 20250");
	}

	@Test
	void unknownFilterIdsAreNotFoundNamingTheArgument() {
		assertError("elements", Map.of("region", "no-such-region"), ErrorType.NOT_FOUND,
				"elements: 'filter.region': no node with id 'no-such-region'");
		assertError("indicators", Map.of("region", "bx-u-pemda", "perangkatDaerah", "nope"), ErrorType.NOT_FOUND,
				"indicators: 'filter.perangkatDaerah': no node with id 'nope'");
		assertError("units", Map.of("unit", "nope"), ErrorType.NOT_FOUND, "units: 'filter.unit': no node with id 'nope'");
		graphQl().document("{ nodeCounts(filter: {unit: \"nope\"}) { count } }").execute().errors().satisfy(errors ->
				assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
					assertThat(e.getMessage()).isEqualTo("nodeCounts: 'filter.unit': no node with id 'nope'");
				}));
	}

	// --- responsibilities ------------------------------------------------------------------------------------------

	@Test
	void aUnitsResponsibilitiesComeWithTheirTraces() {
		var response = graphQl().document("""
				{ node(id: "bx-u-bid-1") { ... on Unit {
				    responsibilities { edges { node { node { id } trace { nodes { id } top { id } } } } }
				    all: responsibilities(subUnits: true, first: 3) { edges { node { node { id } } } pageInfo { hasNextPage } }
				} } }
				""").execute();
		response.path("node.responsibilities.edges[*].node.node.id").entityList(String.class).containsExactly("bx-s-bid-1");
		response.path("node.responsibilities.edges[0].node.trace[0].nodes[*].id")
			.entityList(String.class)
			.containsExactly("bx-s-bid-1", "bx-s-dinas", "bx-s-2", "bx-t-1");
		response.path("node.responsibilities.edges[0].node.trace[0].top.id").entity(String.class).isEqualTo("bx-t-1");
		// with its seksi: the kondisi and the odd indicators too, a page at a time
		response.path("node.all.edges[*].node.node.id").entityList(String.class).containsExactly("bx-i-001", "bx-i-003",
				"bx-i-005");
		response.path("node.all.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);

		// a crosscutting node has a path per parent
		// a crosscutting node has a path per parent; a cursor of any list by id marks where a page starts
		graphQl().document("""
				query($after: String) { node(id: "bx-u-seksi-1") { ... on Unit { responsibilities(first: 2, after: $after) {
				    edges { node { node { id } trace { nodes { id } } } } } } } }
				""")
			.variable("after", cursorOf("bx-i-001"))
			.execute()
			.path("node.responsibilities.edges[0].node")
			.matchesJson("""
					{"node": {"id": "bx-i-003"}, "trace": [
					  {"nodes": [{"id": "bx-i-003"}, {"id": "bx-s-bid-1"}, {"id": "bx-s-dinas"}, {"id": "bx-s-2"}, {"id": "bx-t-1"}]},
					  {"nodes": [{"id": "bx-i-003"}, {"id": "bx-s-bid-2"}, {"id": "bx-s-dinas"}, {"id": "bx-s-2"}, {"id": "bx-t-1"}]}]}
					""");
	}

	@Test
	void walkingAUnitsResponsibilitiesListsEachOnce() {
		List<String> walked = new ArrayList<>();
		String after = null;
		boolean hasNext;
		do {
			var response = graphQl().document("""
					query($after: String) { node(id: "bx-u-dinas") { ... on Unit {
					  responsibilities(subUnits: true, first: 7, after: $after) {
					    edges { cursor node { node { id } } } pageInfo { hasNextPage endCursor } } } } }
					""").variable("after", after).execute();
			walked.addAll(response.path("node.responsibilities.edges[*].node.node.id").entityList(String.class).get());
			hasNext = response.path("node.responsibilities.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("node.responsibilities.pageInfo.endCursor").entity(String.class).get();
		}
		while (hasNext);
		assertThat(walked).containsExactlyElementsOf(concat(GENERATED,
				List.of("bx-i-lama", "bx-k-x", "bx-s-bid-1", "bx-s-bid-2", "bx-s-dinas", "bx-s-lama")));
	}

	// --- query counts ----------------------------------------------------------------------------------------------

	@Test
	void nestedFieldsOfAPageCostTheSameQueriesForTwoNodesAsForForty() {
		String nested = """
				query($first: Int) { indicators(filter: {region: "bx-u-pemda"}, first: $first) { edges { node {
				  id satuan parents { id children { id } } responsibleUnits { id name }
				} } } }
				""";
		int two = queries(nested, 2, "indicators.edges", 51);
		int forty = queries(nested, 40, "indicators.edges", 51);
		// the filter's scope, the page, then one batch per nested field: parents, their children, responsible units
		assertThat(two).isEqualTo(forty).isEqualTo(5);

		String unfiltered = "query($first: Int) { units(first: $first) { edges { node { id children { id } responsibleUnits { id } } } } }";
		assertThat(queries(unfiltered, 2, "units.edges", 9)).isEqualTo(queries(unfiltered, 9, "units.edges", 9)).isEqualTo(3);
	}

	@Test
	void responsibilitiesWithTracesCostTheSameQueriesForTwoAsForEight() {
		String nested = """
				query($first: Int) { units(filter: {region: "bx-u-pemda"}, first: $first) { edges { node {
				  id responsibilities(first: $first, subUnits: true) { edges { node {
				    node { id ... on Indikator { satuan } }
				    trace { nodes { id responsibleUnits { id } } top { id } }
				  } } }
				} } } }
				""";
		int two = queries(nested, 2, "units.edges", 7);
		// all 7 units with all their responsibilities (pages of 40 under pages of 40, with traces, are over the cost limit)
		int eight = queries(nested, 8, "units.edges", 7);
		// scope, units, every unit's responsibilities, every responsibility's trace, the units along the paths
		assertThat(two).isEqualTo(eight).isEqualTo(5);
	}

	// --- helpers ---------------------------------------------------------------------------------------------------

	private GraphQlTester.Response page(String field, Map<String, Object> filter, Integer first, String after) {
		return graphQl().document(PAGE.formatted(field))
			.variable("filter", filter)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

	/** Every id of the list in one page of 500 (each fixture list is shorter). */
	private List<String> all(String field, Map<String, Object> filter) {
		var response = page(field, filter, 500, null);
		response.path(field + ".pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		return response.path(field + ".edges[*].node.id").entityList(String.class).get();
	}

	private void assertError(String field, Map<String, Object> filter, ErrorType type, String message) {
		page(field, filter, 10, null).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getErrorType()).isEqualTo(type);
			assertThat(e.getMessage()).isEqualTo(message);
			assertThat(e.getPath()).isEqualTo(field);
		}));
	}

	/** The cursor of a node in the indicators list. */
	private String cursorOf(String id) {
		var response = page("indicators", Map.of(), 500, null);
		List<String> ids = response.path("indicators.edges[*].node.id").entityList(String.class).get();
		return response.path("indicators.edges[%d].cursor".formatted(ids.indexOf(id))).entity(String.class).get();
	}

	/** How many Cypher queries the request sends; also checks it lists that many nodes (or all there are). */
	private int queries(String document, int first, String edges, int all) {
		QueryCounter.reset();
		graphQl().document(document)
			.variable("first", first)
			.execute()
			.path(edges)
			.entityList(Object.class)
			.hasSize(Math.min(first, all));
		return QueryCounter.count();
	}

	private static boolean odd(String generatedId) {
		return number(generatedId) % 2 == 1;
	}

	private static int number(String generatedId) {
		return Integer.parseInt(generatedId.substring("bx-i-".length()));
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

}
