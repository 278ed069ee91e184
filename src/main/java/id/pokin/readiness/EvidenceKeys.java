package id.pokin.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import id.pokin.node.CascadeNode;

/**
 * The evidence keys the rules declare, as an evaluator reads them: a label in both languages, and how the values
 * are shown (kinds and levels in words, node ids as the nodes' names, reason codes as sentences). The key and its
 * raw values stay in the API for programs; what people read never shows an id or an enum code.
 * <p>
 * A hidden key ({@link #HIDDEN}) only helps to show another one (a duplicate group's region name and the places of
 * its members) and is not listed as evidence of its own.
 */
final class EvidenceKeys {

	/** Keys that help show others and are not evidence of their own. */
	static final Set<String> HIDDEN = Set.of("regionName", "places", "parentName");

	/** How many affected nodes a finding names; the rest are counted. */
	static final int AFFECTED_SHOWN = 20;

	private static final Map<String, Text> LABELS = Map.ofEntries(
			Map.entry("responsibleUnits", new Text("Unit penanggung jawab", "Responsible units")),
			Map.entry("affectedCount", new Text("Jumlah indikator terdampak", "Indicators affected")),
			Map.entry("affected", new Text("Indikator terdampak", "Affected indicators")),
			Map.entry("top", new Text("Puncak yang harus dicapai", "Top to reach")),
			Map.entry("kind", new Text("Jenis", "Kind")),
			Map.entry("contributingElements", new Text("Elemen yang berkontribusi", "Contributing elements")),
			Map.entry("unitsAbove", new Text("Unit di atasnya", "Units above it")),
			Map.entry("level", new Text("Tingkat", "Level")),
			Map.entry("partOf", new Text("Bagian dari", "Part of")),
			Map.entry("missing", new Text("Belum diisi", "Missing")),
			Map.entry("missingYears", new Text("Tahun tanpa target", "Years without a target")),
			Map.entry("targetYears", new Text("Tahun bertarget", "Years with a target")),
			Map.entry("planPeriod", new Text("Periode rencana", "Plan period")),
			Map.entry("year", new Text("Tahun evaluasi", "Year under evaluation")),
			Map.entry("reasons", new Text("Ketidaksesuaian", "Mismatches")),
			Map.entry("satuan", new Text("Satuan", "Satuan (unit of measure)")),
			Map.entry("formula", new Text("Formula", "Formula")),
			Map.entry("fromLevel", new Text("Tingkat simpul", "Level of the node")),
			Map.entry("toLevel", new Text("Tingkat induk", "Level of the parent")),
			Map.entry("skipped", new Text("Tingkat yang dilewati", "Levels skipped")),
			Map.entry("parent", new Text("Induk", "Parent")),
			Map.entry("parentName", new Text("Nama induk", "Parent's name")),
			Map.entry("fromKind", new Text("Jenis simpul", "Kind of the node")),
			Map.entry("toKind", new Text("Jenis induk", "Kind of the parent")),
			Map.entry("cycle", new Text("Siklus", "Cycle")),
			Map.entry("members", new Text("Anggota", "Members")),
			Map.entry("size", new Text("Jumlah simpul", "Nodes")),
			Map.entry("normalizedName", new Text("Nama (dinormalkan)", "Name (normalised)")),
			Map.entry("region", new Text("Wilayah", "Region")),
			Map.entry("count", new Text("Jumlah", "Count")),
			Map.entry("indicatorKind", new Text("Jenis indikator", "Indicator kind")),
			Map.entry("iku", new Text("IKU", "IKU (key indicator)")),
			Map.entry("polarity", new Text("Polaritas", "Polarity")),
			Map.entry("drops", new Text("Penurunan target", "Targets that get worse")),
			Map.entry("missingPeriods", new Text("Triwulan tanpa realisasi", "Quarters without realisasi")),
			Map.entry("quartersEnded", new Text("Triwulan yang sudah berakhir", "Quarters ended")),
			Map.entry("period", new Text("Periode realisasi", "Realisasi period")),
			Map.entry("target", new Text("Target", "Target")),
			Map.entry("realisasi", new Text("Realisasi", "Realisasi")),
			Map.entry("capaian", new Text("Capaian (%)", "Capaian (%)")),
			Map.entry("reason", new Text("Alasan", "Reason")));

