package id.pokin.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pokin.node.Indicator.IndicatorKind;
import id.pokin.node.Indicator.Polarity;

/**
 * Turns a node's properties, as projected by Cypher ({@code n {.*}}), into the model. The property names
 * are the graph's schema: see {@code ARCHITECTURE.md}.
 */
public final class NodeMapper {

	private NodeMapper() {
	}

	public static CascadeNode toNode(Map<String, Object> p) {
		NodeKind kind = NodeKind.valueOf(string(p, "kind"));
		Provenance source = new Provenance(string(p, "sourceDocument"), string(p, "sourceRef"));
		long version = p.get("version") instanceof Number n ? n.longValue() : 0L;
		Level level = p.get("level") == null ? null : Level.valueOf(string(p, "level"));
		return switch (kind) {
			case UNIT -> new Unit(string(p, "id"), string(p, "code"), string(p, "name"), level, source, version);
			case INDIKATOR -> new Indicator(string(p, "id"), string(p, "code"), string(p, "name"), level,
					string(p, "satuan"), measure(p, "baseline"), targets(p), measure(p, "finalTarget"),
					string(p, "formula"), string(p, "dataSource"), string(p, "definition"), string(p, "rationale"),
					p.get("indicatorKind") == null ? null : IndicatorKind.valueOf(string(p, "indicatorKind")),
					p.get("polarity") == null ? null : Polarity.valueOf(string(p, "polarity")),
					Boolean.TRUE.equals(p.get("iku")), source, version);
			default -> new Element(string(p, "id"), kind, string(p, "code"), string(p, "name"), level,
					string(p, "description"), string(p, "problems"), source, version);
		};
	}

	private static String string(Map<String, Object> p, String key) {
		Object value = p.get(key);
		return value == null ? null : value.toString();
	}

	private static Measure measure(Map<String, Object> p, String prefix) {
		String raw = string(p, prefix + "Raw");
		return raw == null ? null : new Measure(raw, number(p.get(prefix + "Value")));
	}

	private static List<Target> targets(Map<String, Object> p) {
		// a projection holds the key with null where the node has no such property
		List<?> years = list(p, "targetYears");
		List<?> raws = list(p, "targetRaw");
		List<?> values = list(p, "targetValue");
		List<Target> targets = new ArrayList<>(years.size());
		for (int i = 0; i < years.size(); i++) {
			targets.add(new Target(((Number) years.get(i)).intValue(), (String) raws.get(i),
					i < values.size() ? number(values.get(i)) : null));
		}
		return targets;
	}

	private static List<?> list(Map<String, Object> p, String key) {
		return p.get(key) instanceof List<?> list ? list : List.of();
	}

	/** Lists in Neo4j cannot hold nulls, so a target without a number is stored as NaN. */
	private static Double number(Object value) {
		if (value instanceof Number n && !Double.isNaN(n.doubleValue())) {
			return n.doubleValue();
		}
		return null;
	}

}
