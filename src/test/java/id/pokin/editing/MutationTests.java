package id.pokin.editing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each mutation's success, each validation error, the stale-version conflict, and what the audit trail records. */
class MutationTests extends EditingTests {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void createsAnElementWithItsLinksAndRecordsIt() {
		run(PLANNER_A, """
				mutation { createElement(input: {id: "ed-new", kind: KONDISI, code: "K 1.2", name: "  Kondisi baru  ",
				  level: SUBBAGIAN, contributesTo: ["ed-a-kondisi"], responsibleUnits: ["ed-a-sub"]}) {
				  id kind name version source { document ref } ... on Kondisi { code } } }""")
			.path("createElement.id").entity(String.class).isEqualTo("ed-new")
			.path("createElement.kind").entity(String.class).isEqualTo("KONDISI")
			.path("createElement.name").entity(String.class).isEqualTo("Kondisi baru")
			.path("createElement.version").entity(Long.class).isEqualTo(0L)
			.path("createElement.source.document").entity(String.class).isEqualTo("ed-doc-a")
			.path("createElement.source.ref").entity(String.class).isEqualTo("Pokin (planner-a)");
		assertThat(parents("ed-new")).containsExactly("ed-a-kondisi");
		graphQl().document("{ node(id: \"ed-new\") { responsibleUnits { id } } }").execute()
			.path("node.responsibleUnits[*].id").entityList(String.class).containsExactly("ed-a-sub");
		// found by code the way search finds codes
		graphQl().document("{ search(text: \"K1.2\") { id } }").execute()
			.path("search[*].id").entityList(String.class).contains("ed-new");
		Map<String, Object> created = history("ed-new").get(0);
		assertThat(created).containsEntry("action", "CREATE").containsEntry("user", "planner-a");
		assertThat(fields(created)).containsEntry("name", new String[] { null, "\"Kondisi baru\"" })
			.containsEntry("contributesTo", new String[] { null, "[\"ed-a-kondisi\"]" });
		assertThat(history("ed-a-kondisi").get(0)).containsEntry("action", "LINK");
	}

	@Test
	void generatesAnIdWhenNoneIsGiven() {
		String id = run(ADMIN, """
				mutation { createElement(input: {kind: TUJUAN, name: "Tujuan baru", level: PEMDA}) { id } }""")
			.path("createElement.id").entity(String.class).get();
		assertThat(id).startsWith("tujuan-");
		assertThat(exists(id)).isTrue();
	}

	@Test
	void updatesAnElementKeepingWhatIsLeftOutAndClearingWhatIsNull() {
		run(PLANNER_A, """
				mutation { updateElement(id: "ed-a-sasaran", version: 0, input: {name: "Sasaran baru", description: null,
				  kind: KONDISI}) { id kind name version ... on Kondisi { code description } } }""")
			.path("updateElement.name").entity(String.class).isEqualTo("Sasaran baru")
			.path("updateElement.kind").entity(String.class).isEqualTo("KONDISI")
			.path("updateElement.code").entity(String.class).isEqualTo("S1")
			.path("updateElement.description").valueIsNull()
			.path("updateElement.version").entity(Long.class).isEqualTo(1L);
		Map<String, Object> change = history("ed-a-sasaran").get(0);
		assertThat(change).containsEntry("action", "UPDATE").containsEntry("version", 1);
		assertThat(fields(change)).containsOnlyKeys("name", "description", "kind")
			.containsEntry("name", new String[] { "\"Sasaran Dinas A\"", "\"Sasaran baru\"" })
			.containsEntry("description", new String[] { "\"Penjelasan\"", null });
		// the label follows the kind
		graphQl().document("{ node(id: \"ed-a-sasaran\") { __typename } }").execute()
			.path("node.__typename").entity(String.class).isEqualTo("Kondisi");
	}

	@Test
	void anUpdateThatChangesNothingKeepsTheVersion() {
		run(ADMIN, """
				mutation { updateElement(id: "ed-a-sasaran", version: 0, input: {name: "Sasaran Dinas A"}) { version } }""")
			.path("updateElement.version").entity(Long.class).isEqualTo(0L);
		assertThat(history("ed-a-sasaran")).isEmpty();
	}

