package id.pokin.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class WrkRunTests {

	private static final String OUTPUT = """
			Running 20s test @ http://127.0.0.1:18630/graphql
			  1 threads and 1 connections
			  Thread Stats   Avg      Stdev     Max   +/- Stdev
			    Latency     1.50ms    1.20ms  30.00ms   95.00%%
			    Req/Sec   700.00     50.00   800.00     70.00%%
			  Latency Distribution
			     50%%  %s
			     75%%    1.50ms
			     90%%    1.88ms
			     99%%  %s
			  15020 requests in 20.00s, 10.00MB read
			Requests/sec:    751.37
			Transfer/sec:    341.00KB
			""";

	@Test
	void readsTheMedianThe99thPercentileAndTheRateInMilliseconds() {
		WrkRun.Result result = WrkRun.parse(OUTPUT.formatted("  1.16ms", "   7.07ms"));

		assertThat(result.p50Millis()).isEqualTo(1.16);
		assertThat(result.p99Millis()).isEqualTo(7.07);
		assertThat(result.perSecond()).isEqualTo(751.37);
	}

	@Test
	void convertsMicrosecondsAndSeconds() {
		WrkRun.Result result = WrkRun.parse(OUTPUT.formatted("865.00us", "   1.20s"));

		assertThat(result.p50Millis()).isEqualTo(0.865, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(result.p99Millis()).isEqualTo(1200.0);
	}

	@Test
	void refusesARunWithErrorResponses() {
		assertThatIllegalStateException()
			.isThrownBy(() -> WrkRun.parse(OUTPUT.formatted("1.16ms", "7.07ms") + "  Non-2xx or 3xx responses: 12\n"))
			.withMessageContaining("error responses");
	}

	@Test
	void refusesOutputWithoutALatencyDistribution() {
		assertThatIllegalStateException().isThrownBy(() -> WrkRun.parse("unable to connect to 127.0.0.1:18630\n"))
			.withMessageContaining("no latency distribution");
	}

}
