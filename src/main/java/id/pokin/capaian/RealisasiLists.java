package id.pokin.capaian;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.pokin.sheet.TargetValue;

/**
 * An indicator's realisasi as the graph keeps them: parallel lists on the indicator node, like its targets, one
 * entry per (year, period) in year and period order. A list cannot hold null, so "no number" is NaN and "no text"
 * is the empty string. Public for the importer and the generator, which write the same lists.
 */
public final class RealisasiLists {

	/** The property names, in one place: the readiness rules and the queries read them too. */
	public static final String YEARS = "realisasiYears";

	public static final String PERIODS = "realisasiPeriods";

	public static final String RAW = "realisasiRaw";

	public static final String VALUES = "realisasiValue";

	public static final String EVIDENCE = "realisasiEvidence";

	public static final String DOCUMENTS = "realisasiDocument";

	public static final String REFS = "realisasiRef";

	public static final String BY = "realisasiBy";

	public static final String AT = "realisasiAt";

	public static final List<String> PROPERTIES = List.of(YEARS, PERIODS, RAW, VALUES, EVIDENCE, DOCUMENTS, REFS, BY,
			AT);

	private RealisasiLists() {
	}

	/** The realisasi held in a node's properties (or a projection of them), in year and period order. */
	public static TreeMap<Realisasi.Key, Realisasi> read(Map<String, Object> properties) {
		TreeMap<Realisasi.Key, Realisasi> all = new TreeMap<>();
		if (!(properties.get(YEARS) instanceof List<?> years) || !(properties.get(PERIODS) instanceof List<?> periods)
				|| !(properties.get(RAW) instanceof List<?> raws)) {
			return all;
		}
		List<?> values = list(properties, VALUES);
		for (int i = 0; i < years.size() && i < periods.size() && i < raws.size(); i++) {
			Period period = Period.parse((String) periods.get(i));
			if (period == null) {
				continue;
			}
			Realisasi realisasi = new Realisasi(((Number) years.get(i)).intValue(), period, (String) raws.get(i),
					i < values.size() ? number(values.get(i)) : null, text(properties, EVIDENCE, i),
					text(properties, DOCUMENTS, i), text(properties, REFS, i), text(properties, BY, i),
					text(properties, AT, i));
			all.put(realisasi.key(), realisasi);
		}
		return all;
	}

	/**
	 * Writes the realisasi into the properties map (in place) as the lists; with none, every list is set to null,
	 * which removes it from the node on {@code SET n += $properties}.
	 */
	public static void write(Map<String, Object> properties, TreeMap<Realisasi.Key, Realisasi> all) {
		if (all.isEmpty()) {
			PROPERTIES.forEach(name -> properties.put(name, null));
			return;
		}
		List<Long> years = new ArrayList<>();
		List<String> periods = new ArrayList<>();
		List<String> raws = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		List<String> evidence = new ArrayList<>();
		List<String> documents = new ArrayList<>();
		List<String> refs = new ArrayList<>();
		List<String> by = new ArrayList<>();
		List<String> at = new ArrayList<>();
		for (Realisasi r : all.values()) {
			years.add((long) r.year());
			periods.add(r.period().name());
			raws.add(r.raw());
			values.add(r.value() == null ? Double.NaN : r.value());
			evidence.add(orEmpty(r.evidence()));
			documents.add(orEmpty(r.document()));
			refs.add(orEmpty(r.ref()));
			by.add(orEmpty(r.by()));
			at.add(orEmpty(r.at()));
		}
		properties.put(YEARS, years);
		properties.put(PERIODS, periods);
		properties.put(RAW, raws);
		properties.put(VALUES, values);
		properties.put(EVIDENCE, orNone(evidence));
		properties.put(DOCUMENTS, orNone(documents));
		properties.put(REFS, orNone(refs));
		properties.put(BY, by);
		properties.put(AT, at);
	}

	/** A realisasi as written, with its number read the import's way. */
	public static Realisasi of(int year, Period period, String raw, String evidence, String document, String ref,
			String by, String at) {
		TargetValue value = TargetValue.of(raw);
		return new Realisasi(year, period, value == null ? raw : value.raw(), value == null ? null : value.number(),
				blankToNull(evidence), blankToNull(document), blankToNull(ref), by, at);
	}

	private static List<?> list(Map<String, Object> properties, String name) {
		return properties.get(name) instanceof List<?> list ? list : List.of();
	}

	private static String text(Map<String, Object> properties, String name, int i) {
		List<?> list = list(properties, name);
		return i < list.size() ? blankToNull((String) list.get(i)) : null;
	}

	private static Double number(Object value) {
		return value instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : null;
	}

	/**
	 * A list of nothing but empty texts is not stored (null removes it): it says no more than its absence, which the
	 * reading takes the same way, and Neo4j's offline importer leaves such a list out too, so a graph is the same
	 * whichever way it was written.
	 */
	private static List<String> orNone(List<String> texts) {
		return texts.stream().allMatch(String::isEmpty) ? null : texts;
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
