package id.pokin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON text of a change record's fields ({@code changes}): an object of field name to {@code [before, after]},
 * each a JSON value, {@code {"name": ["Old", "New"], "code": [null, "S1"]}}. Records written before 2026-12-06 hold
 * a list of {@code {"field", "before", "after"}} objects with every value as JSON text inside the text; both are
 * read. The object form is half the bytes, which count at commit: an import writes one record per node.
 */
final class ChangeText {

	private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();

	private ChangeText() {
	}

	/** A JSON string, escaped as Jackson's generator escapes it. */
	static String quoted(String value) {
		StringBuilder text = new StringBuilder(value.length() + 2).append('"');
		ENCODER.quoteAsString(value, text);
		return text.append('"').toString();
	}

	/** The fields' values are JSON texts already ({@link FieldChange}); they are put in place as they are. */
	static String write(List<FieldChange> fields) {
		StringBuilder text = new StringBuilder(64 * fields.size() + 2).append('{');
		for (FieldChange field : fields) {
			if (text.length() > 1) {
				text.append(',');
			}
			text.append('"');
			ENCODER.quoteAsString(field.field(), text);
			text.append("\":[")
				.append(field.before() == null ? "null" : field.before())
				.append(',')
				.append(field.after() == null ? "null" : field.after())
				.append(']');
		}
		return text.append('}').toString();
	}

	/** Either form; a value absent on its side ({@code null}) is {@code null}, any other is its JSON text. */
	static List<FieldChange> read(String text, JsonMapper json) {
		JsonNode tree = json.readTree(text);
		List<FieldChange> fields = new ArrayList<>();
		if (tree.isObject()) {
			for (Map.Entry<String, JsonNode> field : tree.properties()) {
				fields.add(new FieldChange(field.getKey(), valueText(field.getValue().get(0)),
						valueText(field.getValue().get(1))));
			}
		}
		else {
			for (JsonNode field : tree) {
				fields.add(new FieldChange(field.get("field").asString(), nullIfJsonNull(field.get("before").asString()),
						nullIfJsonNull(field.get("after").asString())));
			}
		}
		return fields;
	}

	private static String valueText(JsonNode value) {
		return value == null || value.isNull() ? null : value.toString();
	}

	private static String nullIfJsonNull(String json) {
		return "null".equals(json) ? null : json;
	}

}
