package id.pokin.readiness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One readiness check of one scope and year, evaluated lazily and never all at once: each rule first runs in its
 * short form, which yields only the ids of the nodes at fault ({@link RuleHits}, computed once per run by
 * {@link RunHits}); counts, score and the order of the findings come from those. Findings are built only for the
 * nodes of a page (or, for a download, a chunk at a time) by {@link RuleFindings}. A request that asks for the
 * counts and a page of findings runs every rule once, several side by side.
 */
final class ReadinessRun {

	/** How many nodes' findings a download builds at a time. */
	static final int CHUNK = 500;

	private final Executor executor;

	private final ReadinessScope scope;

	private final Integer year;

	/** The rules that run, in catalog order. */
	private final List<ReadinessRule> rules;

	/** The same, in the order of the findings: errors first, then warnings, then information; catalog order within. */
	private final List<ReadinessRule> ordered;

	private final RunHits hits;

	private final RuleFindings findings;

	ReadinessRun(RuleQueries queries, Executor executor, RuleTimes times, ReadinessScope scope, Integer year,
			List<ReadinessRule> rules, Map<String, Object> parameters) {
		this.executor = executor;
		this.scope = scope;
		this.year = year;
		this.rules = List.copyOf(rules);
		this.ordered = this.rules.stream().sorted(Comparator.comparing(ReadinessRule::severity)).toList();
		Map<String, Object> bound = Collections.unmodifiableMap(new HashMap<>(parameters));
		this.hits = new RunHits(queries, executor, times, scope.root() == null, this.rules, bound);
		this.findings = new RuleFindings(queries, bound, this.hits);
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

	/** Starts every rule's hits now, side by side ({@link RunHits#prefetch()}). */
	void prefetch() {
		this.hits.prefetch();
	}

	RuleHits hits(ReadinessRule rule) {
		return this.hits.hits(rule);
	}

	/** Every rule's hits, in catalog order (all computed side by side). */
	Map<ReadinessRule, RuleHits> allHits() {
		return this.hits.all();
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
	 * filter keeps, on the nodes the node filter keeps. Only the rules up to the end of the page run (and the next
	 * one with findings, to know whether there is more), unless something else already asked for them.
	 */
	Page page(Position after, int limit, Predicate<ReadinessRule> filter, Predicate<String> nodes) {
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
				if (!nodes.test(hits.node(node))) {
					continue;
				}
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
			.forEach((rule, on) -> building.put(rule,
					CompletableFuture.supplyAsync(() -> this.findings.on(rule(rule), on), this.executor)));
		Map<String, Map<String, List<Finding>>> found = new HashMap<>();
		building.forEach((rule, future) -> found.put(rule, RunHits.join(future)));
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
				Map<String, List<Finding>> found = this.findings.on(rule, chunk);
				chunk.forEach(node -> found.getOrDefault(node, List.of()).forEach(action));
			}
		}
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