	@Test
	void deletesALeafElementAndKeepsItsHistory() {
		run(PLANNER_A, """
				mutation { deleteElement(id: "ed-a-leaf", version: 0) { id kind version } }""")
			.path("deleteElement.id").entity(String.class).isEqualTo("ed-a-leaf")
			.path("deleteElement.kind").entity(String.class).isEqualTo("KONDISI");
		assertThat(exists("ed-a-leaf")).isFalse();
		Map<String, Object> deleted = history("ed-a-leaf").get(0);
		assertThat(deleted).containsEntry("action", "DELETE");
		assertThat(fields(deleted)).containsEntry("contributesTo", new String[] { "[\"ed-a-kondisi\"]", null })
			.containsEntry("responsibleUnits", new String[] { "[\"ed-a-sub\"]", null });
		assertThat(history("ed-a-kondisi").get(0)).containsEntry("action", "UNLINK");
	}

	@Test
	void refusesToDeleteWhatOthersStillDependOn() {
		assertError(error(ADMIN, "mutation { deleteElement(id: \"ed-a-kondisi\", version: 0) { id } }"), "BAD_REQUEST",
				"IN_USE", "id");
		assertError(error(ADMIN, "mutation { deleteUnit(id: \"ed-a-bag\", version: 0) { id } }"), "BAD_REQUEST",
				"IN_USE", "id");
		assertThat(exists("ed-a-kondisi")).isTrue();
	}

	@Test
	void createsUpdatesAndDeletesAnIndicator() {
		run(PLANNER_A, """
				mutation { createIndicator(input: {id: "ed-ind-new", name: "Jumlah laporan", satuan: "Laporan",
				  baseline: "2 laporan", targets: [{year: 2025, value: "4"}, {year: 2024, value: "3 laporan"}],
				  polarity: HIGHER_IS_BETTER, iku: true, contributesTo: ["ed-a-kondisi"], responsibleUnits: ["ed-a-bag"]}) {
				  id satuan baseline { raw value } targets { year raw value } polarity iku version } }""")
			.path("createIndicator.targets[*].year").entityList(Integer.class).containsExactly(2024, 2025)
			.path("createIndicator.targets[0].value").entity(Double.class).isEqualTo(3.0)
			.path("createIndicator.baseline.value").entity(Double.class).isEqualTo(2.0)
			.path("createIndicator.iku").entity(Boolean.class).isEqualTo(true);
		run(PLANNER_A, """
				mutation { updateIndicator(id: "ed-ind-new", version: 0, input: {satuan: "Dokumen", iku: false,
				  targets: [{year: 2026, value: "5"}]}) { satuan iku version targets { year } } }""")
			.path("updateIndicator.satuan").entity(String.class).isEqualTo("Dokumen")
			.path("updateIndicator.iku").entity(Boolean.class).isEqualTo(false)
			.path("updateIndicator.version").entity(Long.class).isEqualTo(1L)
			.path("updateIndicator.targets[*].year").entityList(Integer.class).containsExactly(2024, 2025, 2026);
		run(PLANNER_A, "mutation { deleteIndicator(id: \"ed-ind-new\", version: 1) { version } }")
			.path("deleteIndicator.version").entity(Long.class).isEqualTo(1L);
		assertThat(exists("ed-ind-new")).isFalse();
		assertThat(history("ed-ind-new")).extracting(change -> change.get("action"))
			.containsExactly("DELETE", "UPDATE", "CREATE");
	}

	@Test
	void setsAndRemovesTargetsYearByYear() {
		run(PLANNER_A, """
				mutation { setTargets(id: "ed-a-ind", version: 0, targets: [{year: 2026, value: "90%"},
				  {year: 2024, value: null}]) { targets { year raw value } version } }""")
			.path("setTargets.targets[*].year").entityList(Integer.class).containsExactly(2025, 2026)
			.path("setTargets.targets[1].value").entity(Double.class).isEqualTo(90.0)
			.path("setTargets.version").entity(Long.class).isEqualTo(1L);
		Map<String, Object> change = history("ed-a-ind").get(0);
		assertThat(fields(change)).containsOnlyKeys("targets")
			.containsEntry("targets", new String[] { "{\"2024\":\"80%\",\"2025\":\"85%\"}", "{\"2025\":\"85%\",\"2026\":\"90%\"}" });
	}

