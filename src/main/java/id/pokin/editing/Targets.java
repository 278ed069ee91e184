package id.pokin.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.pokin.sheet.TargetValue;
import id.pokin.web.InputLimits;

/**
 * An indicator's targets per year, as the graph keeps them (three parallel lists: years, texts as written, the
 * number read from each text or NaN), changed year by year.
 */
final class Targets {

	private Targets() {
	}

	/**
	 * @param properties the indicator's properties, changed in place
	 * @param changes each {@code {year, value}}: a value sets the year's target, null or blank removes it
	 * @param periodStart first year of the plan period of the indicator's document, or null
	 * @param periodEnd its last year, or null
	 */
	static void apply(Map<String, Object> properties, List<Map<String, Object>> changes, Long periodStart,
			Long periodEnd) {
		if (changes.size() > InputLimits.LIST_ARGUMENT_MAX_ITEMS) {
			throw new EditException(EditError.INVALID_TARGET, "targets",
					"targets: at most %d, was %d".formatted(InputLimits.LIST_ARGUMENT_MAX_ITEMS, changes.size()),
					"targets: paling banyak %d, diberikan %d".formatted(InputLimits.LIST_ARGUMENT_MAX_ITEMS,
							changes.size()));
		}
		TreeMap<Long, String> targets = current(properties);
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < changes.size(); i++) {
			Map<String, Object> change = changes.get(i);
			long year = ((Number) change.get("year")).longValue();
			String field = "targets[" + i + "]";
			if (!seen.add(year)) {
				throw new EditException(EditError.INVALID_TARGET, field, field + ": year " + year + " is given twice");
			}
			if (year < 1900 || year > 2200) {
				throw new EditException(EditError.INVALID_TARGET, field, field + ": " + year + " is not a plan year");
			}
			if (periodStart != null && periodEnd != null && (year < periodStart || year > periodEnd)) {
				throw new EditException(EditError.INVALID_TARGET, field, "%s: %d is outside the plan period %d-%d"
					.formatted(field, year, periodStart, periodEnd));
			}
			String value = change.get("value") instanceof String text ? text.strip() : null;
			if (value == null || value.isEmpty()) {
				targets.remove(year);
			}
			else if (value.length() > InputLimits.SHORT_TEXT_MAX_LENGTH) {
				throw new EditException(EditError.INVALID_TARGET, field, "%s: at most %d characters, was %d"
					.formatted(field, InputLimits.SHORT_TEXT_MAX_LENGTH, value.length()),
						"%s: paling banyak %d karakter, diberikan %d".formatted(field,
								InputLimits.SHORT_TEXT_MAX_LENGTH, value.length()));
			}
			else if (InputLimits.hasControlCharacters(value)) {
				throw new EditException(EditError.INVALID_TARGET, field,
						field + ": control characters (NUL, ESC...) are not allowed",
						field + ": karakter kendali (NUL, ESC...) tidak diizinkan");
			}
			else {
				targets.put(year, value);
			}
		}
		write(properties, targets);
	}

	private static TreeMap<Long, String> current(Map<String, Object> properties) {
		TreeMap<Long, String> targets = new TreeMap<>();
		if (properties.get("targetYears") instanceof List<?> years && properties.get("targetRaw") instanceof List<?> raws) {
			for (int i = 0; i < years.size() && i < raws.size(); i++) {
				targets.put(((Number) years.get(i)).longValue(), (String) raws.get(i));
			}
		}
		return targets;
	}

	private static void write(Map<String, Object> properties, TreeMap<Long, String> targets) {
		if (targets.isEmpty()) {
			properties.remove("targetYears");
			properties.remove("targetRaw");
			properties.remove("targetValue");
			return;
		}
		List<Long> years = new ArrayList<>();
		List<String> raws = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		targets.forEach((year, raw) -> {
			years.add(year);
			raws.add(raw);
			Double number = TargetValue.of(raw) == null ? null : TargetValue.of(raw).number();
			values.add(number == null ? Double.NaN : number);
		});
		properties.put("targetYears", years);
		properties.put("targetRaw", raws);
		properties.put("targetValue", values);
	}

}
