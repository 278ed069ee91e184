package id.pokin.graph;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Path;

/** Rows of Neo4j's Java API as the driver gives them ({@code Record.asMap()}). */
final class PlainValues {

	private PlainValues() {
	}

	/** The values as the driver gives them ({@code Record.asMap()}): property arrays become lists. */
	static Map<String, Object> of(Map<?, ?> map) {
		Map<String, Object> plain = new LinkedHashMap<>(map.size() * 2);
		map.forEach((key, value) -> plain.put((String) key, plain(value)));
		return plain;
	}

	private static Object plain(Object value) {
		if (value instanceof Map<?, ?> map) {
			return of(map);
		}
		if (value instanceof List<?> list) {
			List<Object> plain = new ArrayList<>(list.size());
			list.forEach(item -> plain.add(plain(item)));
			return plain;
		}
		if (value != null && value.getClass().isArray()) {
			int length = Array.getLength(value);
			List<Object> plain = new ArrayList<>(length);
			for (int i = 0; i < length; i++) {
				plain.add(Array.get(value, i));
			}
			return plain;
		}
		if (value instanceof Entity || value instanceof Path) {
			// bound to the transaction that read it: a query for these reads returns projections ({.*}) instead
			throw new IllegalStateException("An in-process read returned a graph entity (" + value.getClass().getSimpleName()
					+ "); return its properties instead");
		}
		return value;
	}

}
