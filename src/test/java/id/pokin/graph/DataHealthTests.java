package id.pokin.graph;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import id.pokin.support.SlowTest;
import id.pokin.support.TestNeo4j;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The health component {@code data} and the readiness group while the start-up's background work runs (a seed task
 * held back here) and after: LOADING, then UP; requests answer meanwhile, from what is there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "pokin.dataset.load-on-empty=false",
		"pokin.readiness.check-interval=0", "pokin.warm-up.enabled=true" })
@SlowTest
class DataHealthTests {

	static final CountDownLatch SEEDED = new CountDownLatch(1);

	@TestConfiguration
	static class SlowSeed {

		@Bean
		SeedTask slowSeed() {
			return () -> {
				try {
					SEEDED.await(2, TimeUnit.MINUTES);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			};
		}

	}

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@Test
	void dataIsLoadingUntilTheSeedAndWarmUpHaveRunAndRequestsAnswerMeanwhile() {
		WebTestClient http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(120))
			.build();
		// the application answers while it loads: the overall health is UP, the readiness group not yet
		http.get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components.data.status").isEqualTo("LOADING");
		http.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.status").isEqualTo("LOADING");
		HttpGraphQlTester graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.responseTimeout(Duration.ofSeconds(120))
			.build());
		graphQl.document("{ nodeCounts { kind count } }").execute().errors().verify();
		graphQl.document("{ search(text: \"penataan\") { id } }").execute().errors().verify();
		graphQl.document("{ units(filter: { level: PEMDA }, first: 20) { edges { node { id } } } }")
			.execute()
			.errors()
			.verify();

		SEEDED.countDown();
		Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
			http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
		http.get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components.data.status").isEqualTo("UP");
	}

}
