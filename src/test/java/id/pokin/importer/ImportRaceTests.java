package id.pokin.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import id.pokin.coordination.ImportsUnderWay;
import id.pokin.graph.GraphTransaction;
import id.pokin.graph.GraphWrites;
import id.pokin.importer.ImportError.Code;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit (or another import) creates one of the file's new ids after the import checked it was free and before it
 * wrote it: the unique constraint refuses the import's write, and the import is checked again from the start, as
 * if it had come after the edit. Never a server error.
 */
class ImportRaceTests extends GraphQlIntegrationTest {

	@Autowired
	GraphLookup lookup;

	@Autowired
	GraphWriter writer;

	@Autowired
	GraphWrites writes;

	@Autowired
	ImportsUnderWay underWay;

	@TempDir
	Path dir;

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.load();
	}

	@Test
	void aNodeOfTheSameKindCreatedMeanwhileIsUpdatedOnTheSecondCheck() {
		AtomicInteger attempts = new AtomicInteger();
		ImportResult result = racedImport("CREATE (:Node:Indikator {id: 'i-sakip', kind: 'INDIKATOR', name: 'Dari suntingan',"
				+ " version: 0, iku: false, seq: 1})", attempts);
		assertThat(attempts).hasValue(2);
		assertThat(result.isImported()).isTrue();
		assertThat(result.summary().created()).isEqualTo(11);
		assertThat(result.summary().updated()).isEqualTo(1);
		assertThat(GraphDump.count("MATCH (n:Node) RETURN count(n)")).isEqualTo(12);
	}

	@Test
	void aNodeOfAnotherKindCreatedMeanwhileIsAnImportError() {
		AtomicInteger attempts = new AtomicInteger();
		ImportResult result = racedImport("CREATE (:Node:Unit {id: 'i-sakip', kind: 'UNIT', name: 'Dari suntingan',"
				+ " level: 'BAGIAN', version: 0, seq: 1})", attempts);
		assertThat(attempts).hasValue(2);
		assertThat(result.errors()).extracting(ImportError::code).containsExactly(Code.ID_KIND_CONFLICT);
		assertThat(GraphDump.count("MATCH (n:Node) RETURN count(n)")).isEqualTo(1);
	}

	@Test
	void aClashTwiceRunningIsConcurrentChange() {
		AtomicInteger attempts = new AtomicInteger();
		GraphWrites racing = new GraphWrites() {
			@Override
			public <T> T inTransaction(Function<GraphTransaction, T> work) {
				attempts.incrementAndGet();
				return ImportRaceTests.this.writes.inTransaction(graph -> work.apply(racedBy(graph,
						"CREATE (:Node:Indikator {id: 'i-sakip-" + attempts.get() + "', kind: 'INDIKATOR', name: 'x', version: 0})",
						"i-sakip-" + attempts.get())));
			}
		};
		ImportResult result = new ImportService(this.lookup, this.writer, racing, this.underWay)
			.importFile(ImportFile.read(TestFiles.copy("importer/basic", this.dir)), "test");
		assertThat(attempts).hasValue(2);
		assertThat(result.errors()).extracting(ImportError::code).containsExactly(Code.CONCURRENT_CHANGE);
		assertThat(result.errors().get(0).message().id()).contains("Impor berkas ini sekali lagi");
	}

	/** The basic file, imported while {@code edit} runs, once, just before the import creates its nodes. */
	private ImportResult racedImport(String edit, AtomicInteger attempts) {
		GraphWrites racing = new GraphWrites() {
			@Override
			public <T> T inTransaction(Function<GraphTransaction, T> work) {
				boolean first = attempts.incrementAndGet() == 1;
				return ImportRaceTests.this.writes.inTransaction(graph -> work.apply(first ? racedBy(graph, edit, null) : graph));
			}
		};
		return new ImportService(this.lookup, this.writer, racing, this.underWay)
			.importFile(ImportFile.read(TestFiles.copy("importer/basic", this.dir)), "test");
	}

	/**
	 * The transaction, with {@code edit} committed by another writer when it first creates nodes; with
	 * {@code clashingId}, the first node it creates gets that id (so that it clashes with the edit every time).
	 */
	private static GraphTransaction racedBy(GraphTransaction graph, String edit, String clashingId) {
		return new GraphTransaction() {

			private boolean edited;

			@Override
			public List<Map<String, Object>> fetch(String cypher, Map<String, Object> parameters) {
				return graph.fetch(cypher, parameters);
			}

			@Override
			public void run(String cypher, Map<String, Object> parameters) {
				graph.run(cypher, parameters);
			}

			@Override
			public List<String> createNodes(List<String> labels, List<Map<String, Object>> properties) {
				List<Map<String, Object>> created = properties;
				if (!this.edited) {
					this.edited = true;
					try (var session = TestNeo4j.driver().session()) {
						session.run(edit).consume();
					}
					if (clashingId != null && !properties.isEmpty()) {
						created = new java.util.ArrayList<>(properties);
						Map<String, Object> first = new java.util.HashMap<>(created.get(0));
						first.put("id", clashingId);
						created.set(0, first);
					}
				}
				return graph.createNodes(labels, created);
			}

			@Override
			public void createRelationships(String type, List<Link> links) {
				graph.createRelationships(type, links);
			}

		};
	}

}
