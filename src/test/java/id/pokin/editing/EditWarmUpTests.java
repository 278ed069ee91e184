package id.pokin.editing;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.pokin.graph.GraphVersion;
import id.pokin.graph.WarmUpProperties;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edit warm-up sends an update through GraphQL as a signed-in administrator and rolls it back, and commits only
 * the links' lock: the element, its history and every kept result stay as they were.
 */
class EditWarmUpTests extends EditingTests {

	private static final String FIRST_ELEMENT = """
			MATCH (n:Element) WITH n ORDER BY n.id LIMIT 1
			RETURN n.id AS id, properties(n) AS properties
			""";

	@Autowired
	NodeEditor editor;

	@Autowired
	EditQueries queries;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ObjectProvider<ExecutionGraphQlService> graphQlService;

	@Autowired
	ObjectProvider<AuthenticationProvider> signIn;

	@Autowired
	GraphVersion version;

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void theUpdateGoesThroughAndIsRolledBackAndTheCommitChangesNothingKept() {
		Map<String, Object> before = firstElement();
		String id = (String) before.get("id");
		int changes = changeRecords();
		long versionBefore = this.version.current().getAsLong();

		boolean warmed = new EditWarmUp(this.editor, this.queries, this.client, this.transactions,
				new WarmUpProperties(true, 20), this.graphQlService, this.signIn)
			.warm();

		assertThat(warmed).isTrue();
		assertThat(firstElement()).isEqualTo(before);
		assertThat(changeRecords()).isEqualTo(changes);
		assertThat(history(id)).allSatisfy(change -> assertThat(change).doesNotContainEntry("user", "warm-up"));
		long versionAfter = this.version.current().getAsLong();
		assertThat(versionAfter).isGreaterThan(versionBefore);
		// the lock's commit names no document: every kept report and subgraph outlives it
		assertThat(this.version.changedBetween(versionBefore, versionAfter)).isEqualTo(Optional.of(Set.of()));
		// and an edit after it is as any edit
		run(ADMIN, "mutation { updateElement(id: \"" + id + "\", version: " + version(id)
				+ ", input: {description: \"after the warm-up\"}) { id } }")
			.path("updateElement.id").entity(String.class).isEqualTo(id);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> firstElement() {
		try (var session = TestNeo4j.driver().session()) {
			var row = session.run(FIRST_ELEMENT).single();
			return Map.of("id", row.get("id").asString(), "properties", row.get("properties").asMap());
		}
	}

	private int changeRecords() {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH (c:Change) RETURN count(c) AS n").single().get("n").asInt();
		}
	}

}