	@Test
	void refusesInvalidTargets() {
		assertError(error(ADMIN, """
				mutation { setTargets(id: "ed-a-ind", version: 0, targets: [{year: 2030, value: "1"}]) { id } }"""),
				"BAD_REQUEST", "INVALID_TARGET", "targets[0]");
		assertError(error(ADMIN, """
				mutation { setTargets(id: "ed-a-ind", version: 0, targets: [{year: 2025, value: "1"}, {year: 2025, value: "2"}]) { id } }"""),
				"BAD_REQUEST", "INVALID_TARGET", "targets[1]");
		assertError(error(ADMIN, """
				mutation { setTargets(id: "ed-a-ind", version: 0, targets: [{year: 2025, value: "%s"}]) { id } }"""
			.formatted("9".repeat(201))), "BAD_REQUEST", "INVALID_TARGET", "targets[0]");
		assertError(error(ADMIN, """
				mutation { setTargets(id: "ed-a-sasaran", version: 0, targets: [{year: 2025, value: "1"}]) { id } }"""),
				"BAD_REQUEST", "WRONG_KIND", "id");
		assertThat(version("ed-a-ind")).isZero();
	}

	@Test
	void createsUpdatesAndDeletesAUnit() {
		run(PLANNER_A, """
				mutation { createUnit(input: {id: "ed-a-sub2", name: "Seksi A1b", level: SUBBAGIAN, parent: "ed-a-bag"}) {
				  id level version } }""")
			.path("createUnit.level").entity(String.class).isEqualTo("SUBBAGIAN");
		assertThat(parents("ed-a-sub2")).containsExactly("ed-a-bag");
		run(PLANNER_A, """
				mutation { updateUnit(id: "ed-a-sub2", version: 0, input: {name: "Seksi A1 b", code: "A1b"}) { name code version } }""")
			.path("updateUnit.name").entity(String.class).isEqualTo("Seksi A1 b")
			.path("updateUnit.version").entity(Long.class).isEqualTo(1L);
		run(PLANNER_A, "mutation { deleteUnit(id: \"ed-a-sub2\", version: 1) { id } }")
			.path("deleteUnit.id").entity(String.class).isEqualTo("ed-a-sub2");
		assertThat(exists("ed-a-sub2")).isFalse();
	}

	@Test
	void aUnitBelowPemdaNeedsItsParent() {
		assertError(error(ADMIN, """
				mutation { createUnit(input: {name: "Seksi", level: SUBBAGIAN}) { id } }"""), "BAD_REQUEST",
				"INVALID_VALUE", "parent");
		assertError(error(ADMIN, """
				mutation { createUnit(input: {name: "Seksi", level: SUBBAGIAN, parent: "ed-a-sasaran"}) { id } }"""),
				"BAD_REQUEST", "WRONG_KIND", "parent");
	}

