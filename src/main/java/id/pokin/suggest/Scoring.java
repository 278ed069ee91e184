package id.pokin.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.node.CascadeNode;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;

/**
 * Scores candidate parents by the signals a planner reads, each between 0 and 1, weighted and summed, divided by the
 * sum of the weights (so a score is between 0 and 1). The weights are few and fixed by what each signal is, not fitted
 * to any data set: a document's own numbering states the hierarchy outright; the rows around a node and the unit
 * that answers for it each place it nearly as surely; names and document order point the way but mislead more often;
 * the level and the document only tell eligible candidates apart. See docs/parent-suggestions.md.
 */
final class Scoring {

	/** {@code 1.2} is the parent of {@code 1.2.3}: the document's author said so. */
	static final double CODE = 3;

	/** The rows next to the node in its table hang under this parent: a table's rows follow their parent. */
	static final double ROW = 2;

	/** The unit hierarchy: an element's parent is answered for by its unit's parent unit, an indicator's by its unit. */
	static final double UNIT = 2;

	/** The names say the same thing (Indonesian stems, rarer words counting more). */
	static final double TEXT = 2;

	/** The nearest element above the node in its document, at a higher level. */
	static final double ABOVE = 1;

	/** One level up (an element), or the level of the indicator's unit. */
	static final double LEVEL = 1;

	/** The same document. */
	static final double DOCUMENT = 0.5;

	static final double TOTAL = CODE + ROW + UNIT + TEXT + ABOVE + LEVEL + DOCUMENT;

	/** Below this a name's likeness is not named as a reason (it still counts in the score). */
	private static final double TEXT_REASON = 0.2;

	private Scoring() {
	}

	/** A unit that answers for the node, or the unit it belongs to. */
	record UnitRef(String id, String name, Level level) {

		static UnitRef of(Object projected) {
			Map<?, ?> map = (Map<?, ?>) projected;
			Object level = map.get("level");
			return new UnitRef((String) map.get("id"), (String) map.get("name"),
					level == null ? null : Level.valueOf(level.toString()));
		}

	}

	/** The node a parent is looked for. */
	record Subject(CascadeNode node, Long seq, List<UnitRef> units, List<UnitRef> parentUnits, Codes codes,
			Map<String, String> stems) {

		@SuppressWarnings("unchecked")
		static Subject of(Map<String, Object> row) {
			Map<String, Object> properties = (Map<String, Object>) row.get("node");
			CascadeNode node = ParentSuggestions.node(properties);
			return new Subject(node, properties.get("seq") instanceof Number n ? n.longValue() : null,
					((List<Object>) row.get("units")).stream().map(UnitRef::of).toList(),
					((List<Object>) row.get("parentUnits")).stream().map(UnitRef::of).toList(), Codes.of(node.code()),
					Names.stems(node.name()));
		}

	}

	/**
	 * A candidate parent: how it was found ({@link SuggestionQueries#CANDIDATES}), the units that answer for it,
	 * whether an indicator hangs under it, and whether the parents of the rows around the node came in document order.
	 */
	record Candidate(CascadeNode node, Set<String> signals, Set<String> units, boolean measured, boolean inOrder,
			Codes codes, Map<String, String> stems) {

		@SuppressWarnings("unchecked")
		static Candidate of(Map<String, Object> row) {
			CascadeNode node = ParentSuggestions.node(row.get("node"));
			return new Candidate(node, new HashSet<>((List<String>) row.get("signals")),
					new HashSet<>((List<String>) row.get("units")), Boolean.TRUE.equals(row.get("measured")),
					Boolean.TRUE.equals(row.get("inOrder")), Codes.of(node.code()), Names.stems(node.name()));
		}

		boolean has(String signal) {
			return this.signals.contains(signal);
		}

	}

