package id.pokin.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation as every kind of user, each on perangkat daerah A's nodes: anonymous users and evaluators never
 * write, a planner writes only within their own perangkat daerah (a planner with none writes nothing), an
 * administrator writes everywhere. A refused mutation leaves the graph and the audit trail as they were.
 */
class RoleMatrixTests extends EditingTests {

	/** Each mutation, the node whose history shows it, and a request planner A may make. */
	private static final Map<String, String[]> MUTATIONS = new java.util.LinkedHashMap<>();

	static {
		MUTATIONS.put("createElement", new String[] { "ed-a-kondisi", """
				mutation { createElement(input: {id: "ed-m", kind: KONDISI, name: "Baru", level: SUBBAGIAN,
				  contributesTo: ["ed-a-kondisi"], responsibleUnits: ["ed-a-sub"]}) { id } }""" });
		MUTATIONS.put("updateElement", new String[] { "ed-a-sasaran",
				"mutation { updateElement(id: \"ed-a-sasaran\", version: 0, input: {name: \"Baru\"}) { id } }" });
		MUTATIONS.put("deleteElement", new String[] { "ed-a-leaf",
				"mutation { deleteElement(id: \"ed-a-leaf\", version: 0) { id } }" });
		MUTATIONS.put("createIndicator", new String[] { "ed-a-kondisi", """
				mutation { createIndicator(input: {id: "ed-m", name: "Baru", contributesTo: ["ed-a-kondisi"],
				  responsibleUnits: ["ed-a-bag"]}) { id } }""" });
		MUTATIONS.put("updateIndicator", new String[] { "ed-a-ind",
				"mutation { updateIndicator(id: \"ed-a-ind\", version: 0, input: {satuan: \"Dokumen\"}) { id } }" });
		MUTATIONS.put("deleteIndicator", new String[] { "ed-a-orphan",
				"mutation { deleteIndicator(id: \"ed-a-orphan\", version: 0) { id } }" });
		MUTATIONS.put("setTargets", new String[] { "ed-a-ind",
				"mutation { setTargets(id: \"ed-a-ind\", version: 0, targets: [{year: 2026, value: \"90%\"}]) { id } }" });
		MUTATIONS.put("createUnit", new String[] { "ed-a-bag",
				"mutation { createUnit(input: {id: \"ed-m\", name: \"Baru\", level: SUBBAGIAN, parent: \"ed-a-bag\"}) { id } }" });
		MUTATIONS.put("updateUnit", new String[] { "ed-a-sub",
				"mutation { updateUnit(id: \"ed-a-sub\", version: 0, input: {name: \"Baru\"}) { id } }" });
		MUTATIONS.put("deleteUnit", new String[] { "ed-a-empty",
				"mutation { deleteUnit(id: \"ed-a-empty\", version: 0) { id } }" });
		MUTATIONS.put("addContribution", new String[] { "ed-a-leaf",
				"mutation { addContribution(from: \"ed-a-leaf\", to: \"ed-a-sasaran\") { changed } }" });
		MUTATIONS.put("removeContribution", new String[] { "ed-a-leaf",
				"mutation { removeContribution(from: \"ed-a-leaf\", to: \"ed-a-kondisi\") { changed } }" });
		MUTATIONS.put("addResponsibility", new String[] { "ed-a-orphan",
				"mutation { addResponsibility(unit: \"ed-a-sub\", node: \"ed-a-orphan\") { changed } }" });
		MUTATIONS.put("removeResponsibility", new String[] { "ed-a-leaf",
				"mutation { removeResponsibility(unit: \"ed-a-sub\", node: \"ed-a-leaf\") { changed } }" });
		// realisasi and weights (capaian/)
		MUTATIONS.put("setRealisasi", new String[] { "ed-a-ind",
				"mutation { setRealisasi(id: \"ed-a-ind\", version: 0, year: 2025, period: TW1, value: \"40%\") { id } }" });
		MUTATIONS.put("setContributionWeight", new String[] { "ed-a-kondisi",
				"mutation { setContributionWeight(from: \"ed-a-leaf\", to: \"ed-a-kondisi\", weight: 2) { changed } }" });
	}

	static List<Arguments> everyMutationAsEveryUser() {
		List<Arguments> cases = new ArrayList<>();
		MUTATIONS.forEach((name, request) -> {
			cases.add(Arguments.of(name, "anonymous", "UNAUTHORIZED", null));
			cases.add(Arguments.of(name, EVALUATOR, "FORBIDDEN", null));
			cases.add(Arguments.of(name, "planner-x", "FORBIDDEN", "NOT_YOURS"));
			cases.add(Arguments.of(name, PLANNER_B, "FORBIDDEN", "NOT_YOURS"));
			cases.add(Arguments.of(name, PLANNER_A, null, null));
			cases.add(Arguments.of(name, ADMIN, null, null));
		});
		return cases;
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyMutationAsEveryUser")
	void everyMutationAsEveryUser(String mutation, String user, String refusedAs, String code) {
		loadFixture();
		String[] request = MUTATIONS.get(mutation);
		String asUser = user.equals("anonymous") ? null : user;
		if (refusedAs == null) {
			run(asUser, request[1]).path(mutation).hasValue();
			assertThat(history(request[0])).isNotEmpty().first().satisfies(change -> assertThat(change.get("user")).isEqualTo(user));
		}
		else {
			assertError(error(asUser, request[1]), refusedAs, code, null);
			assertThat(history(request[0])).isEmpty();
			assertThat(exists("ed-m")).isFalse();
		}
	}

}
