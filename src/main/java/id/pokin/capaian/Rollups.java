package id.pokin.capaian;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.node.Indicator.Polarity;

/**
 * Capaian of every node of one subgraph for one (year, period), each computed once: an indicator's by
 * {@link CapaianFormula}, an element's as the roll-up of its direct contributors. A node under two parents is
 * computed once and counts in both.
 */
final class Rollups {

	private final Map<String, GraphNode> nodes;

	private final int year;

	private final Period period;

	private final CapaianProperties settings;

	private final Map<String, Capaian> done = new HashMap<>();

	/** Nodes being computed: a contributor met again on the way down closes a cycle and counts as no data. */
	private final Set<String> underWay = new HashSet<>();

	Rollups(Map<String, GraphNode> nodes, int year, Period period, CapaianProperties settings) {
		this.nodes = nodes;
		this.year = year;
		this.period = period;
		this.settings = settings;
	}

	Map<String, GraphNode> nodes() {
		return this.nodes;
	}

	/** The node's capaian (indicator) or roll-up (element); null when the node is not in the subgraph. */
	Capaian of(String id) {
		Capaian known = this.done.get(id);
		if (known != null) {
			return known;
		}
		GraphNode node = this.nodes.get(id);
		if (node == null) {
			return null;
		}
		if (!this.underWay.add(id)) {
			return Capaian.noData(new Text("Siklus dalam kaskade.", "A cycle in the cascade."), null, null, this.period);
		}
		Capaian capaian = node.isIndicator() ? indicator(node.properties(), this.year, this.period, this.settings)
				: rollup(node);
		this.underWay.remove(id);
		this.done.put(id, capaian);
		return capaian;
	}

	static Capaian indicator(Map<String, Object> properties, int year, Period period, CapaianProperties settings) {
		String targetRaw = null;
		Double targetValue = null;
		if (properties.get("targetYears") instanceof List<?> years && properties.get("targetRaw") instanceof List<?> raws) {
			List<?> values = properties.get("targetValue") instanceof List<?> v ? v : List.of();
			for (int i = 0; i < years.size() && i < raws.size(); i++) {
				if (((Number) years.get(i)).intValue() == year) {
					targetRaw = (String) raws.get(i);
					targetValue = i < values.size() && values.get(i) instanceof Number n && !Double.isNaN(n.doubleValue())
							? n.doubleValue() : null;
				}
			}
		}
		Polarity polarity = properties.get("polarity") instanceof String p ? Polarity.valueOf(p) : null;
		Realisasi realisasi = CapaianFormula.realisasiFor(RealisasiLists.read(properties), year, period);
		return CapaianFormula.of(polarity, targetRaw, targetValue, realisasi, year, period, settings);
	}

	/** The weighted mean of the direct contributors' capaian, each capped; those without one are counted out. */
	private Capaian rollup(GraphNode node) {
		double sum = 0;
		double weights = 0;
		int counted = 0;
		int of = 0;
		for (GraphNode.Contributor contributor : node.contributors()) {
			Capaian capaian = of(contributor.id());
			if (capaian == null) {
				continue; // a unit or a node outside the subgraph: not a contributor
			}
			of++;
			if (capaian.hasPercent()) {
				counted++;
				sum += contributor.weight() * Math.min(capaian.percent(), this.settings.cap());
				weights += contributor.weight();
			}
		}
		Coverage coverage = new Coverage(counted, of);
		String cap = CapaianFormula.round(this.settings.cap()) % 1 == 0 ? String.valueOf((long) this.settings.cap())
				: String.valueOf(this.settings.cap());
		if (counted == 0 || weights == 0) {
			return new Capaian(null, CapaianStatus.NO_DATA, null, null, null, null, this.period,
					new Text("Tidak ada kontributor langsung dengan capaian (0 dari " + of + ").",
							"No direct contributor has a capaian (0 of " + of + ")."),
					coverage);
		}
		double percent = CapaianFormula.round(sum / weights);
		return new Capaian(percent, this.settings.status(percent), null, null, null, null, this.period,
				new Text("Rata-rata tertimbang capaian " + counted + " dari " + of
						+ " kontributor langsung (bobot tautan, bawaan 1), masing-masing dibatasi " + cap
						+ "%; yang tanpa data tidak dihitung.",
						"Weighted mean of the capaian of " + counted + " of " + of
								+ " direct contributors (link weights, 1 by default), each capped at " + cap
								+ "%; those without data are left out."),
				coverage);
	}

