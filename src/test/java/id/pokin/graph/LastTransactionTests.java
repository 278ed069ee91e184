package id.pokin.graph;

import java.util.OptionalLong;
import java.util.Set;

import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;

import static org.assertj.core.api.Assertions.assertThat;

class LastTransactionTests {

	private final GraphDatabaseService database = TestNeo4j.instance().defaultDatabaseService();

	private final LastTransaction version = new LastTransaction(() -> this.database);

	@Test
	void aReadLeavesItAndAWriteFromAnyClientMovesIt() {
		OptionalLong before = this.version.current();
		try (Session session = TestNeo4j.driver().session()) {
			session.run("MATCH (n) RETURN count(n)").consume();
			assertThat(this.version.current()).isEqualTo(before);
			session.run("CREATE (:LastTransactionProbe) WITH 1 AS x MATCH (p:LastTransactionProbe) DELETE p").consume();
		}

		assertThat(this.version.current().getAsLong()).isGreaterThan(before.getAsLong());
	}

	@Test
	void aReplacedStoreMovesIt() {
		long before = this.version.current().getAsLong();
		this.version.storeReplaced();

		assertThat(this.version.current().getAsLong()).isGreaterThan(before);
	}

	@Test
	void aStoppedDatabaseIsUnknown() {
		LastTransaction stopped = new LastTransaction(() -> {
			throw new IllegalStateException("The embedded Neo4j did not start");
		});

		assertThat(stopped.current()).isEmpty();
	}

	/**
	 * What a statement changed, as the harness's log tells it; run twice, since a statement naming a label or
	 * property for the first time creates its token in a commit of its own, which the log does not see.
	 */
	private static GraphChange change(String setUp, String cypher) {
		GraphVersion logged = TestNeo4j.version();
		GraphChange change = null;
		for (int i = 0; i < 2; i++) {
			try (Session session = TestNeo4j.driver().session()) {
				session.run("MATCH (n) WHERE n.id STARTS WITH 'lt-' DETACH DELETE n").consume();
				session.run(setUp).consume();
				long before = logged.current().getAsLong();
				session.run(cypher).consume();
				change = logged.changes(before, logged.current().getAsLong()).orElse(null);
			}
		}
		assertThat(change).as("the log knows the commit").isNotNull();
		return change;
	}

	private static final String TWO = """
			CREATE (a:Node {id: 'lt-a'})<-[:CONTRIBUTES_TO]-(b:Node {id: 'lt-b'}), (:Node {id: 'lt-c'}),
			       (:Unit {id: 'lt-u'})""";

	@Test
	void theLogTellsWhichNodesAndLinksEachCommitChanged() {
		assertThat(change(TWO, "MATCH (b:Node {id: 'lt-b'}) SET b.realisasiRaw = ['1']"))
			.isEqualTo(new GraphChange(Set.of("lt-b"), Set.of(), false, false, false));
		assertThat(change(TWO, "MATCH (b {id: 'lt-b'})-[l:CONTRIBUTES_TO]->() SET l.weight = 2.0"))
			.isEqualTo(new GraphChange(Set.of(), Set.of("lt-a"), false, false, false));
		assertThat(change(TWO, "MATCH (c {id: 'lt-c'}), (a {id: 'lt-a'}) CREATE (c)-[:CONTRIBUTES_TO]->(a)"))
			.isEqualTo(new GraphChange(Set.of(), Set.of("lt-a"), false, false, false));
		assertThat(change(TWO, "MATCH (b {id: 'lt-b'})-[l:CONTRIBUTES_TO]->() DELETE l"))
			.isEqualTo(new GraphChange(Set.of(), Set.of("lt-a"), false, false, false));
		// a node deleted: its id, and the node its link went into; a node moved
		assertThat(change(TWO, "MATCH (b {id: 'lt-b'}) DETACH DELETE b"))
			.isEqualTo(new GraphChange(Set.of("lt-b"), Set.of("lt-a"), false, false, false, true));
		GraphChange deletedEnd = change(TWO, "MATCH (a {id: 'lt-a'}) DETACH DELETE a");
		assertThat(deletedEnd.changed()).containsExactly("lt-a");
		assertThat(deletedEnd.linkedInto()).containsExactly("lt-a");
		// a new node is in no kept subgraph, but a new :Node may belong in everything
		assertThat(change(TWO, "MATCH (a {id: 'lt-a'}) CREATE (a)<-[:CONTRIBUTES_TO]-(:Node {id: 'lt-new'})"))
			.isEqualTo(new GraphChange(Set.of(), Set.of("lt-a"), true, false, false));
		assertThat(change(TWO, "MATCH (c {id: 'lt-c'}) SET c:Indikator").labelsChanged()).isTrue();
		assertThat(change(TWO, "MATCH (u {id: 'lt-u'}), (a {id: 'lt-a'}) CREATE (u)-[:RESPONSIBLE_FOR]->(a)"))
			.isEqualTo(new GraphChange(Set.of(), Set.of(), false, false, true));
	}

	@Test
	void aNodeGivenAnotherDocumentOrIdOrDeletedIsMovedAndAnyOtherPropertyIsNot() {
		GraphChange described = change(TWO, "MATCH (c {id: 'lt-c'}) SET c.description = 'x', c.name = 'y'");
		assertThat(described.nodesMoved()).isFalse();
		assertThat(described.propertiesOnly()).isTrue();
		// as an edit writes a node: every property set again, most to what it was, the kind's labels off and on
		GraphChange edited = change("CREATE (:Node:Element {id: 'lt-e', name: 'y', sourceDocument: 'lt-doc'})",
				"""
						MATCH (e {id: 'lt-e'}) SET e = {id: 'lt-e', name: 'z', sourceDocument: 'lt-doc'}
						REMOVE e:Element SET e:Element""");
		assertThat(edited.changed()).containsExactly("lt-e");
		assertThat(edited.propertiesOnly()).isTrue();
		assertThat(change(TWO, "MATCH (c {id: 'lt-c'}) SET c.sourceDocument = 'lt-doc'").nodesMoved()).isTrue();
		assertThat(change(TWO, "MATCH (c {id: 'lt-c'}) SET c.id = 'lt-c2'").nodesMoved()).isTrue();
		assertThat(change(TWO, "MATCH (c {id: 'lt-c'}) DELETE c").nodesMoved()).isTrue();
		assertThat(change(TWO, "MATCH (c {id: 'lt-c'}) CREATE (c)<-[:CONTRIBUTES_TO]-(:Node {id: 'lt-n'})")
			.propertiesOnly()).isFalse();
	}

	@Test
	void aCommitTheLogDoesNotHoldIsAGap() {
		GraphVersion logged = TestNeo4j.version();
		long now = logged.current().getAsLong();
		assertThat(logged.changes(now, now)).contains(GraphChange.none());
		assertThat(logged.changes(0, now)).isEmpty();
	}

}
