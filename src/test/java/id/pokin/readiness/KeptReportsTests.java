package id.pokin.readiness;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import id.pokin.graph.GraphVersion;
import id.pokin.node.CascadeNode;
import id.pokin.node.NodeMapper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptReportsTests {

	private static ReadinessReport report(int checkedNodes) {
		ReadinessScope scope = new ReadinessScope(null, List.of(), List.of(), checkedNodes);
		return new ReadinessReport(new ReadinessRun(null, null, null, scope, null, List.of(), Map.of()));
	}

	@Test
	void aReportIsHandedOutOnlyAtTheVersionItWasStartedAt() {
		KeptReports kept = new KeptReports(4, 1_000);
		ReadinessReport region = report(10);
		kept.put("r1", 2026, 7, region);

		assertThat(kept.get("r1", 2026, 7)).isSameAs(region);
		assertThat(kept.get("r1", 2026, 8)).isNull();
		assertThat(kept.get("r1", null, 7)).isNull();
		assertThat(kept.get(null, 2026, 7)).isNull();
	}

	// Caffeine picks which report goes (recency and frequency): these check the bounds, not the victim
	@Test
	void neverMoreThanTheCount() {
		KeptReports kept = new KeptReports(2, 1_000);
		for (int i = 0; i < 10; i++) {
			kept.put("r" + i, null, 1, report(10));
			assertThat(kept.size()).isLessThanOrEqualTo(2);
		}
		assertThat(kept.size()).isEqualTo(2);
	}

	@Test
	void theScopesHoldAtMostTheNodesButOneReportOfAnySizeCanBeKept() {
		KeptReports kept = new KeptReports(64, 1_000);
		for (int i = 0; i < 10; i++) {
			kept.put("r" + i, null, 1, report(400));
			assertThat(kept.nodes()).isLessThanOrEqualTo(1_000);
		}
		assertThat(kept.size()).isEqualTo(2);

		KeptReports alone = new KeptReports(64, 1_000);
		alone.put("all", null, 1, report(5_000));
		assertThat(alone.get("all", null, 1)).isNotNull();
	}

	@Test
	void aReportOfAnOlderVersionIsNeverHandedOutAsCurrent() {
		KeptReports kept = new KeptReports(64, 1_000);
		ReadinessReport current = report(10);
		kept.put("r1", null, 5, current);
		// a run started at version 4 that finishes after the one of version 5
		kept.put("r1", null, 4, report(10));

		assertThat(kept.get("r1", null, 5)).isSameAs(current);
		assertThat(kept.get("r1", null, 4)).isNull();
		// the graph moved on, and nothing says what changed: what was kept is not current any more
		assertThat(kept.get("r1", null, 6)).isNull();
	}

	private static ReadinessReport region(String id, String... documents) {
		CascadeNode root = NodeMapper.toNode(Map.of("id", id, "kind", "UNIT", "level", "PEMDA", "name", id));
		ReadinessScope scope = new ReadinessScope(root, List.of(documents), List.of(), 10);
		return new ReadinessReport(new ReadinessRun(null, null, null, scope, null, List.of(), Map.of()));
	}

	/** Commits 2 and 3 changed document dx, commit 4 what cannot be said. */
	private static final GraphVersion COMMITS = new GraphVersion() {

		@Override
		public OptionalLong current() {
			return OptionalLong.of(4);
		}

		@Override
		public Optional<Set<String>> changedBetween(long since, long now) {
			return now <= 3 ? Optional.of(since == now ? Set.of() : Set.of("dx")) : Optional.empty();
		}

	};

	@Test
	void aRegionsReportOutlivesCommitsToOtherDocumentsOnly() {
		KeptReports kept = new KeptReports(64, 1_000, COMMITS);
		ReadinessReport x = region("rx", "dx");
		ReadinessReport y = region("ry", "dy", "dy2");
		ReadinessReport all = report(20);
		kept.put("rx", null, 1, x);
		kept.put("ry", null, 1, y);
		kept.put(null, null, 1, all);

		assertThat(kept.get("rx", null, 2)).isNull();
		assertThat(kept.get(null, null, 2)).isNull();
		assertThat(kept.get("ry", null, 3)).isSameAs(y);
		// moved on to version 3: the commits up to it need not be looked at again
		assertThat(kept.get("ry", null, 3)).isSameAs(y);
		assertThat(kept.get("ry", null, 4)).isNull();
	}

	private static ReadinessReport unit(String id, String level, String... documents) {
		CascadeNode root = NodeMapper.toNode(Map.of("id", id, "kind", "UNIT", "level", level, "name", id));
		ReadinessScope scope = new ReadinessScope(root, List.of(documents), List.of(), 10);
		return new ReadinessReport(new ReadinessRun(null, null, null, scope, null, List.of(), Map.of()));
	}

	@Test
	void theRefreshAfterACommitStartsTheRegionsFirstEachWithoutAYearBeforeWithOne() {
		KeptReports kept = new KeptReports(64, 1_000, COMMITS);
		kept.put("pd1", null, 1, unit("pd1", "PERANGKAT_DAERAH", "dx"));
		kept.put("rx", 2026, 1, unit("rx", "PEMDA", "dx", "dz"));
		kept.put("pd2", 2026, 1, unit("pd2", "PERANGKAT_DAERAH", "dx"));
		kept.put("rx", null, 1, unit("rx", "PEMDA", "dx", "dz"));
		kept.put("ry", null, 1, unit("ry", "PEMDA", "dy"));
		kept.put("unit", null, 1, unit("unit", "BAGIAN", "dx"));
		kept.put(null, null, 1, report(20));

		List<KeptReports.Key> keys = kept.reading(Set.of("dx"));

		assertThat(keys).hasSize(4);
		assertThat(keys.subList(0, 2)).containsExactly(new KeptReports.Key("rx", null), new KeptReports.Key("rx", 2026));
		assertThat(keys.subList(2, 4)).containsExactly(new KeptReports.Key("pd1", null), new KeptReports.Key("pd2", 2026));
	}

	@Test
	void sizeZeroKeepsNothing() {
		KeptReports kept = new KeptReports(0, 1_000);
		kept.put("r1", null, 1, report(10));

		assertThat(kept.get("r1", null, 1)).isNull();
	}

}
