package id.pokin.readiness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import id.pokin.node.CascadeNode;
import id.pokin.node.NodeMapper;

import org.springframework.stereotype.Component;

/**
 * What a report's findings can be filtered by, over the whole scope and not only the findings a client has loaded:
 * the units of the findings (each with its perangkat daerah and region, so that two regions' "Bagian Hukum" are told
 * apart) and the number of findings of each, the rules and the severities; and the nodes of one unit, to keep a
 * page of findings to them. A finding belongs to the units that answer for its node, or to its node when that is a
 * unit.
 */
@Component
class ReportFacets {

	private static final String UNITS = """
			UNWIND $counts AS c
			MATCH (n:Node {id: c.id})
			CALL (n) {
			  WITH n WHERE n:Unit
			  RETURN n AS u
			  UNION
			  MATCH (u:Unit)-[:RESPONSIBLE_FOR]->(n)
			  RETURN u
			}
			WITH u, sum(c.n) AS count
			CALL (u) {
			  OPTIONAL MATCH (u)-[:PART_OF*0..]->(pd:Unit {level: 'PERANGKAT_DAERAH'})
			  RETURN head(collect(pd)) AS pd
			}
			CALL (u) {
			  OPTIONAL MATCH (u)-[:PART_OF*0..]->(region:Unit {level: 'PEMDA'})
			  RETURN head(collect(region)) AS region
			}
			RETURN u {.*} AS unit, pd {.*} AS perangkatDaerah, region {.*} AS region, count
			ORDER BY region.name, pd.name, u.name, u.id
			""";

	private static final String WITHOUT_UNIT = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			WHERE NOT n:Unit AND NOT EXISTS { (n)<-[:RESPONSIBLE_FOR]-(:Unit) }
			RETURN n.id AS id
			""";

	private static final String OF_UNIT = """
			MATCH (u:Node {id: $unit})
			WHERE u:Unit
			CALL (u) {
			  RETURN u.id AS id
			  UNION
			  MATCH (u)-[:RESPONSIBLE_FOR]->(n:Node)
			  RETURN n.id AS id
			}
			RETURN id
			""";

	/** A unit of the scope's findings, with where it sits, and how many findings it has. */
	record UnitFacet(CascadeNode unit, CascadeNode perangkatDaerah, CascadeNode region, int count) {
	}

	/**
	 * The facets of a report: the units over the whole scope; the rules' and severities' counts within the unit
	 * asked for (the whole scope without one).
	 */
	record Facets(List<UnitFacet> units, int withoutUnit, List<ReadinessReport.RuleCount> rules,
			List<ReadinessReport.SeverityCount> severities) {
	}

	private final RuleQueries queries;

	ReportFacets(RuleQueries queries) {
		this.queries = queries;
	}

	/** The facets; with a unit (or {@code withoutUnit}) the counts are of that unit's findings. */
	Facets of(ReadinessReport report, String unit, boolean withoutUnit) {
		Map<ReadinessRule, RuleHits> hits = report.hits();
		Map<String, Integer> perNode = new LinkedHashMap<>();
		hits.values().forEach(found -> {
			for (int i = 0; i < found.size(); i++) {
				perNode.merge(found.node(i), found.findings(i), Integer::sum);
			}
		});
		List<Map<String, Object>> counts = new ArrayList<>();
		perNode.forEach((id, n) -> counts.add(Map.of("id", id, "n", n)));
		List<UnitFacet> units = new ArrayList<>();
		if (!counts.isEmpty()) {
			this.queries.rows(UNITS, Map.of("counts", counts)).forEach(row -> units.add(new UnitFacet(node(row.get("unit")),
					node(row.get("perangkatDaerah")), node(row.get("region")), ((Number) row.get("count")).intValue())));
		}
		Set<String> orphans = without(perNode.keySet());
		int withoutCount = orphans.stream().mapToInt(perNode::get).sum();
		Predicate<String> kept = filter(unit, withoutUnit, orphans);
		return new Facets(List.copyOf(units), withoutCount, report.byRule(kept), report.bySeverity(kept));
	}

	/** Which nodes' findings to keep: a unit's, those of no unit, or all. */
	Predicate<String> filter(ReadinessReport report, String unit, boolean withoutUnit) {
		if (withoutUnit) {
			Set<String> nodes = new HashSet<>();
			report.hits().values().forEach(found -> {
				for (int i = 0; i < found.size(); i++) {
					nodes.add(found.node(i));
				}
			});
			return filter(unit, true, without(nodes));
		}
		return filter(unit, false, Set.of());
	}

	private Predicate<String> filter(String unit, boolean withoutUnit, Set<String> orphans) {
		Predicate<String> ofUnit = node -> true;
		if (unit != null && !unit.isBlank()) {
			Set<String> nodes = new HashSet<>();
			this.queries.rows(OF_UNIT, Map.of("unit", unit.strip())).forEach(row -> nodes.add((String) row.get("id")));
			ofUnit = nodes::contains;
		}
		return withoutUnit ? ofUnit.and(orphans::contains) : ofUnit;
	}

	private Set<String> without(Set<String> nodes) {
		Set<String> orphans = new HashSet<>();
		if (!nodes.isEmpty()) {
			this.queries.rows(WITHOUT_UNIT, Map.of("ids", List.copyOf(nodes)))
				.forEach(row -> orphans.add((String) row.get("id")));
		}
		return orphans;
	}

	@SuppressWarnings("unchecked")
	private static CascadeNode node(Object value) {
		return value == null ? null : NodeMapper.toNode((Map<String, Object>) value);
	}

}
