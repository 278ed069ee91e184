package id.pokin.editing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import id.pokin.support.SlowTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 updates of 50 indicators from 8 threads over HTTP, each read-then-write as a client would: every update
 * is either acknowledged, and then in the audit trail and counted in the node's version, or refused with a
 * conflict. Nothing is lost silently.
 */
@SlowTest
class ConcurrentUpdateTests extends EditingTests {

	private static final int NODES = 50;

	private static final int UPDATES = 1000;

	private static final int THREADS = 8;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void everyAcknowledgedUpdateIsRecordedAndNoneIsLostWithoutAConflict() throws Exception {
		loadFixture();
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					UNWIND range(1, $n) AS i
					CREATE (:Node:Indikator {id: 'cc-' + i, kind: 'INDIKATOR', name: 'Indikator ' + i, version: 0,
					  iku: false, seq: 100 + i, sourceDocument: 'ed-doc-a', sourceRef: 'fixture'})
					""", Map.of("n", NODES)).consume();
		}
		Random random = new Random(42);
		List<String> targets = new ArrayList<>();
		for (int i = 0; i < UPDATES; i++) {
			targets.add("cc-" + (1 + random.nextInt(NODES)));
		}
		Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger conflicts = new AtomicInteger();
		List<String> otherErrors = java.util.Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < UPDATES; i++) {
				String id = targets.get(i);
				String value = "satuan-" + i;
				work.add(pool.submit(() -> {
					JsonNode read = post("{ node(id: \"" + id + "\") { version } }");
					long version = read.at("/data/node/version").asLong();
					JsonNode write = post("mutation { updateIndicator(id: \"%s\", version: %d, input: {satuan: \"%s\"}) { version } }"
						.formatted(id, version, value));
					JsonNode errors = write.path("errors");
					if (errors.isEmpty()) {
						acknowledged.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(value);
					}
					else if ("STALE_VERSION".equals(errors.get(0).at("/extensions/code").asString())) {
						conflicts.incrementAndGet();
					}
					else {
						otherErrors.add(errors.toString());
					}
					return null;
				}));
			}
			for (Future<?> future : work) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		int acks = acknowledged.values().stream().mapToInt(Set::size).sum();
		assertThat(otherErrors).isEmpty();
		assertThat(acks + conflicts.get()).isEqualTo(UPDATES);
		assertThat(acks).isPositive();
		Map<String, Long> versions = new HashMap<>();
		Map<String, Set<String>> recorded = new HashMap<>();
		Map<String, Set<Long>> recordedVersions = new HashMap<>();
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (n:Indikator) WHERE n.id STARTS WITH 'cc-' RETURN n.id AS id, n.version AS version")
				.forEachRemaining(r -> versions.put(r.get("id").asString(), r.get("version").asLong()));
		}
		for (String id : versions.keySet()) {
			for (Map<String, Object> change : history(id)) {
				assertThat(change.get("action")).isEqualTo("UPDATE");
				String after = MutationTests.fields(change).get("satuan")[1];
				recorded.computeIfAbsent(id, k -> new HashSet<>()).add(this.json.readValue(after, String.class));
				recordedVersions.computeIfAbsent(id, k -> new HashSet<>()).add(((Number) change.get("version")).longValue());
			}
		}
		for (String id : versions.keySet()) {
			Set<String> acked = acknowledged.getOrDefault(id, Set.of());
			assertThat(versions.get(id)).as("version of %s", id).isEqualTo(acked.size());
			assertThat(recorded.getOrDefault(id, Set.of())).as("audit trail of %s", id).isEqualTo(acked);
			assertThat(recordedVersions.getOrDefault(id, Set.of())).hasSize(acked.size());
		}
		System.out.printf("concurrent updates: %d acknowledged, %d conflicts%n", acks, conflicts.get());
	}

	private JsonNode post(String query) throws Exception {
		String body = this.json.writeValueAsString(Map.of("query", query));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin-pw".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.json.readTree(this.http.send(request, HttpResponse.BodyHandlers.ofString()).body());
	}

}
