package id.pokin.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.node.NodeKind;
import id.pokin.node.SearchText;
import id.pokin.sheet.TargetValue;
import id.pokin.web.InputLimits;
import id.pokin.web.Shown;

/**
 * The editable fields of each kind of node, from GraphQL input to graph properties, checked. In an update a
 * field that is absent stays as it is and a field given as null (or blank text) is cleared, except the ones a
 * node cannot be without (name, level of elements and units, kind of elements).
 */
final class NodeFields {

	private static final Set<String> COMMON = Set.of("code", "name", "level", "sourceRef");

	private static final Set<String> ELEMENT = Set.of("kind", "description", "problems");

	private static final Set<String> INDICATOR = Set.of("satuan", "baseline", "finalTarget", "formula", "dataSource",
			"definition", "rationale", "indicatorKind", "polarity", "iku");

	/** Fields of short text; the source reference is not one: real decrees give places 200-400 characters long. */
	private static final Set<String> SHORT = Set.of("code", "satuan", "baseline", "finalTarget");

	private NodeFields() {
	}

	/**
	 * The node's properties after applying {@code input} to {@code current} (empty for a new node). Only the
	 * fields of the node's kind are read; everything else in the input is the caller's (ids, links, targets).
	 */
	static Map<String, Object> apply(NodeKind category, Map<String, Object> current, Map<String, Object> input) {
		Map<String, Object> properties = new LinkedHashMap<>(current);
		for (Map.Entry<String, Object> field : input.entrySet()) {
			String name = field.getKey();
			if (!fieldsOf(category).contains(name)) {
				continue;
			}
			Object value = field.getValue() instanceof String text ? text(name, text) : field.getValue();
			switch (name) {
				case "code" -> {
					put(properties, "code", value);
					String key = value == null ? null : SearchText.codeKey((String) value);
					put(properties, "codeKey", key == null || key.isEmpty() ? null : key);
				}
				case "name" -> {
					put(properties, "name", value);
					put(properties, "nameKey", value == null ? null : SearchText.nameKey((String) value));
				}
				case "baseline", "finalTarget" -> {
					TargetValue measure = value == null ? null : TargetValue.of((String) value);
					put(properties, name + "Raw", measure == null ? null : measure.raw());
					put(properties, name + "Value", measure == null ? null : measure.number());
				}
				case "kind" -> {
					if (value == null || !NodeKind.valueOf((String) value).isElement()) {
						throw new EditException(EditError.INVALID_VALUE, "kind",
								"kind: an element is a TUJUAN, SASARAN or KONDISI, not " + value);
					}
					properties.put("kind", value);
				}
				case "iku" -> properties.put("iku", Boolean.TRUE.equals(value));
				default -> put(properties, name, value);
			}
		}
		require(properties, "name");
		if (category != NodeKind.INDIKATOR) {
			require(properties, "level");
		}
		return properties;
	}

	/** The kind of node as the API groups them: elements (any of three kinds), indicators, units. */
	static NodeKind category(NodeKind kind) {
		return kind.isElement() ? NodeKind.SASARAN : kind;
	}

	static String describe(NodeKind category) {
		return switch (category) {
			case INDIKATOR -> "an indicator";
			case UNIT -> "a unit";
			default -> "an element (Tujuan, Sasaran or Kondisi)";
		};
	}

	private static Set<String> fieldsOf(NodeKind category) {
		return switch (category) {
			case INDIKATOR -> union(COMMON, INDICATOR);
			case UNIT -> COMMON;
			default -> union(COMMON, ELEMENT);
		};
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		java.util.HashSet<String> all = new java.util.HashSet<>(a);
		all.addAll(b);
		return all;
	}

	private static String text(String field, String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return null;
		}
		int max = SHORT.contains(field) ? InputLimits.SHORT_TEXT_MAX_LENGTH : InputLimits.TEXT_MAX_LENGTH;
		if (trimmed.length() > max) {
			throw new EditException(EditError.INVALID_VALUE, field,
					"%s: at most %d characters, was %d".formatted(field, max, trimmed.length()),
					"%s: paling banyak %d karakter, diberikan %d".formatted(field, max, trimmed.length()));
		}
		if (InputLimits.hasControlCharacters(trimmed)) {
			throw new EditException(EditError.INVALID_VALUE, field,
					field + ": control characters (NUL, ESC...) are not allowed",
					field + ": karakter kendali (NUL, ESC...) tidak diizinkan");
		}
		return trimmed;
	}

	private static void require(Map<String, Object> properties, String field) {
		if (properties.get(field) == null) {
			throw new EditException(EditError.INVALID_VALUE, field, field + ": must not be empty");
		}
	}

	private static void put(Map<String, Object> properties, String name, Object value) {
		if (value == null) {
			properties.remove(name);
		}
		else {
			properties.put(name, value);
		}
	}

	/** An id given for a new node: the import format's alphabet, at most {@link InputLimits#ID_MAX_LENGTH} characters. */
	static void checkId(String id) {
		if (!InputLimits.ID.matcher(id).matches()) {
			int max = InputLimits.ID_MAX_LENGTH;
			throw new EditException(EditError.INVALID_VALUE, "id",
					"id: use 1 to %d letters, digits and . _ : - (was '%s', %d characters)".formatted(max,
							Shown.value(id), id.length()),
					"id: pakai 1 sampai %d huruf, angka dan . _ : - (diberikan '%s', %d karakter)".formatted(max,
							Shown.value(id), id.length()));
		}
	}

	/**
	 * An id naming a node that should exist (a link's end, a node to change): one longer than any id can be is
	 * refused before it reaches a query, and never quoted whole.
	 */
	static void checkReference(String field, String id) {
		if (id != null && id.length() > InputLimits.ID_MAX_LENGTH) {
			throw new EditException(EditError.INVALID_VALUE, field,
					"%s: no id is longer than %d characters (was '%s', %d characters)".formatted(field,
							InputLimits.ID_MAX_LENGTH, Shown.value(id), id.length()),
					"%s: tidak ada id yang lebih panjang dari %d karakter (diberikan '%s', %d karakter)".formatted(field,
							InputLimits.ID_MAX_LENGTH, Shown.value(id), id.length()));
		}
	}

	/** The distinct ids of a list argument, each {@link #checkReference checked}, at most {@link InputLimits#LIST_ARGUMENT_MAX_ITEMS}. */
	static List<String> ids(String field, Object value) {
		if (value == null) {
			return List.of();
		}
		@SuppressWarnings("unchecked")
		List<String> ids = (List<String>) value;
		if (ids.size() > InputLimits.LIST_ARGUMENT_MAX_ITEMS) {
			throw new EditException(EditError.INVALID_VALUE, field,
					"%s: at most %d ids, was %d".formatted(field, InputLimits.LIST_ARGUMENT_MAX_ITEMS, ids.size()),
					"%s: paling banyak %d id, diberikan %d".formatted(field, InputLimits.LIST_ARGUMENT_MAX_ITEMS,
							ids.size()));
		}
		ids.forEach(id -> checkReference(field, id));
		return ids.stream().distinct().toList();
	}

}
