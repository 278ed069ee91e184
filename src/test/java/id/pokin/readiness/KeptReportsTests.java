package id.pokin.readiness;

import java.util.List;
import java.util.Map;

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
	void aReportOfANewerVersionDropsEveryEarlierOne() {
		KeptReports kept = new KeptReports(64, 1_000);
		kept.put("r1", null, 1, report(10));
		kept.put("r2", null, 1, report(10));
		kept.put("r1", null, 2, report(10));

		assertThat(kept.size()).isEqualTo(1);
		assertThat(kept.get("r1", null, 2)).isNotNull();
	}

	@Test
	void aReportOfAnOlderVersionIsNeverHandedOutAsCurrent() {
		KeptReports kept = new KeptReports(64, 1_000);
		ReadinessReport current = report(10);
		kept.put("r1", null, 5, current);
		// a run started at version 4 that finishes after the one of version 5
		kept.put("r1", null, 4, report(10));
		kept.put("r2", null, 4, report(10));

		assertThat(kept.get("r1", null, 5)).isSameAs(current);
		assertThat(kept.get("r1", null, 4)).isNull();
		assertThat(kept.get("r2", null, 4)).isNull();
		assertThat(kept.get("r2", null, 5)).isNull();
		assertThat(kept.size()).isEqualTo(1);
		// the graph moved on: what was kept is not current any more
		assertThat(kept.get("r1", null, 6)).isNull();
	}

	@Test
	void sizeZeroKeepsNothing() {
		KeptReports kept = new KeptReports(0, 1_000);
		kept.put("r1", null, 1, report(10));

		assertThat(kept.get("r1", null, 1)).isNull();
	}

}
