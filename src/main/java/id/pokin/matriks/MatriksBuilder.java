package id.pokin.matriks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds one sheet's rows from what {@link MatriksQueries} read: walks the elements from the tops down (tops and
 * children in document order: {@code seq}, then code, then name) and writes a row for every indicator reached, so
 * an indicator (or an element) under two parents is on two rows, both marked. An element with nothing under it
 * gets a row of its own, saying it has no indicator; indicators linked to no element come last, with empty tiers.
 * <p>
 * Which column an element goes in is told by its {@code level} and {@code kind}:
 * <ul>
 * <li>PEMDA elements (the RPJMD's) sit above the perangkat daerah and are left out: a path ends at the highest
 * element of the perangkat daerah;</li>
 * <li>PERANGKAT_DAERAH: a TUJUAN in <b>Tujuan</b>, a SASARAN in <b>Sasaran perangkat daerah</b>; of a chain of
 * conditions (a CSF tree's outcome above its CSF) the top one is the Tujuan, the rest the sasaran;</li>
 * <li>ASISTEN (Sekretariat Daerah only) and BAGIAN (biro, bidang): <b>Sasaran program</b>, the Asisten's sasaran
 * above the Bagian's in the same cell;</li>
 * <li>SUBBAGIAN (seksi, subkoordinator): <b>Sasaran kegiatan</b>.</li>
 * </ul>
 * A tier the path does not have is an empty cell (a Kecamatan's indicators under its sasaran strategis have no
 * program or kegiatan); two elements of one tier on a path share the cell, one line each.
 */
final class MatriksBuilder {

	/** No path is followed past this many rows per sheet: a sheet of a real perangkat daerah has a few hundred. */
	static final int MAX_ROWS = 20_000;

	private static final Comparator<Map<String, Object>> DOCUMENT_ORDER = Comparator
		.comparing((Map<String, Object> n) -> n.get("seq") instanceof Number seq ? seq.longValue() : Long.MAX_VALUE)
		.thenComparing(n -> Objects.toString(n.get("code"), ""))
		.thenComparing(n -> Objects.toString(n.get("name"), ""))
		.thenComparing(n -> Objects.toString(n.get("id"), ""));

	private final int year;

	private final Map<String, Map<String, Object>> elements = new LinkedHashMap<>();

	private final Map<String, List<Map<String, Object>>> childElements = new HashMap<>();

	private final Map<String, List<Map<String, Object>>> childIndicators = new HashMap<>();

	private final List<Map<String, Object>> unlinked = new ArrayList<>();

	private final List<Map<String, Object>> tops = new ArrayList<>();

	private final List<Pending> rows = new ArrayList<>();

	private MatriksBuilder(int year) {
		this.year = year;
	}

	/** The rows of one perangkat daerah's sheet for {@code year}. */
	static List<Matriks.Row> rows(List<Map<String, Object>> elements, List<Map<String, Object>> indicators, int year) {
		MatriksBuilder builder = new MatriksBuilder(year);
		builder.link(elements, indicators);
		builder.walk();
		return builder.finish();
	}

	private void link(List<Map<String, Object>> elements, List<Map<String, Object>> indicators) {
		for (Map<String, Object> element : elements) {
			if (!"PEMDA".equals(element.get("level"))) {
				this.elements.put((String) element.get("id"), element);
			}
		}
		for (Map<String, Object> element : this.elements.values()) {
			List<String> parents = parents(element);
			if (parents.isEmpty()) {
				this.tops.add(element);
			}
			parents.forEach(parent -> this.childElements.computeIfAbsent(parent, p -> new ArrayList<>()).add(element));
		}
		for (Map<String, Object> indicator : indicators) {
			List<String> parents = parents(indicator);
			if (parents.isEmpty()) {
				this.unlinked.add(indicator);
			}
			parents.forEach(parent -> this.childIndicators.computeIfAbsent(parent, p -> new ArrayList<>()).add(indicator));
		}
		this.tops.sort(DOCUMENT_ORDER);
		this.unlinked.sort(DOCUMENT_ORDER);
		this.childElements.values().forEach(list -> list.sort(DOCUMENT_ORDER));
		this.childIndicators.values().forEach(list -> list.sort(DOCUMENT_ORDER));
	}

	/** The ids of a node's parents that are elements of the sheet (PEMDA ones are not). */
	private List<String> parents(Map<String, Object> node) {
		return list(node.get("parents")).stream().map(Object::toString).filter(this.elements::containsKey).distinct().toList();
	}

	private void walk() {
		for (Map<String, Object> top : this.tops) {
			walk(top, new ArrayList<>());
		}
		for (Map<String, Object> indicator : this.unlinked) {
			add(new Pending(List.of(), indicator));
		}
	}

	private void walk(Map<String, Object> element, List<Map<String, Object>> above) {
		if (this.rows.size() >= MAX_ROWS || above.contains(element)) {
			// a cycle is the readiness check's to report; the matriks stops there
			return;
		}
		List<Map<String, Object>> path = new ArrayList<>(above);
		path.add(element);
		String id = (String) element.get("id");
		List<Map<String, Object>> indicators = this.childIndicators.getOrDefault(id, List.of());
		List<Map<String, Object>> children = this.childElements.getOrDefault(id, List.of());
		indicators.forEach(indicator -> add(new Pending(path, indicator)));
		if (indicators.isEmpty() && children.isEmpty()) {
			add(new Pending(path, null));
		}
		children.forEach(child -> walk(child, path));
	}

	private void add(Pending row) {
		if (this.rows.size() < MAX_ROWS) {
			this.rows.add(row);
		}
	}

	private List<Matriks.Row> finish() {
		Map<String, Integer> paths = new HashMap<>();
		for (Pending row : this.rows) {
			if (row.indicator() != null) {
				paths.merge((String) row.indicator().get("id"), 1, Integer::sum);
			}
		}
		Map<String, Integer> seen = new HashMap<>();
		List<Matriks.Row> result = new ArrayList<>(this.rows.size());
		for (Pending row : this.rows) {
			List<Matriks.Tier> tiers = tiers(row.path());
			Map<String, Object> indicator = row.indicator();
			if (indicator == null) {
				result.add(new Matriks.Row(tiers, null, "(belum ada indikator)", null, null,
						responsibleAbove(row.path()), "Sasaran tanpa indikator", false));
				continue;
			}
			String id = (String) indicator.get("id");
			int count = paths.get(id);
			int n = seen.merge(id, 1, Integer::sum);
			String responsible = names(indicator.get("responsible"));
			if (responsible == null) {
				responsible = responsibleAbove(row.path());
			}
			result.add(new Matriks.Row(tiers, id, labelled(indicator), text(indicator.get("satuan")), target(indicator),
					responsible, count > 1 ? "Lintas: jalur " + n + " dari " + count : null, count > 1));
		}
		return result;
	}

	/** The four tier cells of a path (top first). */
	static List<Matriks.Tier> tiers(List<Map<String, Object>> path) {
		List<List<Map<String, Object>>> cells = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
		List<Map<String, Object>> perangkatDaerah = new ArrayList<>();
		for (Map<String, Object> element : path) {
			String level = Objects.toString(element.get("level"), "");
			switch (level) {
				case "ASISTEN", "BAGIAN" -> cells.get(2).add(element);
				case "SUBBAGIAN" -> cells.get(3).add(element);
				default -> perangkatDaerah.add(element);
			}
		}
		boolean hasTujuan = perangkatDaerah.stream().anyMatch(e -> "TUJUAN".equals(e.get("kind")));
		for (int i = 0; i < perangkatDaerah.size(); i++) {
			Map<String, Object> element = perangkatDaerah.get(i);
			boolean tujuan = "TUJUAN".equals(element.get("kind")) || (!hasTujuan && i == 0
					&& perangkatDaerah.size() > 1 && "KONDISI".equals(element.get("kind")));
			cells.get(tujuan ? 0 : 1).add(element);
		}
		return cells.stream().map(MatriksBuilder::tier).toList();
	}

	private static Matriks.Tier tier(List<Map<String, Object>> elements) {
		if (elements.isEmpty()) {
			return Matriks.Tier.EMPTY;
		}
		return new Matriks.Tier(String.join("|", elements.stream().map(e -> (String) e.get("id")).toList()),
				String.join("\n", elements.stream().map(MatriksBuilder::labelled).toList()));
	}

	/** {@code CSF 1.1 Meningkatnya ...}: the name behind its code, as the decree numbers it. */
	private static String labelled(Map<String, Object> node) {
		String code = text(node.get("code"));
		String name = Objects.toString(node.get("name"), "");
		return code == null ? name : code + " " + name;
	}

	/** The target of the year as written, or null. */
	private String target(Map<String, Object> indicator) {
		List<?> years = list(indicator.get("targetYears"));
		List<?> raw = list(indicator.get("targetRaw"));
		for (int i = 0; i < years.size() && i < raw.size(); i++) {
			if (years.get(i) instanceof Number y && y.intValue() == this.year) {
				return text(raw.get(i));
			}
		}
		return null;
	}

	/**
	 * For an indicator nobody answers for: the units of the nearest element above it that has some, marked as
	 * such, so the column says who answers for what it measures without claiming more.
	 */
	private static String responsibleAbove(List<Map<String, Object>> path) {
		for (int i = path.size() - 1; i >= 0; i--) {
			String names = names(path.get(i).get("responsible"));
			if (names != null) {
				return names + " (penanggung jawab sasaran)";
			}
		}
		return null;
	}

	private static String names(Object names) {
		List<String> distinct = list(names).stream().map(Object::toString).distinct().sorted().toList();
		return distinct.isEmpty() ? null : String.join("; ", distinct);
	}

	private static String text(Object value) {
		String text = value == null ? null : value.toString().strip();
		return text == null || text.isEmpty() ? null : text;
	}

	private static List<?> list(Object value) {
		return value instanceof List<?> list ? list : List.of();
	}

	/** A row before it is numbered: the elements above (top first) and the indicator, null for none. */
	private record Pending(List<Map<String, Object>> path, Map<String, Object> indicator) {
	}

}
