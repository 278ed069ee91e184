package id.pokin.abuse;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import id.pokin.abuse.Http.Answer;
import id.pokin.support.SlowTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100 large requests the app must refuse, one after another, must not stay in its heap: the heap in use after a
 * full collection (of the forked app alone: {@code jcmd GC.run}, then {@code GC.heap_info}, three times) after them is
 * within 20 MB of what it was before them. The kinds take turns; each request is a different text, as an attacker's
 * would be (a cache keyed by text then gets a new entry each time). {@code -Dpokin.abuse.heap.kinds=invalid-5mb}
 * sends only some kinds.
 */
@SlowTest
class RefusedQueriesHeapTests {

	static final long ALLOWED_GROWTH = 20L * 1024 * 1024;

	static final int REQUESTS = 100;

	/** The kinds of refused request, each made different by its number. */
	static final Map<String, IntFunction<String>> KINDS = Map.of(
			// the parser refuses it (an unterminated string); larger than any reasonable /graphql body limit
			"invalid-5mb", i -> "{ search(text: \"" + i + "x".repeat(5 * 1024 * 1024) + " }",
			// the parser refuses it too, but it may fit under a body limit, so it reaches the parser (and its cache)
			"invalid-600kb", i -> "{ search(text: \"" + i + "x".repeat(600 * 1024) + " }",
			// parses and validates; the search text must be refused before any query runs
			"search-800kb", i -> i + " " + "a ".repeat(400_000));

	@Test
	void aHundredLargeRefusedQueriesLeaveTheHeapWithin20MbOfWhereItStarted() throws IOException {
		AbuseApp app = AbuseApp.shared();
		List<String> kinds = Arrays.stream(System.getProperty("pokin.abuse.heap.kinds",
				"invalid-5mb,invalid-600kb,search-800kb").split(",")).map(String::strip).toList();
		// warm up what a refusal and a normal answer load (classes, caches of the normal path) before the baseline
		for (int i = 0; i < 20; i++) {
			Http.send(Http.graphQl(app.base(), null, AbuseSuiteTests.NORMAL_QUERY, null));
			Http.send(Http.graphQl(app.base(), null, "{ search(text: \"unterminated" + i + " }", null));
		}
		long before = app.heapAfterFullGc();
		long slowest = 0;
		for (int i = 0; i < REQUESTS; i++) {
			String kind = kinds.get(i % kinds.size());
			Answer answer = Http.send(request(app, kind, i));
			assertThat(answer.failure()).as("request %d (%s): %s%s", i, kind, answer.failure(),
					app.isAlive() ? "" : "; the app exited (an OutOfMemoryError? see target/abuse-app.log)").isNull();
			assertThat(answer.status()).as("request %d (%s) answered", i, kind).isBetween(200, 499);
			slowest = Math.max(slowest, answer.millis());
		}
		long after = app.heapAfterFullGc();
		String report = "Heap after a full GC of the app (-Xmx%s), before and after %d refused requests (%s): %.1f MB -> %.1f MB (%+.1f MB); slowest answer %d ms%n"
			.formatted(AbuseApp.HEAP, REQUESTS, String.join(", ", kinds), before / 1048576.0, after / 1048576.0,
					(after - before) / 1048576.0, slowest);
		System.out.print(report);
		Files.writeString(Files.createDirectories(Path.of("target")).resolve("abuse-heap.txt"), report);
		assertThat(after - before).as(report).isLessThanOrEqualTo(ALLOWED_GROWTH);
	}

	private static HttpRequest request(AbuseApp app, String kind, int i) {
		String text = KINDS.get(kind).apply(i);
		return kind.startsWith("search")
				? Http.graphQl(app.base(), null, "query($t: String!) { search(text: $t) { id } }", Map.of("t", text))
				: Http.graphQl(app.base(), null, text, null);
	}

}
