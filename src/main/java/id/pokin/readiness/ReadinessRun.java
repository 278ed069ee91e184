package id.pokin.readiness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import id.pokin.node.CascadeNode;
import id.pokin.node.NodeMapper;
import id.pokin.readiness.Cycles.Cycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One readiness check of one scope and year, evaluated lazily and never all at once: each rule first runs in its
 * short form, which yields only the ids of the nodes at fault ({@link RuleHits}); counts, score and the order of
 * the findings come from those. Findings are built only for the nodes of a page (or, for a download, a chunk at a
 * time). The hits of a rule are computed once per run, on the given executor, so a request that asks for the
 * counts and a page of findings runs every rule once, several side by side.
 */
final class ReadinessRun {

	private static final Logger log = LoggerFactory.getLogger(ReadinessRun.class);

	/** How many nodes' findings a download builds at a time. */
	static final int CHUNK = 500;

	private final RuleQueries queries;

	private final Executor executor;

	private final ReadinessScope scope;

	private final Integer year;

	private final Map<String, Object> parameters;

	/** The rules that run, in catalog order. */
	private final List<ReadinessRule> rules;

	/** The same, in the order of the findings: errors first, then warnings, then information; catalog order within. */
	private final List<ReadinessRule> ordered;

	private final Map<String, CompletableFuture<RuleHits>> hits = new ConcurrentHashMap<>();

	/** The rules' times in any report: the slowest start first, timed rules run a few to a query. */
	private final RuleTimes times;

	private volatile List<Cycle> cycles;

	ReadinessRun(RuleQueries queries, Executor executor, RuleTimes times, ReadinessScope scope, Integer year,
			List<ReadinessRule> rules, Map<String, Object> parameters) {
		this.queries = queries;
		this.executor = executor;
		this.times = times;
		this.scope = scope;
		this.year = year;
		this.rules = List.copyOf(rules);
		this.ordered = this.rules.stream().sorted(Comparator.comparing(ReadinessRule::severity)).toList();
		this.parameters = Collections.unmodifiableMap(new HashMap<>(parameters));
	}

	ReadinessScope scope() {
		return this.scope;
	}

	Integer year() {
		return this.year;
	}

	List<ReadinessRule> rules() {
		return this.rules;
	}

	/**
	 * Starts every rule's hits now, side by side, so that what asks for them later does not wait for each in turn.
	 * Until every rule has been timed (the first two reports), and always for the whole graph, each runs as a query
	 * of its own, slowest first. After
	 * that the rules are spread over one task per thread, balanced by their times (the same groups every time, see
	 * {@link RuleTimes}), and a task runs its rules' node forms as one combined query ({@code UNION ALL}; the cycle
	 * rule, whose rows are links, on its own): on a small machine a query's round trips and transaction cost as much
	 * as a small rule's work.
	 */
	void prefetch() {
		List<ReadinessRule> pending = this.rules.stream().filter(rule -> !this.hits.containsKey(rule.id())).toList();
		// the whole graph: every rule a query of its own, slowest first, so the threads share them out as they finish
		// (at this size a query's own cost is nothing, and fixed groups end seconds apart)
		if (this.scope.root() == null || !this.times.allTimed(pending)) {
			this.times.slowestFirst(pending).forEach(this::hitsFuture);
			return;
		}
		for (List<ReadinessRule> group : this.times.groups(pending)) {
			Map<String, CompletableFuture<RuleHits>> futures = new LinkedHashMap<>();
			for (ReadinessRule rule : group) {
				CompletableFuture<RuleHits> future = new CompletableFuture<>();
				if (this.hits.putIfAbsent(rule.id(), future) == null) {
					futures.put(rule.id(), future);
				}
			}
			futures.forEach(this::forgetIfFailed);
			List<ReadinessRule> mine = group.stream().filter(rule -> futures.containsKey(rule.id())).toList();
			if (!mine.isEmpty()) {
				this.executor.execute(() -> runTogether(mine, futures));
			}
		}
	}

	private void runTogether(List<ReadinessRule> rules, Map<String, CompletableFuture<RuleHits>> futures) {
		try {
			List<ReadinessRule> combined = new ArrayList<>();
			for (ReadinessRule rule : rules) {
				if (rule.shape() == ReadinessRule.Shape.CYCLES) {
					futures.get(rule.id()).complete(computeHits(rule));
				}
				else {
					combined.add(rule);
				}
			}
			if (!combined.isEmpty()) {
				long start = System.nanoTime();
				Map<String, List<String>> ids = this.queries.nodeIds(combined, this.parameters);
				log.debug("{}: {} ms together", combined.stream().map(ReadinessRule::id).toList(),
						(System.nanoTime() - start) / 1_000_000);
				combined.forEach(rule -> futures.get(rule.id()).complete(RuleHits.of(ids.getOrDefault(rule.id(), List.of()))));
			}
		}
		catch (RuntimeException | Error ex) {
			futures.values().forEach(future -> future.completeExceptionally(ex));
		}
	}