	@Test
	void everyChangeRecordsTheDocumentsItChangesForTheStoredReadinessRules() {
		run(PLANNER_A, """
				mutation { setTargets(id: "ed-a-ind", version: 0, targets: [{year: 2026, value: "90%"}]) { version } }""")
			.path("setTargets.version").entity(Long.class).isEqualTo(1L);
		assertThat(generations()).containsExactly(Map.entry("ed-doc-a", 1L));
		run(PLANNER_A, "mutation { addContribution(from: \"ed-a-ind\", to: \"ed-b-sasaran\") { changed } }")
			.path("addContribution.changed").entity(Boolean.class).isEqualTo(true);
		assertThat(generations()).containsExactly(Map.entry("ed-doc-a", 2L), Map.entry("ed-doc-b", 1L));
		run(PLANNER_A, "mutation { addContribution(from: \"ed-a-ind\", to: \"ed-b-sasaran\") { changed } }")
			.path("addContribution.changed").entity(Boolean.class).isEqualTo(false);
		assertThat(generations()).as("no change, no record").containsExactly(Map.entry("ed-doc-a", 2L),
				Map.entry("ed-doc-b", 1L));
		// a level reversal of ed-a-ind depends on the element it contributes to: its document changes too
		run(ADMIN, "mutation { updateElement(id: \"ed-b-sasaran\", version: " + version("ed-b-sasaran")
				+ ", input: {name: \"Sasaran B\"}) { name } }")
			.path("updateElement.name").entity(String.class).isEqualTo("Sasaran B");
		assertThat(generations()).containsExactly(Map.entry("ed-doc-a", 3L), Map.entry("ed-doc-b", 2L));
		run(PLANNER_A, """
				mutation { createIndicator(input: {id: "ed-ind-doc", name: "Jumlah laporan", satuan: "Laporan",
				  contributesTo: ["ed-a-kondisi"], responsibleUnits: ["ed-a-bag"]}) { id } }""")
			.path("createIndicator.id").entity(String.class).isEqualTo("ed-ind-doc");
		assertThat(generations()).containsEntry("ed-doc-a", 4L);
	}

	private static Map<String, Long> generations() {
		try (var session = id.pokin.support.TestNeo4j.driver().session()) {
			Map<String, Long> generations = new java.util.TreeMap<>();
			session.run("MATCH (c:CheckedDocument) RETURN c.document AS document, c.generation AS generation")
				.forEachRemaining(r -> generations.put(r.get("document").asString(), r.get("generation").asLong()));
			return generations;
		}
	}

	@Test
	void addsAndRemovesContributions() {
		run(PLANNER_A, "mutation { addContribution(from: \"ed-a-ind\", to: \"ed-b-sasaran\") { type from to changed } }")
			.path("addContribution.changed").entity(Boolean.class).isEqualTo(true)
			.path("addContribution.type").entity(String.class).isEqualTo("CONTRIBUTES_TO");
		assertThat(parents("ed-a-ind")).containsExactlyInAnyOrder("ed-a-kondisi", "ed-b-sasaran");
		run(PLANNER_A, "mutation { addContribution(from: \"ed-a-ind\", to: \"ed-b-sasaran\") { changed } }")
			.path("addContribution.changed").entity(Boolean.class).isEqualTo(false);
		assertThat(history("ed-b-sasaran").get(0)).containsEntry("action", "LINK").containsEntry("user", "planner-a");
		run(PLANNER_A, "mutation { removeContribution(from: \"ed-a-ind\", to: \"ed-b-sasaran\") { changed } }")
			.path("removeContribution.changed").entity(Boolean.class).isEqualTo(true);
		run(PLANNER_A, "mutation { removeContribution(from: \"ed-a-ind\", to: \"ed-b-sasaran\") { changed } }")
			.path("removeContribution.changed").entity(Boolean.class).isEqualTo(false);
		assertThat(parents("ed-a-ind")).containsExactly("ed-a-kondisi");
		assertThat(history("ed-a-ind")).extracting(change -> change.get("action")).containsExactly("UNLINK", "LINK");
	}

	@Test
	void refusesAContributionThatWouldCloseACycle() {
		var error = error(ADMIN, "mutation { addContribution(from: \"ed-tujuan\", to: \"ed-a-kondisi\") { changed } }");
		assertError(error, "BAD_REQUEST", "CYCLE", "to");
		assertThat(error.getMessage()).contains("ed-tujuan \u2192 ed-a-kondisi \u2192 ed-a-sasaran \u2192 ed-tujuan");
		assertThat(error.getExtensions().get("cycle")).isEqualTo(List.of("ed-tujuan", "ed-a-kondisi", "ed-a-sasaran", "ed-tujuan"));
		assertThat(parents("ed-tujuan")).isEmpty();
	}

