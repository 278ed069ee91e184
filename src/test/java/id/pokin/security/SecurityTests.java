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
	void importsNeedASignedInAdmin() {
		http().post().uri("/api/import").exchange().expectStatus().isUnauthorized();
		http().post().uri("/api/import").headers(h -> h.setBasicAuth("evaluator", "evaluator-pw"))
			.exchange().expectStatus().isForbidden();
		// a planner edits their perangkat daerah through the API; a file could touch any region
		http().post().uri("/api/import").headers(h -> h.setBasicAuth("planner-a", "planner-a-pw"))
			.exchange().expectStatus().isForbidden();
		http().post().uri("/api/import").headers(h -> h.setBasicAuth("admin", "wrong"))
			.exchange().expectStatus().isUnauthorized();
		// signed in as admin the request gets through to the import (which then wants a file)
		http().post().uri("/api/import").headers(h -> h.setBasicAuth("admin", "admin-pw"))
			.exchange().expectStatus().value(status -> org.assertj.core.api.Assertions.assertThat(status).isNotIn(401, 403));
	}

	@Test
	void aWrongPasswordIsRefusedAfterTheRightOneWasRemembered() {
		http().get().uri("/api/me").headers(h -> h.setBasicAuth("evaluator", "evaluator-pw")).exchange().expectStatus().isOk();
		http().get().uri("/api/me").headers(h -> h.setBasicAuth("evaluator", "evaluator-pw-")).exchange()
			.expectStatus().isUnauthorized();
		http().get().uri("/api/me").headers(h -> h.setBasicAuth("evaluator", "admin-pw")).exchange()
			.expectStatus().isUnauthorized();
		http().get().uri("/api/me").headers(h -> h.setBasicAuth("evaluator", "evaluator-pw")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("evaluator");
	}

	@Test
	void theSignedInUserCanAskWhoTheyAreAndWhatTheyMayDo() {
		http().get().uri("/api/me").exchange().expectStatus().isUnauthorized();
		http().get().uri("/api/me").headers(h -> h.setBasicAuth("planner-a", "wrong")).exchange().expectStatus().isUnauthorized();
		http().get().uri("/api/me").headers(h -> h.setBasicAuth("planner-a", "planner-a-pw")).exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$.name").isEqualTo("planner-a")
			.jsonPath("$.roles[0]").isEqualTo("PLANNER")
			.jsonPath("$.perangkatDaerah").isEqualTo("ed-pd-a")
			.jsonPath("$.canEdit").isEqualTo(true);
		http().get().uri("/api/me").headers(h -> h.setBasicAuth("evaluator", "evaluator-pw")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.canEdit").isEqualTo(false);
	}

	@Test
	void writesABrowserSendsFromAnotherSiteAreRefused() {
		String mutation = "{\"query\": \"mutation { deleteUnit(id: \\\"none\\\", version: 0) { id } }\"}";
		// cross-site: refused before it reaches the import or the mutation, whatever the credentials
		http().post().uri("/api/import").headers(h -> h.setBasicAuth("admin", "admin-pw"))
			.header("Origin", "http://evil.example").exchange().expectStatus().isForbidden();
		http().post().uri("/api/import").headers(h -> h.setBasicAuth("admin", "admin-pw"))
			.header("Sec-Fetch-Site", "cross-site").exchange().expectStatus().isForbidden();
		http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBasicAuth("admin", "admin-pw"))
			.header("Sec-Fetch-Site", "same-site").bodyValue(mutation).exchange().expectStatus().isForbidden();
		// the app's own pages (same origin) and programs (no browser headers) get through
		http().post().uri("/api/import").headers(h -> h.setBasicAuth("admin", "admin-pw"))
			.header("Origin", "http://localhost:" + this.port).header("Sec-Fetch-Site", "same-origin")
			.exchange().expectStatus().value(status -> org.assertj.core.api.Assertions.assertThat(status).isNotIn(401, 403));
		http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).headers(h -> h.setBasicAuth("admin", "admin-pw"))
			.bodyValue(mutation).exchange().expectStatus().isOk();
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