	RuleHits hits(ReadinessRule rule) {
		return join(hitsFuture(rule));
	}

	/** The result of work done on the pool, with its own exception if it failed. */
	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private CompletableFuture<RuleHits> hitsFuture(ReadinessRule rule) {
		// a failure is forgotten as it completes; one whose forgetting has not run yet is forgotten here
		CompletableFuture<RuleHits> present = this.hits.get(rule.id());
		if (present != null && present.isCompletedExceptionally()) {
			this.hits.remove(rule.id(), present);
		}
		return forgetIfFailed(rule.id(), this.hits.computeIfAbsent(rule.id(),
				id -> CompletableFuture.supplyAsync(() -> computeHits(rule), this.executor)));
	}

	/** A rule that failed (a timeout, the database away) runs again when asked again: a kept report may be. */
	private CompletableFuture<RuleHits> forgetIfFailed(String ruleId, CompletableFuture<RuleHits> future) {
		future.whenComplete((found, failure) -> {
			if (failure != null) {
				this.hits.remove(ruleId, future);
			}
		});
		return future;
	}

	private RuleHits computeHits(ReadinessRule rule) {
		long start = System.nanoTime();
		RuleHits found = rule.shape() == ReadinessRule.Shape.CYCLES
				? RuleHits.of(cycles(rule).stream().map(Cycle::first).toList())
				: RuleHits.of(this.queries.nodeIds(rule, this.parameters));
		long nanos = System.nanoTime() - start;
		this.times.record(rule.id(), nanos);
		log.debug("{}: {} findings on {} nodes in {} ms", rule.id(), found.total(), found.size(), nanos / 1_000_000);
		return found;
	}

	/** Every rule's hits, in catalog order (all computed side by side). */
	Map<ReadinessRule, RuleHits> allHits() {
		prefetch();
		Map<ReadinessRule, RuleHits> all = new LinkedHashMap<>();
		this.rules.forEach(rule -> all.put(rule, hits(rule)));
		return all;
	}

	/**
	 * The sum over the nodes with findings of min(1, their findings' weights), merging the rules' sorted hits node by
	 * node: no map of every node at fault is built.
	 */
	double brokenNodes() {
		record Cursor(RuleHits hits, double weight, int index) {
			String node() {
				return this.hits.node(this.index);
			}
		}
		PriorityQueue<Cursor> queue = new PriorityQueue<>(Comparator.comparing(Cursor::node));
		allHits().forEach((rule, hits) -> {
			if (hits.size() > 0) {
				queue.add(new Cursor(hits, rule.severity().weight(), 0));
			}
		});
		double broken = 0;
		while (!queue.isEmpty()) {
			String node = queue.peek().node();
			double weight = 0;
			while (!queue.isEmpty() && queue.peek().node().equals(node)) {
				Cursor cursor = queue.poll();
				weight += cursor.weight() * cursor.hits().findings(cursor.index());
				if (cursor.index() + 1 < cursor.hits().size()) {
					queue.add(new Cursor(cursor.hits(), cursor.weight(), cursor.index() + 1));
				}
			}
			broken += Math.min(1.0, weight);
		}
		return broken;
	}

	record Page(List<Positioned> findings, boolean hasNext) {
	}

	record Positioned(Position position, Finding finding) {
	}