	@Test
	void refusesSelfLinksWrongKindsAndMissingNodes() {
		assertError(error(ADMIN, "mutation { addContribution(from: \"ed-a-kondisi\", to: \"ed-a-kondisi\") { changed } }"),
				"BAD_REQUEST", "SELF_LINK", "to");
		assertError(error(ADMIN, "mutation { addContribution(from: \"ed-a-bag\", to: \"ed-a-kondisi\") { changed } }"),
				"BAD_REQUEST", "WRONG_KIND", "from");
		assertError(error(ADMIN, "mutation { addContribution(from: \"ed-a-leaf\", to: \"ed-a-ind\") { changed } }"),
				"BAD_REQUEST", "WRONG_KIND", "to");
		assertError(error(ADMIN, "mutation { addContribution(from: \"ed-a-leaf\", to: \"nowhere\") { changed } }"),
				"NOT_FOUND", "NODE_NOT_FOUND", "to");
		assertError(error(ADMIN, "mutation { addResponsibility(unit: \"ed-a-kondisi\", node: \"ed-a-leaf\") { changed } }"),
				"BAD_REQUEST", "WRONG_KIND", "unit");
		assertError(error(ADMIN, "mutation { addResponsibility(unit: \"ed-a-bag\", node: \"ed-a-sub\") { changed } }"),
				"BAD_REQUEST", "WRONG_KIND", "node");
		assertError(error(ADMIN, "mutation { addResponsibility(unit: \"ghost\", node: \"ed-a-leaf\") { changed } }"),
				"NOT_FOUND", "NODE_NOT_FOUND", "unit");
		assertError(error(ADMIN, """
				mutation { createElement(input: {kind: SASARAN, name: "x", level: BAGIAN, contributesTo: ["ed-a-ind"]}) { id } }"""),
				"BAD_REQUEST", "WRONG_KIND", "contributesTo");
		assertError(error(ADMIN, """
				mutation { createElement(input: {kind: SASARAN, name: "x", level: BAGIAN, responsibleUnits: ["ed-a-kondisi"]}) { id } }"""),
				"BAD_REQUEST", "WRONG_KIND", "responsibleUnits");
		assertError(error(ADMIN, "mutation { updateIndicator(id: \"ed-a-kondisi\", version: 0, input: {name: \"x\"}) { id } }"),
				"BAD_REQUEST", "WRONG_KIND", "id");
		assertError(error(ADMIN, "mutation { updateElement(id: \"nowhere\", version: 0, input: {name: \"x\"}) { id } }"),
				"NOT_FOUND", "NODE_NOT_FOUND", "id");
	}

	@Test
	void addsAndRemovesResponsibilities() {
		run(PLANNER_A, "mutation { addResponsibility(unit: \"ed-a-sub\", node: \"ed-a-orphan\") { changed } }")
			.path("addResponsibility.changed").entity(Boolean.class).isEqualTo(true);
		graphQl().document("{ node(id: \"ed-a-orphan\") { responsibleUnits { id } } }").execute()
			.path("node.responsibleUnits[*].id").entityList(String.class).containsExactly("ed-a-sub");
		run(PLANNER_A, "mutation { removeResponsibility(unit: \"ed-a-sub\", node: \"ed-a-orphan\") { changed } }")
			.path("removeResponsibility.changed").entity(Boolean.class).isEqualTo(true);
		assertThat(history("ed-a-sub")).extracting(change -> change.get("action")).containsExactly("UNLINK", "LINK");
	}

