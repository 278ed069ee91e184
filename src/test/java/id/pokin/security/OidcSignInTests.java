package id.pokin.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.pokin.support.RunningApp;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external identity provider signs users in with bearer tokens (here: tokens signed with a key whose public
 * half the app is configured with, as an OIDC provider's JWKS would be), with roles and perangkat daerah from
 * the token's claims, and the same rights as built-in users.
 */
class OidcSignInTests {

	@TempDir
	Path dir;

	@Test
	void tokensFromAnIdentityProviderSignUsersInWithTheirRolesAndPerangkatDaerah() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		Path publicKey = Files.writeString(this.dir.resolve("idp.pub"), "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
		TestNeo4j.load("editing.cypher");
		try (RunningApp app = RunningApp.start(Map.of("NEO4J_URI", TestNeo4j.boltUri(), "pokin.dataset.load-on-empty",
				"false", "spring.security.oauth2.resourceserver.jwt.public-key-location", publicKey.toUri().toString()))) {
			String planner = token(keys, "siti", List.of("PLANNER"), "ed-pd-a");
			String otherPlanner = token(keys, "budi", List.of("PLANNER"), "ed-pd-b");
			String evaluator = token(keys, "eva", List.of("evaluator"), null);
			String update = "mutation { updateElement(id: \"ed-a-sasaran\", version: 0, input: {name: \"Baru\"}) { version } }";
			as(app, otherPlanner).document(update).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "NOT_YOURS")));
			as(app, evaluator).document(update).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
			as(app, planner).document(update).execute().path("updateElement.version").entity(Integer.class).isEqualTo(1);
			app.graphQl().document("{ history(id: \"ed-a-sasaran\") { edges { node { user } } } }").execute()
				.path("history.edges[*].node.user").entityList(String.class).containsExactly("siti");
			// a token the provider did not sign is no sign-in
			String forged = token(KeyPairGenerator.getInstance("RSA").generateKeyPair(), "siti", List.of("ADMIN"), null);
			app.http().post().uri("/graphql").header("Authorization", "Bearer " + forged)
				.header("Content-Type", "application/json").bodyValue("{\"query\": \"{ search(text: \\\"x\\\") { id } }\"}")
				.exchange().expectStatus().isUnauthorized();
		}
	}

	private static HttpGraphQlTester as(RunningApp app, String token) {
		return app.graphQl().mutate().headers(h -> h.setBearerAuth(token)).build();
	}

	private static String token(KeyPair keys, String user, List<String> roles, String perangkatDaerah) throws Exception {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("sub-" + user)
			.claim("preferred_username", user)
			.claim("roles", roles)
			.issueTime(java.util.Date.from(Instant.now()))
			.expirationTime(java.util.Date.from(Instant.now().plusSeconds(300)));
		if (perangkatDaerah != null) {
			claims.claim("perangkat_daerah", perangkatDaerah);
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
		jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		return jwt.serialize();
	}

}
