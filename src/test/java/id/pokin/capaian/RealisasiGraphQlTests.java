package id.pokin.capaian;

import java.util.List;
import java.util.Map;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * setRealisasi on the editing fixture: who may (planners of the perangkat daerah, administrators), the plan period,
 * removal, optimistic locking, and the audit trail of every change.
 */
class RealisasiGraphQlTests extends GraphQlIntegrationTest {

	@BeforeEach
	void fixture() {
		TestNeo4j.load("editing.cypher");
	}

	private static String set(String id, long version, int year, String period, String value, String evidence) {
		return """
				mutation { setRealisasi(id: "%s", version: %d, year: %d, period: %s, value: %s, evidence: %s) {
				  version realisasi { year period raw value evidence by at }
				  capaian(year: %d, period: %s) { percent status } } }""".formatted(id, version, year, period,
				value == null ? "null" : "\"" + value + "\"", evidence == null ? "null" : "\"" + evidence + "\"", year,
				period);
	}

	private ResponseError error(String user, String document) {
		ResponseError[] found = new ResponseError[1];
		graphQl(user).document(document).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			found[0] = errors.get(0);
		});
		return found[0];
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> history(String id) {
		return graphQl().document("{ history(id: \"" + id + "\", first: 100) { edges { node { action user version "
				+ "fields { field before after } } } } }").execute()
			.path("history.edges[*].node").entityList(Map.class).get()
			.stream().map(m -> (Map<String, Object>) m).toList();
	}

	@Test
	void aPlannerSetsChangesAndRemovesTheirIndicatorsRealisasiEachInHistory() {
		graphQl("planner-a").document(set("ed-a-ind", 0, 2025, "TW1", "40,5%", "https://bukti.example/tw1.pdf"))
			.execute()
			.path("setRealisasi.version").entity(Long.class).isEqualTo(1L)
			.path("setRealisasi.realisasi[0].raw").entity(String.class).isEqualTo("40,5%")
			.path("setRealisasi.realisasi[0].value").entity(Double.class).isEqualTo(40.5)
			.path("setRealisasi.realisasi[0].evidence").entity(String.class).isEqualTo("https://bukti.example/tw1.pdf")
			.path("setRealisasi.realisasi[0].by").entity(String.class).isEqualTo("planner-a")
			// 40.5 of the year's 85
			.path("setRealisasi.capaian.percent").entity(Double.class).isEqualTo(47.6)
			.path("setRealisasi.capaian.status").entity(String.class).isEqualTo("OFF_TRACK");
		graphQl("admin").document(set("ed-a-ind", 1, 2025, "TW1", "42%", null)).execute()
			.path("setRealisasi.version").entity(Long.class).isEqualTo(2L)
			.path("setRealisasi.realisasi[0].evidence").valueIsNull();
		graphQl("planner-a").document(set("ed-a-ind", 2, 2025, "YEAR", "90", null)).execute()
			.path("setRealisasi.realisasi[*].period").entityList(String.class).containsExactly("TW1", "YEAR");
		graphQl("planner-a").document(set("ed-a-ind", 3, 2025, "TW1", "", null)).execute()
			.path("setRealisasi.version").entity(Long.class).isEqualTo(4L)
			.path("setRealisasi.realisasi[*].period").entityList(String.class).containsExactly("YEAR");
		// the same again changes nothing, not even the version
		graphQl("planner-a").document(set("ed-a-ind", 4, 2025, "YEAR", "90", null)).execute()
			.path("setRealisasi.version").entity(Long.class).isEqualTo(4L);

		List<Map<String, Object>> history = history("ed-a-ind");
		assertThat(history).hasSize(4);
		assertThat(history.get(3)).containsEntry("user", "planner-a").containsEntry("action", "UPDATE")
			.containsEntry("version", 1);
		assertThat(history.get(3).get("fields").toString()).contains("realisasi 2025 TW1",
				"{\"value\":\"40,5%\",\"evidence\":\"https://bukti.example/tw1.pdf\"}");
		assertThat(history.get(2)).containsEntry("user", "admin");
		assertThat(history.get(0).get("fields").toString()).contains("realisasi 2025 TW1", "after=null");
	}

	@Test
	void plannersSetRealisasiOnlyForTheirPerangkatDaerah() {
		assertThat(error("planner-b", set("ed-a-ind", 0, 2025, "TW1", "40", null)).getExtensions())
			.containsEntry("code", "NOT_YOURS");
		assertThat(error("planner-x", set("ed-a-ind", 0, 2025, "TW1", "40", null)).getExtensions())
			.containsEntry("code", "NOT_YOURS");
		assertThat(error("evaluator", set("ed-a-ind", 0, 2025, "TW1", "40", null)).getErrorType().toString())
			.isEqualTo("FORBIDDEN");
		assertThat(error(null, set("ed-a-ind", 0, 2025, "TW1", "40", null)).getErrorType().toString())
			.isEqualTo("UNAUTHORIZED");
		graphQl("planner-b").document(set("ed-b-ind", 0, 2024, "YEAR", "3,2", null)).execute()
			.path("setRealisasi.version").entity(Long.class).isEqualTo(1L);
		assertThat(history("ed-a-ind")).isEmpty();
	}

	@Test
	void yearsOutsideThePlanPeriodStaleVersionsAndOtherKindsAreRefused() {
		ResponseError outside = error("admin", set("ed-a-ind", 0, 2030, "TW1", "40", null));
		assertThat(outside.getExtensions()).containsEntry("code", "INVALID_REALISASI").containsEntry("field", "year");
		assertThat(outside.getMessage()).contains("outside the plan period 2021-2026");
		assertThat(outside.getExtensions().get("localized").toString()).contains("di luar periode rencana");
		assertThat(error("admin", set("ed-a-ind", 7, 2025, "TW1", "40", null)).getExtensions())
			.containsEntry("code", "STALE_VERSION");
		assertThat(error("admin", set("ed-a-sasaran", 0, 2025, "TW1", "40", null)).getExtensions())
			.containsEntry("code", "WRONG_KIND");
		assertThat(error("admin", set("ed-nope", 0, 2025, "TW1", "40", null)).getExtensions())
			.containsEntry("code", "NODE_NOT_FOUND");
		assertThat(error("admin", set("ed-a-ind", 0, 2025, "TW1", "x".repeat(201), null)).getExtensions())
			.containsEntry("code", "INVALID_REALISASI").containsEntry("field", "value");
	}

	@Test
	void updatingTheIndicatorKeepsItsRealisasi() {
		graphQl("admin").document(set("ed-a-ind", 0, 2025, "TW2", "70", null)).execute();
		graphQl("admin").document("""
				mutation { updateIndicator(id: "ed-a-ind", version: 1, input: {name: "Nama baru",
				  targets: [{year: 2025, value: "70"}]}) { version } }""").execute()
			.path("updateIndicator.version").entity(Long.class).isEqualTo(2L);
		graphQl().document("""
				{ node(id: "ed-a-ind") { ... on Indikator { realisasi { raw } capaian(year: 2025, period: TW2) { percent } } } }""")
			.execute()
			.path("node.realisasi[0].raw").entity(String.class).isEqualTo("70")
			.path("node.capaian.percent").entity(Double.class).isEqualTo(100.0);
	}

}
