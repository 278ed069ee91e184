package id.pokin.readiness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import id.pokin.node.NodeMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rule whose query failed (a timeout, the database away) runs again when a kept report is asked again, and a rule
 * that succeeded does not: on its own, and in a combined query of timed rules.
 */
class ReadinessRunRetryTests {

	private static final ReadinessRule A = rule("a");

	private static final ReadinessRule B = rule("b");

	private static final ReadinessScope SCOPE = new ReadinessScope(null, List.of("doc"), List.of(), 10);

	/** Rules run combined in a unit's scope only (the whole graph's run a query each). */
	private static final ReadinessScope UNIT_SCOPE = new ReadinessScope(
			NodeMapper.toNode(Map.of("id", "u-pemda", "kind", "UNIT", "name", "Pemda", "level", "PEMDA")), List.of("doc"),
			List.of(), 10);

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stopPool() {
		this.pool.shutdownNow();
	}

	@Test
	void aRuleThatFailedOnItsOwnRunsAgainWhenAskedAgain() {
		FailingOnce queries = new FailingOnce();
		ReadinessRun run = run(queries, new RuleTimes(2), List.of(A));
		assertThatThrownBy(() -> run.hits(A)).hasMessage("database away");
		assertThat(run.hits(A).node(0)).isEqualTo("a-node");
		assertThat(run.hits(A).node(0)).isEqualTo("a-node");
		assertThat(queries.calls).as("asked once after the failure, then kept").hasValue(2);
	}

	@Test
	void rulesOfACombinedQueryThatFailedRunAgainWhenAskedAgain() {
		FailingOnce queries = new FailingOnce();
		RuleTimes times = new RuleTimes(1);
		for (int i = 0; i < 2; i++) {
			times.record("a", 20);
			times.record("b", 10);
		}
		// the combined query runs on the calling thread: it has failed when prefetch returns
		ReadinessRun run = new ReadinessRun(queries, Runnable::run, times, UNIT_SCOPE, null, List.of(A, B), Map.of());
		run.prefetch();
		assertThat(queries.combined).as("both rules in one query").containsExactly(List.of("a", "b"));
		assertThat(queries.calls).hasValue(1);
		assertThat(run.hits(A).node(0)).isEqualTo("a-node");
		assertThat(run.hits(B).node(0)).isEqualTo("b-node");
		assertThat(queries.calls).as("each rule again, on its own").hasValue(3);
		run.prefetch();
		assertThat(run.hits(A).node(0)).isEqualTo("a-node");
		assertThat(queries.combined).hasSize(1);
		assertThat(queries.calls).as("what succeeded is kept").hasValue(3);
	}

	private ReadinessRun run(RuleQueries queries, RuleTimes times, List<ReadinessRule> rules) {
		return new ReadinessRun(queries, this.pool, times, SCOPE, null, rules, Map.of());
	}

	private static ReadinessRule rule(String id) {
		return new ReadinessRule(id, Severity.WARNING, null, new Text("t", "t"), new Text("m", "m"), List.of(),
				ReadinessRule.Shape.FINDING_PER_ROW, true, "RETURN 1");
	}

	/** Fails its first query, answers every later one with one node per rule ({@code <rule>-node}). */
	private static final class FailingOnce extends RuleQueries {

		final AtomicInteger calls = new AtomicInteger();

		final List<List<String>> combined = new ArrayList<>();

		FailingOnce() {
			super(null, null, null);
		}

		@Override
		List<String> nodeIds(ReadinessRule rule, Map<String, Object> parameters) {
			failFirst();
			return List.of(rule.id() + "-node");
		}

		@Override
		Map<String, List<String>> nodeIds(List<ReadinessRule> rules, Map<String, Object> parameters) {
			synchronized (this.combined) {
				this.combined.add(rules.stream().map(ReadinessRule::id).toList());
			}
			failFirst();
			Map<String, List<String>> ids = new HashMap<>();
			rules.forEach(rule -> ids.put(rule.id(), List.of(rule.id() + "-node")));
			return ids;
		}

		private void failFirst() {
			if (this.calls.incrementAndGet() == 1) {
				throw new IllegalStateException("database away");
			}
		}

	}

}
