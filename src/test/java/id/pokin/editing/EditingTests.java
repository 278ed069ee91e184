package id.pokin.editing;

import java.util.List;
import java.util.Map;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared by the editing tests: the editing fixture, mutations as a user, and the one error they expect. */
abstract class EditingTests extends GraphQlIntegrationTest {

	static final String ADMIN = "admin";

	static final String PLANNER_A = "planner-a";

	static final String PLANNER_B = "planner-b";

	static final String EVALUATOR = "evaluator";

	static void loadFixture() {
		TestNeo4j.load("editing.cypher");
	}

	GraphQlTester.Response run(String user, String document) {
		return graphQl(user).document(document).execute();
	}

	/** The request's only error; fails when it succeeded or failed otherwise. */
	ResponseError error(String user, String document) {
		ResponseError[] found = new ResponseError[1];
		run(user, document).errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			found[0] = errors.get(0);
		});
		return found[0];
	}

	/** Asserts the error's classification, code and field, and that its message holds no Java or Cypher. */
	static void assertError(ResponseError error, String classification, String code, String field) {
		assertThat(error.getErrorType().toString()).isEqualTo(classification);
		if (code != null) {
			assertThat(error.getExtensions()).containsEntry("code", code);
		}
		if (field != null) {
			assertThat(error.getExtensions()).containsEntry("field", field);
		}
		assertThat(error.getMessage()).doesNotContain("Exception", "MATCH", "\tat ");
	}

	long version(String id) {
		return graphQl().document("{ node(id: \"" + id + "\") { version } }").execute()
			.path("node.version").entity(Long.class).get();
	}

	boolean exists(String id) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH (n:Node {id: $id}) RETURN count(n) > 0 AS found", Map.of("id", id))
				.single().get("found").asBoolean();
		}
	}

	List<String> parents(String id) {
		return graphQl().document("{ parents(id: \"" + id + "\") { id } }").execute()
			.path("parents[*].id").entityList(String.class).get();
	}

	/** The history's changes as {action, user, fields}, newest first. */
	List<Map<String, Object>> history(String id) {
		return graphQl().document("{ history(id: \"" + id + "\", first: 100) { edges { node { action user version "
				+ "fields { field before after } } } } }").execute()
			.path("history.edges[*].node").entityList(Map.class).get()
			.stream().map(m -> (Map<String, Object>) m).toList();
	}

}
