package id.pokin.readiness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import id.pokin.graph.GraphReads;
import id.pokin.node.CascadeNode;
import id.pokin.node.NodeMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the rules' Cypher; every rule query is a read of its own ({@link GraphReads}: in-process on the embedded
 * default, through the driver on a server), with no timeout, whatever the size of the scope, so rules can run side
 * by side on several threads. The scope of the whole graph is read in a read-only transaction ({@link #read}).
 */
@Repository
class RuleQueries {

	private static final String NODES = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			RETURN n {.*} AS node
			""";

	private final Neo4jClient client;

	private final GraphReads reads;

	private final TransactionTemplate readOnly;

	RuleQueries(Neo4jClient client, GraphReads reads, PlatformTransactionManager transactions) {
		this.client = client;
		this.reads = reads;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	Neo4jClient client() {
		return this.client;
	}

	/** The ids of the nodes a rule finds at fault, one per finding. */
	List<String> nodeIds(ReadinessRule rule, Map<String, Object> parameters) {
		return rows(rule.query().nodes(), parameters).stream().map(row -> (String) row.get("id")).toList();
	}

	/**
	 * The ids of the nodes each rule finds at fault, one per finding, by rule id: one query for all of them, the
	 * rules' node forms one after the other ({@code UNION ALL}).
	 */
	Map<String, List<String>> nodeIds(List<ReadinessRule> rules, Map<String, Object> parameters) {
		if (rules.size() == 1) {
			return Map.of(rules.get(0).id(), nodeIds(rules.get(0), parameters));
		}
		String cypher = rules.stream()
			.map(rule -> "CALL () {\n" + rule.query().nodes() + "}\nRETURN '" + rule.id() + "' AS rule, id")
			.collect(Collectors.joining("\nUNION ALL\n"));
		Map<String, List<String>> ids = new HashMap<>();
		rows(cypher, parameters).forEach(row -> ids.computeIfAbsent((String) row.get("rule"), rule -> new ArrayList<>())
			.add((String) row.get("id")));
		return ids;
	}

	/**
	 * The findings' rows of a rule on these nodes: a local rule runs on the nodes alone, any other in the whole
	 * scope and keeps the rows on these nodes.
	 */
	List<Map<String, Object>> findingRows(ReadinessRule rule, Map<String, Object> parameters, Collection<String> ids) {
		Map<String, Object> bound = new HashMap<>(parameters);
		String cypher;
		if (rule.local()) {
			bound.put("documents", List.of());
			bound.put("checkedDocuments", List.of());
			bound.put("uncheckedDocuments", List.of());
			bound.put("nodes", List.copyOf(ids));
			cypher = rule.query().findings();
		}
		else {
			bound.put("ids", List.copyOf(ids));
			cypher = rule.query().findingsOn();
		}
		return rows(cypher, bound);
	}

	List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		return this.reads.listUnbounded(cypher, parameters);
	}

	@SuppressWarnings("unchecked")
	List<CascadeNode> nodes(Collection<String> ids) {
		return rows(NODES, Map.of("ids", List.copyOf(ids))).stream()
			.map(row -> NodeMapper.toNode((Map<String, Object>) row.get("node")))
			.toList();
	}

	/** Runs the work in a read-only transaction of its own, or in the caller's. */
	<T> T read(Supplier<T> query) {
		return this.readOnly.execute(status -> query.get());
	}

}
