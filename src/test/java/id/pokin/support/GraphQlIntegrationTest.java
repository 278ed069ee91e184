package id.pokin.support;

import java.time.Duration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application on a random port, talking to the shared test Neo4j over Bolt; tests go through the real
 * HTTP {@code /graphql} endpoint. All subclasses share one Spring context, with two users: {@code evaluator}
 * and {@code admin} (passwords {@code evaluator-pw}, {@code admin-pw}), and planners {@code planner-a} and
 * {@code planner-b} of the perangkat daerah {@code ed-pd-a} and {@code ed-pd-b} of the editing fixture
 * (passwords {@code <name>-pw}), and {@code planner-x}, a planner with no perangkat daerah.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"pokin.dataset.load-on-empty=false", "pokin.readiness.check-interval=0", "pokin.warm-up.enabled=false",
		"pokin.security.users[0].username=evaluator", "pokin.security.users[0].password={noop}evaluator-pw",
		"pokin.security.users[0].roles=EVALUATOR",
		"pokin.security.users[1].username=admin", "pokin.security.users[1].password={noop}admin-pw",
		"pokin.security.users[1].roles=ADMIN",
		"pokin.security.users[2].username=planner-a", "pokin.security.users[2].password={noop}planner-a-pw",
		"pokin.security.users[2].roles=PLANNER", "pokin.security.users[2].perangkat-daerah=ed-pd-a",
		"pokin.security.users[3].username=planner-b", "pokin.security.users[3].password={noop}planner-b-pw",
		"pokin.security.users[3].roles=PLANNER", "pokin.security.users[3].perangkat-daerah=ed-pd-b",
		"pokin.security.users[4].username=planner-x", "pokin.security.users[4].password={noop}planner-x-pw",
		"pokin.security.users[4].roles=PLANNER" })
@Import({ QueryCounter.class, HarnessVersion.class })
public abstract class GraphQlIntegrationTest {

	/** Generous: a loaded 2-core CI machine is slow, and a timed-out request would leak into the next test. */
	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	protected HttpGraphQlTester graphQl() {
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.responseTimeout(TIMEOUT)
			.build();
		return HttpGraphQlTester.create(client);
	}

	/** The endpoint as a signed-in user of the shared context (see above); null for an anonymous one. */
	protected HttpGraphQlTester graphQl(String user) {
		return user == null ? graphQl()
				: graphQl().mutate().headers(headers -> headers.setBasicAuth(user, user + "-pw")).build();
	}

	protected WebTestClient http() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).responseTimeout(TIMEOUT).build();
	}

}