	/**
	 * The findings after a position (from the first without one), at most {@code limit} of them, of the rules the
	 * filter keeps. Only the rules up to the end of the page run (and the next one with findings, to know whether
	 * there is more), unless something else already asked for them.
	 */
	Page page(Position after, int limit, Predicate<ReadinessRule> filter) {
		int first = 0;
		if (after != null) {
			first = indexOf(after.rule());
			if (first < 0) {
				throw new IllegalArgumentException("findings: 'after' is a cursor of another report (rule "
						+ after.rule() + " did not run in this one)");
			}
		}
		List<Position> positions = new ArrayList<>();
		for (int r = first; r < this.ordered.size() && positions.size() <= limit; r++) {
			ReadinessRule rule = this.ordered.get(r);
			if (!filter.test(rule)) {
				continue;
			}
			RuleHits hits = hits(rule);
			int node = 0;
			int n = 0;
			if (after != null && r == first) {
				int found = hits.indexOf(after.node());
				if (found >= 0) {
					node = found;
					n = after.n() + 1;
				}
				else {
					node = -found - 1;
				}
			}
			for (; node < hits.size() && positions.size() <= limit; node++, n = 0) {
				for (; n < hits.findings(node) && positions.size() <= limit; n++) {
					positions.add(new Position(rule.id(), hits.node(node), n));
				}
			}
		}
		boolean hasNext = positions.size() > limit;
		List<Position> onPage = positions.subList(0, Math.min(limit, positions.size()));
		// the findings of each rule on the page, built side by side
		Map<String, CompletableFuture<Map<String, List<Finding>>>> building = new LinkedHashMap<>();
		onPage.stream()
			.collect(Collectors.groupingBy(Position::rule, LinkedHashMap::new,
					Collectors.mapping(Position::node, Collectors.toCollection(LinkedHashSet::new))))
			.forEach((rule, nodes) -> building.put(rule,
					CompletableFuture.supplyAsync(() -> findings(rule(rule), nodes), this.executor)));
		Map<String, Map<String, List<Finding>>> found = new HashMap<>();
		building.forEach((rule, future) -> found.put(rule, join(future)));
		List<Positioned> page = new ArrayList<>();
		for (Position position : onPage) {
			List<Finding> onNode = found.get(position.rule()).getOrDefault(position.node(), List.of());
			// a node whose findings changed since the rule was counted keeps its place with what it has now
			if (position.n() < onNode.size()) {
				page.add(new Positioned(position, onNode.get(position.n())));
			}
		}
		return new Page(page, hasNext);
	}

	/** Every finding, in report order, built a chunk of nodes at a time. */
	void forEach(Consumer<Finding> action) {
		prefetch();
		for (ReadinessRule rule : this.ordered) {
			RuleHits hits = hits(rule);
			for (int from = 0; from < hits.size(); from += CHUNK) {
				List<String> chunk = new ArrayList<>();
				for (int i = from; i < Math.min(hits.size(), from + CHUNK); i++) {
					chunk.add(hits.node(i));
				}
				Map<String, List<Finding>> found = findings(rule, chunk);
				chunk.forEach(node -> found.getOrDefault(node, List.of()).forEach(action));
			}
		}
	}

	/** The findings of a rule on these nodes, by node; several on one node in the order of their evidence. */
	private Map<String, List<Finding>> findings(ReadinessRule rule, Collection<String> nodes) {
		long start = System.nanoTime();
		List<Finding> findings;
		if (rule.shape() == ReadinessRule.Shape.CYCLES) {
			findings = cycleFindings(rule, nodes);
		}
		else {
			findings = this.queries.findingRows(rule, this.parameters, nodes).stream().map(row -> finding(rule, row)).toList();
		}
		log.debug("{}: {} findings built for {} nodes in {} ms", rule.id(), findings.size(), nodes.size(),
				(System.nanoTime() - start) / 1_000_000);
		Map<String, List<Finding>> byNode = new HashMap<>();
		findings.forEach(f -> byNode.computeIfAbsent(f.node().id(), k -> new ArrayList<>()).add(f));
		byNode.values().forEach(list -> list.sort(Comparator.comparing(Finding::evidenceText)
			.thenComparing(f -> f.related().stream().map(CascadeNode::id).collect(Collectors.joining(",")))));
		return byNode;
	}

	@SuppressWarnings("unchecked")
	private static Finding finding(ReadinessRule rule, Map<String, Object> row) {
		CascadeNode node = NodeMapper.toNode((Map<String, Object>) row.get("node"));
		Map<String, Object> evidence = (Map<String, Object>) row.get("evidence");
		List<Map<String, Object>> related = (List<Map<String, Object>>) row.getOrDefault("related", List.of());
		return rule.finding(node, evidence, related.stream().map(NodeMapper::toNode).toList());
	}

	private List<Cycle> cycles(ReadinessRule rule) {
		List<Cycle> found = this.cycles;
		if (found == null) {
			synchronized (this) {
				found = this.cycles;
				if (found == null) {
					List<Cycles.Link> links = this.queries.rows(rule.cypher(), this.parameters)
						.stream()
						.map(row -> new Cycles.Link((String) row.get("from"), (String) row.get("to")))
						.toList();
					found = Cycles.find(links);
					this.cycles = found;
				}
			}
		}
		return found;
	}

	private List<Finding> cycleFindings(ReadinessRule rule, Collection<String> firsts) {
		Set<String> wanted = Set.copyOf(firsts);
		List<Cycle> selected = cycles(rule).stream().filter(cycle -> wanted.contains(cycle.first())).toList();
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

	private int indexOf(String ruleId) {
		for (int i = 0; i < this.ordered.size(); i++) {
			if (this.ordered.get(i).id().equals(ruleId)) {
				return i;
			}
		}
		return -1;
	}

	ReadinessRule rule(String ruleId) {
		return this.ordered.get(indexOf(ruleId));
	}

}
