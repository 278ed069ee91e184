package id.pokin.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields that differ between two states of a node's properties, as users know them: the three parallel
 * target lists become one {@code targets} field (year to text as written), and derived properties (numbers
 * read from texts, the search key, the version, document order) are left out: they change only with the
 * fields they come from. The id is the record's own {@code nodeId}.
 */
final class ChangeDiff {

	private static final Set<String> DERIVED = Set.of("id", "version", "seq", "codeKey", "nameKey", "baselineValue",
			"finalTargetValue", "targetValue", "targetYears", "targetRaw", "_lock", "realisasiYears", "realisasiPeriods",
			"realisasiRaw", "realisasiValue", "realisasiEvidence", "realisasiDocument", "realisasiRef", "realisasiBy",
			"realisasiAt");

	private ChangeDiff() {
	}

	static Map<String, Object[]> between(Map<String, Object> before, Map<String, Object> after) {
		Map<String, Object> old = userFields(before);
		Map<String, Object> now = userFields(after);
		Set<String> keys = new TreeSet<>(old.keySet());
		keys.addAll(now.keySet());
		Map<String, Object[]> changes = new LinkedHashMap<>();
		for (String key : keys) {
			if (!Objects.equals(old.get(key), now.get(key))) {
				changes.put(key, new Object[] { old.get(key), now.get(key) });
			}
		}
		return changes;
	}

	private static Map<String, Object> userFields(Map<String, Object> properties) {
		Map<String, Object> fields = new LinkedHashMap<>();
		if (properties == null) {
			return fields;
		}
		properties.forEach((key, value) -> {
			if (!DERIVED.contains(key) && value != null) {
				fields.put(key, normalise(value));
			}
		});
		Map<String, String> targets = targets(properties);
		if (!targets.isEmpty()) {
			fields.put("targets", targets);
		}
		fields.putAll(realisasi(properties));
		return fields;
	}

	/** Lists from Neo4j and from Java compare equal when their elements do; arrays would not. */
	private static Object normalise(Object value) {
		if (value instanceof List<?> list) {
			return new ArrayList<>(list);
		}
		return value;
	}

	/**
	 * The realisasi lists (capaian/RealisasiLists) as one field per year and period, {@code realisasi 2025 TW1}, its
	 * value and evidence: who recorded it and when is the record's own.
	 */
	private static Map<String, Object> realisasi(Map<String, Object> properties) {
		Map<String, Object> fields = new LinkedHashMap<>();
		if (properties.get("realisasiYears") instanceof List<?> years
				&& properties.get("realisasiPeriods") instanceof List<?> periods
				&& properties.get("realisasiRaw") instanceof List<?> raws) {
			List<?> evidence = properties.get("realisasiEvidence") instanceof List<?> e ? e : List.of();
			for (int i = 0; i < years.size() && i < periods.size() && i < raws.size(); i++) {
				Map<String, Object> value = new LinkedHashMap<>();
				value.put("value", raws.get(i));
				if (i < evidence.size() && evidence.get(i) instanceof String note && !note.isEmpty()) {
					value.put("evidence", note);
				}
				fields.put("realisasi " + ((Number) years.get(i)).longValue() + " " + periods.get(i), value);
			}
		}
		return fields;
	}

	private static Map<String, String> targets(Map<String, Object> properties) {
		Map<String, String> targets = new LinkedHashMap<>();
		if (properties.get("targetYears") instanceof List<?> years && properties.get("targetRaw") instanceof List<?> raws) {
			for (int i = 0; i < years.size() && i < raws.size(); i++) {
				targets.put(String.valueOf(((Number) years.get(i)).longValue()), String.valueOf(raws.get(i)));
			}
		}
		return targets;
	}

}
