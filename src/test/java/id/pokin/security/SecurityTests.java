package id.pokin.security;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.RunningApp;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import java.util.Map;

class SecurityTests extends GraphQlIntegrationTest {

	@Test
	void readsAreOpenByDefault() {
		http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ search(text: \\\"x\\\") { id } }\"}")
			.exchange()
			.expectStatus().isOk();
		http().get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void importsNeedASignedInPlannerOrAdmin() {
		http().post().uri("/api/import").exchange().expectStatus().isUnauthorized();
		http().post().uri("/api/import").headers(h -> h.setBasicAuth("evaluator", "evaluator-pw"))
			.exchange().expectStatus().isForbidden();
		http().post().uri("/api/import").headers(h -> h.setBasicAuth("admin", "wrong"))
			.exchange().expectStatus().isUnauthorized();
		// signed in as admin the request gets through to the import (which then wants a file)
		http().post().uri("/api/import").headers(h -> h.setBasicAuth("admin", "admin-pw"))
			.exchange().expectStatus().value(status -> org.assertj.core.api.Assertions.assertThat(status).isNotIn(401, 403));
	}

	@Test
	void readsCanBeClosedToAnonymousUsers() {
		try (RunningApp app = RunningApp.start(Map.of("NEO4J_URI", TestNeo4j.boltUri(),
				"pokin.dataset.load-on-empty", "false", "pokin.security.anonymous-read", "false",
				"pokin.security.admin-password", "s3cret"))) {
			app.http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"query\": \"{ search(text: \\\"x\\\") { id } }\"}")
				.exchange().expectStatus().isUnauthorized();
			app.http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
				.headers(h -> h.setBasicAuth("admin", "s3cret"))
				.bodyValue("{\"query\": \"{ search(text: \\\"x\\\") { id } }\"}")
				.exchange().expectStatus().isOk();
			app.http().get().uri("/actuator/health").exchange().expectStatus().isOk();
			// downloads are reads too
			app.http().get().uri("/api/export").exchange().expectStatus().isUnauthorized();
			app.http().get().uri("/api/import/template.xlsx").exchange().expectStatus().isUnauthorized();
			app.http().get().uri("/api/import/template.xlsx").headers(h -> h.setBasicAuth("admin", "s3cret"))
				.exchange().expectStatus().isOk();
		}
	}

}
