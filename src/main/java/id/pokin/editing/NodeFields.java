package id.pokin.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.pokin.cascade.NodeKind;
import id.pokin.cascade.SearchText;
import id.pokin.importer.TargetValue;

/**
 * The editable fields of each kind of node, from GraphQL input to graph properties, checked. In an update a
 * field that is absent stays as it is and a field given as null (or blank text) is cleared, except the ones a
 * node cannot be without (name, level of elements and units, kind of elements).
 */
final class NodeFields {

	static final int MAX_TEXT = 4000;

	static final int MAX_SHORT_TEXT = 200;

	static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private static final Set<String> COMMON = Set.of("code", "name", "level", "sourceRef");

	private static final Set<String> ELEMENT = Set.of("kind", "description", "problems");

	private static final Set<String> INDICATOR = Set.of("satuan", "baseline", "finalTarget", "formula", "dataSource",
			"definition", "rationale", "indicatorKind", "polarity", "iku");

	private static final Set<String> SHORT = Set.of("code", "satuan", "baseline", "finalTarget", "sourceRef");

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
		int max = SHORT.contains(field) ? MAX_SHORT_TEXT : MAX_TEXT;
		if (trimmed.length() > max) {
			throw new EditException(EditError.INVALID_VALUE, field,
					"%s: at most %d characters, was %d".formatted(field, max, trimmed.length()));
		}
		if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
			throw new EditException(EditError.INVALID_VALUE, field, field + ": control characters are not allowed");
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

	/** An id given for a new node: the import format's alphabet, at most 100 characters. */
	static void checkId(String id) {
		if (!ID.matcher(id).matches()) {
			throw new EditException(EditError.INVALID_VALUE, "id",
					"id: use 1 to 100 letters, digits and . _ : - (was '" + id + "')");
		}
	}

	static List<String> ids(Object value) {
		if (value == null) {
			return List.of();
		}
		@SuppressWarnings("unchecked")
		List<String> ids = (List<String>) value;
		return ids.stream().distinct().toList();
	}

}