	@Test
	void refusesInvalidValues() {
		assertError(error(ADMIN, "mutation { updateElement(id: \"ed-a-sasaran\", version: 0, input: {name: \"  \"}) { id } }"),
				"BAD_REQUEST", "INVALID_VALUE", "name");
		assertError(error(ADMIN, "mutation { updateElement(id: \"ed-a-sasaran\", version: 0, input: {level: null}) { id } }"),
				"BAD_REQUEST", "INVALID_VALUE", "level");
		assertError(error(ADMIN, "mutation { updateElement(id: \"ed-a-sasaran\", version: 0, input: {kind: UNIT}) { id } }"),
				"BAD_REQUEST", "INVALID_VALUE", "kind");
		assertError(error(ADMIN, "mutation { updateElement(id: \"ed-a-sasaran\", version: 0, input: {code: \"%s\"}) { id } }"
			.formatted("x".repeat(201))), "BAD_REQUEST", "INVALID_VALUE", "code");
		assertError(error(ADMIN, "mutation { createElement(input: {id: \"bad id\", kind: SASARAN, name: \"x\", level: BAGIAN}) { id } }"),
				"BAD_REQUEST", "INVALID_VALUE", "id");
		assertError(error(ADMIN, "mutation { createElement(input: {id: \"ed-a-bag\", kind: SASARAN, name: \"x\", level: BAGIAN}) { id } }"),
				"BAD_REQUEST", "INVALID_VALUE", "id");
		assertError(error(ADMIN, "mutation { createElement(input: {kind: SASARAN, name: \"x\", level: BAGIAN, sourceDocument: \"nope\"}) { id } }"),
				"NOT_FOUND", "NODE_NOT_FOUND", "sourceDocument");
		assertThat(version("ed-a-sasaran")).isZero();
	}

	@Test
	void refusesAStaleVersionWithAConflict() {
		run(PLANNER_A, "mutation { updateElement(id: \"ed-a-sasaran\", version: 0, input: {name: \"Pertama\"}) { version } }")
			.path("updateElement.version").entity(Long.class).isEqualTo(1L);
		var conflict = error(PLANNER_A, "mutation { updateElement(id: \"ed-a-sasaran\", version: 0, input: {name: \"Kedua\"}) { version } }");
		assertError(conflict, "CONFLICT", "STALE_VERSION", "version");
		assertThat(conflict.getExtensions()).containsEntry("currentVersion", 1);
		assertError(error(ADMIN, "mutation { deleteElement(id: \"ed-a-leaf\", version: 3) { id } }"), "CONFLICT",
				"STALE_VERSION", "version");
		graphQl().document("{ node(id: \"ed-a-sasaran\") { name version } }").execute()
			.path("node.name").entity(String.class).isEqualTo("Pertama");
		// the refused edit had already locked the node (a write): one transaction, rolled back whole
		try (var session = id.pokin.support.TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (n:Node) WHERE n._lock IS NOT NULL RETURN count(n) AS locked").single()
				.get("locked").asInt()).isZero();
		}
	}

	@Test
	void historyIsPagedNewestFirst() {
		for (int i = 0; i < 5; i++) {
			run(ADMIN, "mutation { updateElement(id: \"ed-a-sasaran\", version: %d, input: {name: \"Nama %d\"}) { version } }"
				.formatted(i, i));
		}
		var first = graphQl().document("""
				{ history(id: "ed-a-sasaran", first: 2) { edges { cursor node { version } } pageInfo { hasNextPage endCursor } } }""")
			.execute();
		first.path("history.edges[*].node.version").entityList(Integer.class).containsExactly(5, 4);
		String after = first.path("history.pageInfo.endCursor").entity(String.class).get();
		graphQl().document("{ history(id: \"ed-a-sasaran\", first: 10, after: \"" + after + "\") { edges { node { version } } pageInfo { hasNextPage } } }")
			.execute()
			.path("history.edges[*].node.version").entityList(Integer.class).containsExactly(3, 2, 1)
			.path("history.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		assertThat(graphQl().document("{ history(id: \"ed-a-sasaran\", first: 1000) { edges { cursor } } }").execute()
			.errors().expect(e -> e.getMessage().contains("pokin.graphql.max-page-size")).verify()).isNotNull();
	}

	@SuppressWarnings("unchecked")
	static Map<String, String[]> fields(Map<String, Object> change) {
		Map<String, String[]> fields = new java.util.LinkedHashMap<>();
		for (Map<String, Object> field : (List<Map<String, Object>>) change.get("fields")) {
			fields.put((String) field.get("field"), new String[] { (String) field.get("before"), (String) field.get("after") });
		}
		return fields;
	}

}
