package id.pokin.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.data.ArgumentValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mutations' inputs are typed records: in an update a field left out stays and a field given as null is cleared,
 * written inline or sent as a variable (the UI sends only the fields that changed); a value of the wrong type is
 * refused before the mutation runs, naming the field.
 */
class TypedInputTests extends EditingTests {

	private static final String UPDATE_INDICATOR = """
			mutation($input: IndicatorChanges!) { updateIndicator(id: "ed-a-ind", version: 0, input: $input) {
			  name satuan iku version targets { year raw } } }""";

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void aFieldSentAsNullIsClearedAndAFieldLeftOutStays() {
		graphQl(ADMIN).document(UPDATE_INDICATOR)
			.variable("input", input("satuan", null, "name", "Persentase dokumen yang tepat waktu"))
			.execute()
			.path("updateIndicator.satuan").valueIsNull()
			.path("updateIndicator.name").entity(String.class).isEqualTo("Persentase dokumen yang tepat waktu")
			// targets were left out: they stay
			.path("updateIndicator.targets[*].year").entityList(Integer.class).containsExactly(2024, 2025)
			.path("updateIndicator.version").entity(Long.class).isEqualTo(1L);
		assertThat(MutationTests.fields(history("ed-a-ind").get(0))).containsOnlyKeys("satuan", "name");
	}

	@Test
	void targetsSentAsNullChangeNoTarget() {
		graphQl(ADMIN).document(UPDATE_INDICATOR).variable("input", input("targets", null, "satuan", "Dokumen")).execute()
			.path("updateIndicator.satuan").entity(String.class).isEqualTo("Dokumen")
			.path("updateIndicator.targets[*].raw").entityList(String.class).containsExactly("80%", "85%");
	}

	@Test
	void aWrongTypeIsRefusedNamingTheField() {
		ResponseError inline = error(ADMIN, """
				mutation { updateIndicator(id: "ed-a-ind", version: 0, input: {iku: "ya"}) { id } }""");
		assertThat(inline.getErrorType().toString()).isEqualTo("ValidationError");
		assertThat(inline.getMessage()).contains("input.iku");
		ResponseError variable = error(ADMIN, UPDATE_INDICATOR, input("level", "KABUPATEN"));
		// a variable's value is checked whole by graphql-java before execution: its message names the variable and the
		// type, as it did before the inputs were typed
		assertThat(variable.getMessage()).contains("'input'", "'Level'", "KABUPATEN");
		assertThat(version("ed-a-ind")).isZero();
	}

	@Test
	void anUpdatesFieldsAreThoseGivenNullsIncluded() {
		NodeChanges.Unit changes = new NodeChanges.Unit(ArgumentValue.omitted(), ArgumentValue.ofNullable("Bagian A"),
				ArgumentValue.ofNullable(Level.BAGIAN), ArgumentValue.ofNullable(null));
		Map<String, Object> expected = new HashMap<>();
		expected.put("name", "Bagian A");
		expected.put("level", "BAGIAN");
		expected.put("sourceRef", null);
		assertThat(changes.fields()).isEqualTo(expected);
		assertThat(changes.category()).isEqualTo(NodeKind.UNIT);
	}

	@Test
	void aCreationsFieldsLeaveOutWhatIsNotGiven() {
		NewNodeInput.CreateUnit unit = new NewNodeInput.CreateUnit(null, null, "Subbagian Baru", Level.SUBBAGIAN,
				"ed-a-bag", null, null);
		assertThat(unit.fields()).containsOnlyKeys("name", "level");
		NewNode node = NewNode.of(unit);
		assertThat(node.kind()).isEqualTo(NodeKind.UNIT);
		assertThat(node.id()).startsWith("unit-");
		assertThat(node.anchors()).containsExactly("ed-a-bag");
		assertThat(node.named()).containsExactly("ed-a-bag", node.id());
		assertThat(node.contributesTo()).isEqualTo(List.of());
	}

	/** An input map from name, value pairs; a value may be null (Map.of takes none). */
	private static Map<String, Object> input(Object... pairs) {
		Map<String, Object> input = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			input.put((String) pairs[i], pairs[i + 1]);
		}
		return input;
	}

	private ResponseError error(String user, String document, Map<String, Object> input) {
		ResponseError[] found = new ResponseError[1];
		graphQl(user).document(document).variable("input", input).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			found[0] = errors.get(0);
		});
		return found[0];
	}

}
