package id.pokin.graph;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import id.pokin.coordination.DocumentChanges;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

import static org.assertj.core.api.Assertions.assertThat;

/** What the harness's commits changed, as its version tells it ({@link CommitLog}, registered by the harness). */
class CommitLogTests {

	private final GraphVersion version = TestNeo4j.version();

	@BeforeEach
	void nodes() {
		write(tx -> {
			tx.run("MATCH (n) WHERE n.id STARTS WITH 'cl-' OR n.document STARTS WITH 'cl-' DETACH DELETE n").consume();
			tx.run("""
					CREATE (:Node {id: 'cl-a', sourceDocument: 'cl-da'}), (:Node {id: 'cl-b', sourceDocument: 'cl-db'}),
					  (:Node {id: 'cl-c'})
					""").consume();
		});
	}

	private void write(Consumer<TransactionContext> work) {
		try (Session session = TestNeo4j.driver().session()) {
			session.executeWriteWithoutResult(work);
		}
	}

	/** What the given write changed, as the version after it tells. */
	private Optional<Set<String>> changedBy(Consumer<TransactionContext> work) {
		long before = this.version.current().getAsLong();
		write(work);
		return this.version.changedBetween(before, this.version.current().getAsLong());
	}

	@Test
	void aWriterThatRecordsItsDocumentChangesThatDocumentOnly() {
		assertThat(changedBy(tx -> {
			DocumentChanges.record(tx, List.of("cl-da"));
			tx.run("MATCH (n:Node {id: 'cl-a'}) SET n.name = 'changed'").consume();
		})).contains(Set.of("cl-da"));
	}

	@Test
	void aChangeNoDocumentRecordsChangesEverything() {
		assertThat(changedBy(tx -> tx.run("MATCH (n:Node {id: 'cl-a'}) SET n.name = 'changed'").consume())).isEmpty();
		// a node without a document
		assertThat(changedBy(tx -> {
			DocumentChanges.record(tx, List.of("cl-da"));
			tx.run("MATCH (n:Node {id: 'cl-c'}) SET n.name = 'changed'").consume();
		})).isEmpty();
	}

	@Test
	void aLinkChangesTheDocumentsAtBothEnds() {
		assertThat(changedBy(tx -> {
			DocumentChanges.record(tx, List.of("cl-da", "cl-db"));
			tx.run("MATCH (a:Node {id: 'cl-a'}), (b:Node {id: 'cl-b'}) CREATE (a)-[:CONTRIBUTES_TO]->(b)").consume();
		})).contains(Set.of("cl-da", "cl-db"));
		// one end's document not recorded
		assertThat(changedBy(tx -> {
			DocumentChanges.record(tx, List.of("cl-da"));
			tx.run("MATCH (:Node {id: 'cl-a'})-[link:CONTRIBUTES_TO]->(:Node {id: 'cl-b'}) DELETE link").consume();
		})).isEmpty();
	}

	@Test
	void aDeletedNodeChangesItsDocument() {
		assertThat(changedBy(tx -> {
			DocumentChanges.record(tx, List.of("cl-db"));
			tx.run("MATCH (n:Node {id: 'cl-b'}) DETACH DELETE n").consume();
		})).contains(Set.of("cl-db"));
	}

	@Test
	void theReadinessChecksOwnRecordsAndFlagsChangeNothing() {
		assertThat(changedBy(tx -> {
			tx.run("MERGE (c:CheckedDocument {document: 'cl-da'}) ON CREATE SET c.generation = 0").consume();
			tx.run("MATCH (c:CheckedDocument {document: 'cl-da'}) SET c.rules = 'v1'").consume();
			tx.run("MATCH (n:Node {id: 'cl-a'}) SET n:AtFault").consume();
		})).contains(Set.of());
	}

}