	private EvidenceKeys() {
	}

	/** The key's label; a key without one is shown by its name (a rule added without a label is still readable). */
	static Text label(String key) {
		return LABELS.getOrDefault(key, Words.same(key));
	}

	static boolean hasLabel(String key) {
		return LABELS.containsKey(key);
	}

	/**
	 * The values of one key as people read them.
	 *
	 * @param raw every evidence value of the finding, for keys shown with the help of others
	 * @param nodes the nodes the finding is about, by id (its node, related and affected)
	 */
	static Text value(String key, List<String> values, Map<String, List<String>> raw, Map<String, CascadeNode> nodes) {
		return switch (key) {
			case "kind", "fromKind", "toKind", "level", "fromLevel", "toLevel", "skipped" ->
				each(values, Words::kindOrLevel, ", ");
			case "top" -> each(values, Words::top, ", ");
			case "missing" -> each(values, Words::field, ", ");
			case "reasons" -> each(values, Words::mismatch, "; ");
			case "polarity" -> each(values, Words::polarity, ", ");
			case "indicatorKind" -> each(values, Words::indicatorKind, ", ");
			case "missingPeriods", "period" -> each(values, Words::period, ", ");
			case "reason" -> each(values, Words::implausible, ", ");
			case "iku" -> each(values, Words::yesNo, ", ");
			case "parent" -> each(values, id -> nodeOrUnknown(id, nodes), "; ");
			// the path as one text, "a -> b -> a" (as the API has always given it)
			case "cycle" -> each(values.stream().flatMap(path -> List.of(path.split(" -> ")).stream()).toList(),
					id -> nodeOrUnknown(id, nodes), " \u2192 ");
			case "members" -> members(values, raw.getOrDefault("places", List.of()), nodes);
			case "affected" -> affected(values, raw.getOrDefault("affectedCount", List.of()), nodes);
			// target-missing without a plan period: every year lacks a target, none is named
			case "missingYears" -> values.isEmpty() ? new Text("mana pun", "any year") : each(values, Words::same, ", ");
			case "planPeriod" -> values.isEmpty() ? new Text("tidak dinyatakan", "not stated") : each(values, Words::same, ", ");
			case "region" -> {
				List<String> names = raw.getOrDefault("regionName", List.of());
				yield each(names.isEmpty() ? values : names, Words::same, ", ");
			}
			default -> each(values, Words::same, ", ");
		};
	}

	private static Text each(List<String> values, Function<String, Text> word, String separator) {
		return Words.join(values.stream().map(word).toList(), separator);
	}

	private static Text nodeOrUnknown(String id, Map<String, CascadeNode> nodes) {
		CascadeNode node = nodes.get(id);
		return node == null ? new Text("(simpul yang sudah dihapus)", "(a node since deleted)") : Words.node(node);
	}

	/** Each member with where it is (its unit and its place in the document): one name cannot tell them apart. */
	private static Text members(List<String> ids, List<String> places, Map<String, CascadeNode> nodes) {
		List<Text> shown = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			Text node = nodeOrUnknown(ids.get(i), nodes);
			String place = i < places.size() ? places.get(i) : "";
			shown.add(place == null || place.isBlank() ? node
					: new Text(node.id() + " (" + place + ")", node.en() + " (" + place + ")"));
		}
		return Words.join(shown, "; ");
	}

	private static Text affected(List<String> ids, List<String> count, Map<String, CascadeNode> nodes) {
		int total = count.isEmpty() ? ids.size() : Integer.parseInt(count.get(0));
		List<Text> shown = ids.stream().map(id -> nodeOrUnknown(id, nodes)).toList();
		return shown.isEmpty() ? Words.none() : Words.andMore(shown, total);
	}

}
