package id.pokin.editing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles hold on a unit's level too, in the style of {@link RoleMatrixTests}: a planner's units stay within their
 * perangkat daerah, so a planner cannot make one a region (PEMDA) or a perangkat daerah of its own, nor change the
 * level of the perangkat daerah unit itself; an administrator can. (A unit's parent is set only when it is
 * created, under a unit the planner owns: the PART_OF links are not edited otherwise.)
 */
class UnitLevelRoleTests extends EditingTests {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = {
			"planner-a | updateUnit(id: \"ed-a-sub\", version: 0, input: {level: PEMDA})                          | FORBIDDEN",
			"planner-a | updateUnit(id: \"ed-a-bag\", version: 0, input: {level: PERANGKAT_DAERAH})               | FORBIDDEN",
			"planner-a | updateUnit(id: \"ed-pd-a\", version: 0, input: {level: PEMDA})                           | FORBIDDEN",
			"planner-a | updateUnit(id: \"ed-pd-a\", version: 0, input: {level: BAGIAN})                          | FORBIDDEN",
			"planner-a | createUnit(input: {id: \"ed-m\", name: \"Baru\", level: PEMDA, parent: \"ed-a-bag\"})            | FORBIDDEN",
			"planner-a | createUnit(input: {id: \"ed-m\", name: \"Baru\", level: PERANGKAT_DAERAH, parent: \"ed-pd-a\"}) | FORBIDDEN",
			"planner-a | createUnit(input: {id: \"ed-m\", name: \"Baru\", level: SUBBAGIAN, parent: \"ed-b-bag\"})        | FORBIDDEN",
			"planner-a | updateUnit(id: \"ed-a-sub\", version: 0, input: {level: BAGIAN})                         | ",
			"planner-a | updateUnit(id: \"ed-pd-a\", version: 0, input: {name: \"Dinas A Baru\", level: PERANGKAT_DAERAH}) | ",
			"admin     | updateUnit(id: \"ed-a-sub\", version: 0, input: {level: PEMDA})                          | ",
			"admin     | updateUnit(id: \"ed-pd-a\", version: 0, input: {level: PEMDA})                           | ",
			"admin     | createUnit(input: {id: \"ed-m\", name: \"Baru\", level: PEMDA, parent: \"ed-a-bag\"})            | " })
	void aPlannersUnitsStayWithinTheirPerangkatDaerah(String user, String mutation, String refusedAs) {
		loadFixture();
		String request = "mutation { " + mutation + " { id version } }";
		String changed = mutation.contains("ed-m") ? "ed-m" : mutation.replaceAll(".*id: \"([^\"]+)\".*", "$1");
		if (refusedAs == null) {
			assertThat(run(user, request).errors().verify().path(mutation.substring(0, 10)).hasValue()).isNotNull();
			assertThat(history(changed)).first().satisfies(change -> assertThat(change.get("user")).isEqualTo(user));
		}
		else {
			assertError(error(user, request), refusedAs, "NOT_YOURS", mutation.startsWith("createUnit") && mutation.contains("ed-b-bag") ? "parent" : "level");
			assertThat(history(changed)).isEmpty();
			assertThat(exists("ed-m")).isFalse();
		}
	}

}
