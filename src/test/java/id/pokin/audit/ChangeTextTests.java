package id.pokin.audit;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeTextTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private String text(Object value) {
		return value == null ? "null" : this.json.writeValueAsString(value);
	}

	@Test
	void everyKindOfValueReadsBackAsTheJsonTextItWasWrittenFrom() {
		List<FieldChange> written = List.of(
				new FieldChange("name", text("Dinas \"A\" \\ B – ü"), text("Dinas B")),
				new FieldChange("baselineValue", "null", text(72.4)),
				new FieldChange("iku", text(false), text(true)),
				new FieldChange("contributesTo", text(List.of("s-1", "s-2")), "null"),
				new FieldChange("targets", "null", text(Map.of("2025", "80%"))),
				new FieldChange("version", text(3L), text(4L)));

		String stored = ChangeText.write(written);

		assertThat(stored).startsWith("{\"name\":[\"Dinas \\\"A\\\" \\\\ B – ü\",\"Dinas B\"],");
		assertThat(ChangeText.read(stored, this.json)).containsExactly(
				new FieldChange("name", "\"Dinas \\\"A\\\" \\\\ B – ü\"", "\"Dinas B\""),
				new FieldChange("baselineValue", null, "72.4"),
				new FieldChange("iku", "false", "true"),
				new FieldChange("contributesTo", "[\"s-1\",\"s-2\"]", null),
				new FieldChange("targets", null, "{\"2025\":\"80%\"}"),
				new FieldChange("version", "3", "4"));
	}

	@Test
	void textIsQuotedExactlyAsJacksonWritesIt() {
		for (String value : List.of("", "Dinas \"A\" \\ B", "tab\there\nline\r", "\u0000\u0001\u001f\u007f", "– ü 😀",
				"\u2028\u2029", "</script>", "x 100%")) {
			assertThat(ChangeText.quoted(value)).as(value).isEqualTo(text(value));
		}
	}

	@Test
	void aRecordWithoutFieldsIsAnEmptyObject() {
		assertThat(ChangeText.write(List.of())).isEqualTo("{}");
		assertThat(ChangeText.read("{}", this.json)).isEmpty();
	}

	@Test
	void theEarlierListOfFieldObjectsIsStillRead() {
		String earlier = "[{\"field\":\"name\",\"before\":\"null\",\"after\":\"\\\"Dinas B\\\"\"},"
				+ "{\"field\":\"parent\",\"before\":\"[\\\"u-1\\\"]\",\"after\":\"null\"}]";

		assertThat(ChangeText.read(earlier, this.json)).containsExactly(new FieldChange("name", null, "\"Dinas B\""),
				new FieldChange("parent", "[\"u-1\"]", null));
	}

}
