package id.pokin.readiness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pokin.cascade.CascadeNode;
import id.pokin.cascade.Level;
import id.pokin.cascade.NodeMapper;
import id.pokin.readiness.Cycles.Cycle;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs every enabled rule over a scope in one read-only transaction and turns the rows into a report. */
@Service
@Transactional(readOnly = true)
class ReadinessService {

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2200;

	private final RuleQueries queries;

	private final RuleCatalog catalog;

	ReadinessService(RuleQueries queries, RuleCatalog catalog) {
		this.queries = queries;
		this.catalog = catalog;
	}

	ReadinessReport check(String scopeId, Integer year) {
		if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
			throw new IllegalArgumentException(
					"readiness: 'year' must be between " + MIN_YEAR + " and " + MAX_YEAR + ", was " + year);
		}
		ReadinessScope scope = ReadinessScope.of(this.queries.client(), blankToNull(scopeId));
		Map<String, Object> parameters = parameters(scope, year);

		List<Finding> findings = new ArrayList<>();
		Map<ReadinessRule, Integer> counts = new LinkedHashMap<>();
		for (ReadinessRule rule : this.catalog.enabled()) {
			if (rule.needsYear() && year == null) {
				continue;
			}
			List<Finding> found = run(rule, parameters);
			counts.put(rule, found.size());
			findings.addAll(found);
		}
		return ReadinessReport.of(scope, year, counts, findings);
	}

	/** What every rule's Cypher is given: the scope, the year and the shape of the cascade. */
	Map<String, Object> parameters(ReadinessScope scope, Integer year) {
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("year", year);
		parameters.put("top", this.catalog.topLevel());
		parameters.put("topKinds", this.catalog.topKinds());
		parameters.put("topLevels", this.catalog.topLevels());
		parameters.put("levels", levelRanks());
		parameters.put("levelOrder", List.of(Level.values()).stream().map(Enum::name).toList());
		return parameters;
	}

	private List<Finding> run(ReadinessRule rule, Map<String, Object> parameters) {
		List<Map<String, Object>> rows = this.queries.rows(rule.cypher(), parameters);
		return switch (rule.shape()) {
			case CYCLES -> cycles(rule, rows);
			case FINDING_PER_ROW, FINDING_PER_ROW_FOR_YEAR -> rows.stream().map(row -> finding(rule, row)).toList();
		};
	}

	@SuppressWarnings("unchecked")
	private static Finding finding(ReadinessRule rule, Map<String, Object> row) {
		CascadeNode node = NodeMapper.toNode((Map<String, Object>) row.get("node"));
		Map<String, Object> evidence = (Map<String, Object>) row.get("evidence");
		List<Map<String, Object>> related = (List<Map<String, Object>>) row.getOrDefault("related", List.of());
		return rule.finding(node, evidence, related.stream().map(NodeMapper::toNode).toList());
	}

	private List<Finding> cycles(ReadinessRule rule, List<Map<String, Object>> rows) {
		List<Cycles.Link> links = rows.stream()
			.map(row -> new Cycles.Link((String) row.get("from"), (String) row.get("to")))
			.toList();
		List<Cycle> cycles = Cycles.find(links);
		Map<String, CascadeNode> nodes = this.queries
			.nodes(cycles.stream().flatMap(c -> c.members().stream()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(CascadeNode::id, Function.identity()));
		return cycles.stream()
			.map(cycle -> rule.finding(nodes.get(cycle.first()),
					Map.of("cycle", String.join(" -> ", cycle.path()), "members", cycle.members(), "size", cycle.members().size()),
					cycle.members().stream().map(nodes::get).toList()))
			.toList();
	}

	private static Map<String, Object> levelRanks() {
		Map<String, Object> ranks = new LinkedHashMap<>();
		for (Level level : Level.values()) {
			ranks.put(level.name(), level.rank());
		}
		return ranks;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
