package id.pokin.importer;

import id.pokin.coordination.ImportsUnderWay;
import id.pokin.graph.InProcessWrites;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every import test again with the import's transaction in-process, as the embedded default runs it
 * ({@link InProcessWrites}, on the test database's own Java API): all or nothing, idempotence and what is written
 * must not depend on the way in.
 */
class ImportServiceInProcessTests extends ImportServiceTests {

	@Autowired
	GraphLookup lookup;

	@Autowired
	GraphWriter writer;

	@Autowired
	ImportsUnderWay underWay;

	@BeforeEach
	void inProcess() {
		this.service = new ImportService(this.lookup, this.writer,
				new InProcessWrites(() -> TestNeo4j.instance().defaultDatabaseService()), this.underWay);
	}

}