	static List<ParentSuggestion> score(Subject subject, List<Candidate> candidates) {
		Map<String, Double> idf = inverseFrequencies(subject, candidates);
		boolean anyBefore = candidates.stream().anyMatch(c -> c.has("ROW_BEFORE"));
		boolean anyAfter = candidates.stream().anyMatch(c -> c.has("ROW_AFTER"));
		boolean indicator = subject.node().kind() == NodeKind.INDIKATOR;
		List<ParentSuggestion> scored = new ArrayList<>();
		for (Candidate c : candidates) {
			double sum = 0;
			List<Text> reasons = new ArrayList<>();

			// the code
			int depth = subject.codes() == null ? 0 : subject.codes().ancestorDepth(c.codes());
			if (depth > 0 && sameDocument(subject, c)) {
				sum += CODE * (depth == 1 ? 1 : 0.3 / (depth - 1));
				String parent = c.codes().numbering();
				String own = subject.codes().numbering();
				reasons.add(new Text("Kode %s mengawali %s".formatted(parent, own),
						"Code %s begins %s".formatted(parent, own)));
			}

			// the neighbouring rows
			double row = rows(c, anyBefore, anyAfter, indicator);
			if (row > 0) {
				sum += ROW * row;
				reasons.add(c.has("ROW_BEFORE") && c.has("ROW_AFTER")
						? new Text("Induk baris sebelum dan sesudahnya dalam dokumen yang sama",
								"Parent of the rows before and after it in the same document")
						: c.has("BETWEEN")
								? new Text("Urutan dokumen: di antara induk baris sebelum dan sesudahnya",
										"Document order: between the parents of the rows before and after it")
								: c.has("ROW_BEFORE")
										? new Text("Induk baris sebelumnya dalam dokumen yang sama",
												"Parent of the row before it in the same document")
										: new Text("Induk baris berikutnya dalam dokumen yang sama",
												"Parent of the row after it in the same document"));
			}

			// the units
			UnitRef parentUnit = first(subject.parentUnits(), c.units());
			UnitRef sameUnit = first(subject.units(), c.units());
			double unit = indicator ? (sameUnit != null ? 1 : parentUnit != null ? 0.5 : 0)
					: (parentUnit != null ? 1 : sameUnit != null ? 0.5 : 0);
			if (unit > 0) {
				sum += UNIT * unit;
				boolean byParent = indicator ? sameUnit == null : parentUnit != null;
				UnitRef named = byParent ? parentUnit : sameUnit;
				reasons.add(byParent
						? new Text("Unit induk bertanggung jawab: " + named.name(),
								"The parent unit answers for it: " + named.name())
						: new Text("Unit yang sama bertanggung jawab: " + named.name(),
								"The same unit answers for it: " + named.name()));
			}

			// the names
			double text = Names.similarity(subject.stems(), c.stems(), idf);
			if (text > 0) {
				sum += TEXT * text;
				if (text >= TEXT_REASON) {
					reasons.add(new Text("Nama mirip: " + Names.shared(subject.stems(), c.stems()),
							"Similar name: " + Names.shared(subject.stems(), c.stems())));
				}
			}

			// the document order
			if (c.has("ABOVE")) {
				sum += ABOVE;
				reasons.add(new Text("Baris terdekat di atasnya dalam dokumen yang sama",
						"The nearest row above it in the same document"));
			}

			// the level
			double level = level(subject, c, indicator);
			if (level > 0) {
				sum += LEVEL * level;
				if (level == 1 && c.node().level() != null) {
					reasons.add(indicator
							? new Text("Tingkat unitnya: " + levelName(c.node().level(), true),
									"Its unit's level: " + levelName(c.node().level(), false))
							: new Text("Satu tingkat di atas: " + levelName(c.node().level(), true),
									"One level up: " + levelName(c.node().level(), false)));
				}
			}

			if (sameDocument(subject, c)) {
				sum += DOCUMENT;
			}
			scored.add(new ParentSuggestion(c.node(), Math.round(sum / TOTAL * 1000) / 1000.0, List.copyOf(reasons)));
		}
		return scored;
	}

	/**
	 * An element's parent is one step up its unit chain: at its parent unit's level, or without units the level
	 * above its own (1); at its own level (a Sasaran under the Tujuan of the same perangkat daerah) it is less likely
	 * (0.5). An indicator hangs under an element of its own unit's level.
	 */
	private static double level(Subject subject, Candidate c, boolean indicator) {
		Level candidate = c.node().level();
		if (candidate == null) {
			return 0;
		}
		if (indicator) {
			Set<Level> levels = new HashSet<>();
			subject.units().forEach(u -> levels.add(u.level()));
			if (subject.node().level() != null) {
				levels.add(subject.node().level());
			}
			return levels.contains(candidate) ? 1 : 0;
		}
		Level own = subject.node().level();
		Set<Level> up = new HashSet<>();
		subject.parentUnits().forEach(u -> up.add(u.level()));
		if (up.isEmpty() && own != null && own.rank() > 0) {
			up.add(Level.values()[own.rank() - 1]);
		}
		if (up.contains(candidate)) {
			return 1;
		}
		return candidate == own ? 0.5 : 0;
	}

	private static boolean sameDocument(Subject subject, Candidate c) {
		String document = subject.node().source().document();
		return document != null && document.equals(c.node().source().document());
	}

	/**
	 * What the rows around the node say. Both neighbouring rows under this parent: 1. Rows follow their parents'
	 * order, so when the neighbours' parents differ and come in document order, the node hangs under one of them or
	 * under an element between them: an element between gets 1 (for an indicator: 0.5 if another indicator already
	 * measures it), each neighbour's parent 0.5. With a neighbour on one side only, its parent gets 1.
	 */
	private static double rows(Candidate c, boolean anyBefore, boolean anyAfter, boolean indicator) {
		boolean before = c.has("ROW_BEFORE");
		boolean after = c.has("ROW_AFTER");
		if (before && after) {
			return 1;
		}
		if (c.has("BETWEEN") && c.inOrder()) {
			return indicator && c.measured() ? 0.5 : 1;
		}
		if (before || after) {
			return anyBefore && anyAfter ? 0.5 : 1;
		}
		return 0;
	}

	/**
	 * Rarer stems count more: the inverse document frequency over the names at hand (the node and its candidates),
	 * so words every name of a plan shares ("meningkatnya", "kualitas") say little.
	 */
	private static Map<String, Double> inverseFrequencies(Subject subject, List<Candidate> candidates) {
		Map<String, Integer> counts = new HashMap<>();
		subject.stems().keySet().forEach(stem -> counts.merge(stem, 1, Integer::sum));
		candidates.forEach(c -> c.stems().keySet().forEach(stem -> counts.merge(stem, 1, Integer::sum)));
		int names = candidates.size() + 1;
		Map<String, Double> idf = new HashMap<>();
		counts.forEach((stem, count) -> idf.put(stem, Math.log(1 + (double) names / count)));
		return idf;
	}

	private static UnitRef first(List<UnitRef> units, Set<String> ids) {
		return units.stream().filter(u -> ids.contains(u.id())).findFirst().orElse(null);
	}

	static String levelName(Level level, boolean bahasa) {
		return switch (level) {
			case PEMDA -> bahasa ? "Pemda" : "Pemda (region)";
			case PERANGKAT_DAERAH -> "Perangkat Daerah";
			case ASISTEN -> "Asisten";
			case BAGIAN -> "Bagian";
			case SUBBAGIAN -> "Subbagian";
		};
	}

}
