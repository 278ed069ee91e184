package id.pokin.editing;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editing API applies the bounds of {@link id.pokin.web.InputLimits} that imports apply too: ids, short and long
 * texts, control characters, ids per list; each refusal names the field, in both languages, and quotes a long value
 * short.
 */
class InputBoundsTests extends EditingTests {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void aNewIdOverTheLengthIsInvalidAndQuotedShort() {
		for (int length : new int[] { 101, 4000, 8200 }) {
			ResponseError error = error(ADMIN, """
					mutation { createIndicator(input: {id: "%s", name: "Baru", responsibleUnits: ["ed-a-bag"]}) { id } }"""
				.formatted("i" + "x".repeat(length - 1)));
			assertError(error, "BAD_REQUEST", "INVALID_VALUE", "id");
			assertThat(error.getMessage()).contains(length + " characters").hasSizeLessThan(400);
			assertThat(localized(error).get("id")).contains("pakai 1 sampai 100 huruf");
		}
	}

	@Test
	void idsNamingNodesMeetTheLengthBeforeAnyQuery() {
		String tooLong = "n".repeat(8200);
		assertError(error(ADMIN, "mutation { updateUnit(id: \"%s\", version: 0, input: {name: \"x\"}) { id } }".formatted(tooLong)),
				"BAD_REQUEST", "INVALID_VALUE", "id");
		assertError(error(ADMIN, "mutation { addContribution(from: \"ed-a-leaf\", to: \"%s\") { changed } }".formatted(tooLong)),
				"BAD_REQUEST", "INVALID_VALUE", "to");
		assertError(error(ADMIN, """
				mutation { createIndicator(input: {name: "Baru", responsibleUnits: ["ed-a-bag", "%s"]}) { id } }""".formatted(tooLong)),
				"BAD_REQUEST", "INVALID_VALUE", "responsibleUnits");
	}

	@Test
	void aListOfMoreIdsThanAllowedIsInvalid() {
		StringBuilder ids = new StringBuilder("\"ed-a-kondisi\"");
		for (int i = 0; i < 500; i++) {
			ids.append(", \"x").append(i).append('"');
		}
		ResponseError error = error(ADMIN, """
				mutation { createIndicator(input: {name: "Baru", contributesTo: [%s], responsibleUnits: ["ed-a-bag"]}) { id } }"""
			.formatted(ids));
		// refused before execution, where every list argument is bounded (web/QueryCost); the editor's own check
		// (NodeFields) stays for callers that are not GraphQL
		assertError(error, "BAD_REQUEST", "LIST_TOO_LONG", null);
		assertThat(error.getExtensions()).containsEntry("argument", "input.contributesTo");
		assertThat(error.getMessage()).isEqualTo("createIndicator: 'input.contributesTo' may hold at most 500 items, it holds 501");
	}

	@Test
	void textsOverTheirLengthAreInvalidInBothLanguages() {
		ResponseError name = error(ADMIN, "mutation { updateIndicator(id: \"ed-a-ind\", version: 0, input: {name: \"%s\"}) { id } }"
			.formatted("n".repeat(4001)));
		assertError(name, "BAD_REQUEST", "INVALID_VALUE", "name");
		assertThat(name.getMessage()).isEqualTo("name: at most 4000 characters, was 4001");
		assertThat(localized(name).get("id")).isEqualTo("name: paling banyak 4000 karakter, diberikan 4001");
		assertError(error(ADMIN, "mutation { updateIndicator(id: \"ed-a-ind\", version: 0, input: {satuan: \"%s\"}) { id } }"
			.formatted("s".repeat(201))), "BAD_REQUEST", "INVALID_VALUE", "satuan");
		assertError(error(ADMIN, "mutation { setTargets(id: \"ed-a-ind\", version: 0, targets: [{year: 2026, value: \"%s\"}]) { id } }"
			.formatted("9".repeat(201))), "BAD_REQUEST", "INVALID_TARGET", "targets[0]");
	}

	@Test
	void controlCharactersAreRefusedTabsAndLineBreaksAreText() {
		for (String field : new String[] { "name", "satuan", "definition" }) {
			ResponseError error = error(ADMIN, "mutation { updateIndicator(id: \"ed-a-ind\", version: 0, input: {%s: \"a\\u001Bb\"}) { id } }"
				.formatted(field));
			assertError(error, "BAD_REQUEST", "INVALID_VALUE", field);
			assertThat(localized(error).get("id")).contains("karakter kendali");
		}
		assertError(error(ADMIN, "mutation { setTargets(id: \"ed-a-ind\", version: 0, targets: [{year: 2026, value: \"9\\u0000\"}]) { id } }"),
				"BAD_REQUEST", "INVALID_TARGET", "targets[0]");
		run(ADMIN, "mutation { updateIndicator(id: \"ed-a-ind\", version: 0, input: {definition: \"satu\\tdua\\r\\ntiga\"}) { version } }")
			.path("updateIndicator.version").entity(Long.class).isEqualTo(1L);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> localized(ResponseError error) {
		return (Map<String, String>) error.getExtensions().get("localized");
	}

}
