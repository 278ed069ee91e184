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

	@Test
	void theLeastRecentlyUsedGoFirstBeyondTheCount() {
		KeptReports kept = new KeptReports(2, 1_000);
		kept.put("r1", null, 1, report(10));
		kept.put("r2", null, 1, report(10));
		kept.get("r1", null, 1);
		kept.put("r3", null, 1, report(10));

		assertThat(kept.size()).isEqualTo(2);
		assertThat(kept.get("r1", null, 1)).isNotNull();
		assertThat(kept.get("r2", null, 1)).isNull();
		assertThat(kept.get("r3", null, 1)).isNotNull();
	}

	@Test
	void theOldestGoWhileTheScopesHoldTooManyNodesButTheNewestStays() {
		KeptReports kept = new KeptReports(64, 1_000);
		kept.put("r1", null, 1, report(400));
		kept.put("r2", null, 1, report(400));
		kept.put("r3", null, 1, report(400));

		assertThat(kept.get("r1", null, 1)).isNull();
		assertThat(kept.get("r2", null, 1)).isNotNull();
		assertThat(kept.get("r3", null, 1)).isNotNull();

		kept.put("all", null, 1, report(5_000));

		assertThat(kept.size()).isEqualTo(1);
		assertThat(kept.get("all", null, 1)).isNotNull();
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
	void sizeZeroKeepsNothing() {
		KeptReports kept = new KeptReports(0, 1_000);
		kept.put("r1", null, 1, report(10));

		assertThat(kept.get("r1", null, 1)).isNull();
	}

}
