package id.pokin.graph;

import java.util.List;

/**
 * Java values as Neo4j's Java API stores them, the way Cypher's {@code SET n = $map} stores the same parameters:
 * whole numbers as long, decimals as double, lists as arrays of one type. Anything else (text, booleans, temporal
 * values) is stored as it is.
 */
final class StoredValues {

	private StoredValues() {
	}

	static Object of(Object value) {
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof Float number) {
			return number.doubleValue();
		}
		if (value instanceof List<?> list) {
			return array(list);
		}
		return value;
	}

	private static Object array(List<?> list) {
		if (list.isEmpty() || list.stream().allMatch(String.class::isInstance)) {
			return list.toArray(String[]::new);
		}
		if (list.stream().allMatch(item -> item instanceof Long || item instanceof Integer)) {
			return list.stream().mapToLong(item -> ((Number) item).longValue()).toArray();
		}
		if (list.stream().allMatch(item -> item instanceof Double || item instanceof Float)) {
			return list.stream().mapToDouble(item -> ((Number) item).doubleValue()).toArray();
		}
		if (list.stream().allMatch(Boolean.class::isInstance)) {
			boolean[] flags = new boolean[list.size()];
			for (int i = 0; i < flags.length; i++) {
				flags[i] = (Boolean) list.get(i);
			}
			return flags;
		}
		List<String> types = list.stream()
			.map(item -> item == null ? "null" : item.getClass().getSimpleName())
			.distinct()
			.toList();
		throw new IllegalArgumentException("A property list must hold values of one type (text, whole numbers, "
				+ "decimals or booleans), not " + types);
	}

}
