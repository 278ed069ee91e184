package id.pokin.readiness;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleTimesTests {

	private static final ReadinessRule A = rule("a");

	private static final ReadinessRule B = rule("b");

	private static final ReadinessRule C = rule("c");

	private static final ReadinessRule D = rule("d");

	@Test
	void aRuleCountsAsTimedAfterItsSecondRunOnItsOwn() {
		RuleTimes times = new RuleTimes(2);
		times.record("a", 900);
		times.record("b", 100);
		assertThat(times.allTimed(List.of(A, B))).as("the first run includes planning").isFalse();
		times.record("a", 50);
		assertThat(times.allTimed(List.of(A, B))).isFalse();
		times.record("b", 10);
		assertThat(times.allTimed(List.of(A, B))).isTrue();
		assertThat(times.slowestFirst(List.of(B, A, C))).as("untimed first, then by the last time")
			.containsExactly(C, A, B);
	}

	@Test
	void groupsAreBalancedByTimeAndKeptWhateverLaterTimesSay() {
		RuleTimes times = new RuleTimes(2);
		for (int run = 0; run < 2; run++) {
			times.record("a", 40);
			times.record("b", 30);
			times.record("c", 20);
			times.record("d", 15);
		}
		List<List<ReadinessRule>> groups = times.groups(List.of(A, B, C, D));
		// slowest first, each to the group with the least time so far: a | b, c | ... d joins a (40 < 50)
		assertThat(groups).containsExactly(List.of(A, D), List.of(B, C));
		times.record("d", 1_000);
		times.record("a", 1);
		assertThat(times.groups(List.of(D, C, B, A))).as("the same text for Neo4j's plan cache").isEqualTo(groups);
		assertThat(times.groups(List.of(A, B))).as("another set of rules is grouped anew")
			.containsExactly(List.of(B), List.of(A));
	}

	private static ReadinessRule rule(String id) {
		return new ReadinessRule(id, Severity.WARNING, null, new Text("t", "t"), new Text("m", "m"), new Text("f", "f"), null, List.of(),
				ReadinessRule.Shape.FINDING_PER_ROW, true, "RETURN 1");
	}

}