	/**
	 * The failing indicators (AT_RISK, OFF_TRACK) below a node, worst first, and every path from each up to the
	 * node (start first, the node last), at most {@code max} paths; {@code count} is the number of all of them.
	 */
	Causes causes(String top, int max) {
		Set<String> below = new LinkedHashSet<>();
		ArrayDeque<String> queue = new ArrayDeque<>(List.of(top));
		while (!queue.isEmpty()) {
			GraphNode node = this.nodes.get(queue.poll());
			if (node == null) {
				continue;
			}
			for (GraphNode.Contributor contributor : node.contributors()) {
				if (this.nodes.containsKey(contributor.id()) && !contributor.id().equals(top)
						&& below.add(contributor.id())) {
					queue.add(contributor.id());
				}
			}
		}
		Map<String, List<String>> parents = new HashMap<>();
		for (String id : below) {
			parents.put(id, new ArrayList<>());
		}
		parents.put(top, List.of());
		for (String id : below) {
			for (GraphNode.Contributor contributor : this.nodes.get(id).contributors()) {
				if (parents.containsKey(contributor.id()) && !contributor.id().equals(top)) {
					parents.get(contributor.id()).add(id);
				}
			}
		}
		for (GraphNode.Contributor contributor : this.nodes.get(top).contributors()) {
			if (parents.containsKey(contributor.id())) {
				parents.get(contributor.id()).add(top);
			}
		}
		parents.values().forEach(list -> {
			if (list instanceof ArrayList<String> sortable) {
				sortable.sort(null); // paths in a stable order: by the ids along them
			}
		});
		List<String> failing = new ArrayList<>();
		for (String id : below) {
			if (this.nodes.get(id).isIndicator() && of(id).status().failing()) {
				failing.add(id);
			}
		}
		failing.sort(Comparator.comparingDouble((String id) -> of(id).percent()).thenComparing(id -> id));
		Map<String, Long> counts = new HashMap<>();
		long count = 0;
		for (String id : failing) {
			count += pathsUp(id, top, parents, counts, new HashSet<>());
		}
		List<List<String>> paths = new ArrayList<>();
		for (String id : failing) {
			if (paths.size() >= max) {
				break;
			}
			List<String> path = new ArrayList<>();
			path.add(id);
			walkUp(id, top, parents, path, paths, max);
		}
		return new Causes(paths, count);
	}

	private static long pathsUp(String id, String top, Map<String, List<String>> parents, Map<String, Long> counts,
			Set<String> onWay) {
		if (id.equals(top)) {
			return 1;
		}
		Long known = counts.get(id);
		if (known != null) {
			return known;
		}
		if (!onWay.add(id)) {
			return 0;
		}
		long sum = 0;
		for (String parent : parents.get(id)) {
			sum += pathsUp(parent, top, parents, counts, onWay);
		}
		onWay.remove(id);
		counts.put(id, sum);
		return sum;
	}

	private static void walkUp(String id, String top, Map<String, List<String>> parents, List<String> path,
			List<List<String>> paths, int max) {
		if (id.equals(top)) {
			paths.add(List.copyOf(path));
			return;
		}
		for (String parent : parents.get(id)) {
			if (paths.size() >= max) {
				return;
			}
			if (path.contains(parent)) {
				continue;
			}
			path.add(parent);
			walkUp(parent, top, parents, path, paths, max);
			path.remove(path.size() - 1);
		}
	}

	/** Cause paths as ids (failing indicator first, the node last) and how many there are in all. */
	record Causes(List<List<String>> paths, long count) {
	}

}
