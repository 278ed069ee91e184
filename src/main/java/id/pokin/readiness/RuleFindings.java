package id.pokin.readiness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pokin.node.CascadeNode;
import id.pokin.readiness.Cycles.Cycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the findings of a rule on some of a run's nodes (a page's, a download's chunk), from the rule's rows. */
final class RuleFindings {

	private static final Logger log = LoggerFactory.getLogger(RuleFindings.class);

	private final RuleQueries queries;

	private final Map<String, Object> parameters;

	private final RunHits hits;

	RuleFindings(RuleQueries queries, Map<String, Object> parameters, RunHits hits) {
		this.queries = queries;
		this.parameters = parameters;
		this.hits = hits;
	}

	/** The findings of a rule on these nodes, by node; several on one node in the order of their evidence. */
	Map<String, List<Finding>> on(ReadinessRule rule, Collection<String> nodes) {
		long start = System.nanoTime();
		List<Finding> findings;
		if (rule.shape() == ReadinessRule.Shape.CYCLES) {
			findings = cycleFindings(rule, nodes);
		}
		else {
			findings = this.queries.findingRows(rule, this.parameters, nodes).stream().map(rule::finding).toList();
		}
		log.debug("{}: {} findings built for {} nodes in {} ms", rule.id(), findings.size(), nodes.size(),
				(System.nanoTime() - start) / 1_000_000);
		Map<String, List<Finding>> byNode = new HashMap<>();
		findings.forEach(f -> byNode.computeIfAbsent(f.node().id(), k -> new ArrayList<>()).add(f));
		byNode.values().forEach(list -> list.sort(Comparator.comparing(Finding::rawEvidence)
			.thenComparing(f -> f.related().stream().map(CascadeNode::id).collect(Collectors.joining(",")))));
		return byNode;
	}

	private List<Finding> cycleFindings(ReadinessRule rule, Collection<String> firsts) {
		Set<String> wanted = Set.copyOf(firsts);
		List<Cycle> selected = this.hits.cycles(rule).stream().filter(cycle -> wanted.contains(cycle.first())).toList();
		Map<String, CascadeNode> nodes = this.queries
			.nodes(selected.stream().flatMap(c -> c.members().stream()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(CascadeNode::id, Function.identity()));
		return selected.stream()
			.map(cycle -> rule.finding(nodes.get(cycle.first()),
					Map.of("cycle", String.join(" -> ", cycle.path()), "members", cycle.members(), "size",
							cycle.members().size()),
					cycle.members().stream().map(nodes::get).toList()))
			.toList();
	}

}
