package id.pokin.readiness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import id.pokin.readiness.Cycles.Cycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hits of one readiness run ({@link RuleHits}: the ids of the nodes each rule finds at fault), each rule's
 * computed once, on the given executor, and kept; and the cycles the cycle rule found, for its findings.
 */
final class RunHits {

	private static final Logger log = LoggerFactory.getLogger(RunHits.class);

	private final RuleQueries queries;

	private final Executor executor;

	/** The rules' times in any report: the slowest start first, timed rules run a few to a query. */
	private final RuleTimes times;

	private final boolean wholeGraph;

	private final List<ReadinessRule> rules;

	private final Map<String, Object> parameters;

	private final Map<String, CompletableFuture<RuleHits>> hits = new ConcurrentHashMap<>();

	private volatile List<Cycle> cycles;

	RunHits(RuleQueries queries, Executor executor, RuleTimes times, boolean wholeGraph, List<ReadinessRule> rules,
			Map<String, Object> parameters) {
		this.queries = queries;
		this.executor = executor;
		this.times = times;
		this.wholeGraph = wholeGraph;
		this.rules = rules;
		this.parameters = parameters;
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
		if (this.wholeGraph || !this.times.allTimed(pending)) {
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

	/** Every rule's hits, in catalog order (all computed side by side). */
	Map<ReadinessRule, RuleHits> all() {
		prefetch();
		Map<ReadinessRule, RuleHits> all = new LinkedHashMap<>();
		this.rules.forEach(rule -> all.put(rule, hits(rule)));
		return all;
	}

	/** The result of work done on the pool, with its own exception if it failed. */
	static <T> T join(CompletableFuture<T> future) {
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

	/** The cycles of the scope, found once from the cycle rule's links. */
	List<Cycle> cycles(ReadinessRule rule) {
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

}
