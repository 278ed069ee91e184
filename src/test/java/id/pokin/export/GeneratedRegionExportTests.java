package id.pokin.export;

import java.nio.file.Path;
import java.util.List;

import id.pokin.cli.PokinCommand;
import id.pokin.importer.GraphDump;
import id.pokin.importer.ImportCommand;
import id.pokin.importer.ImportResult;
import id.pokin.importer.ImportService;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A graph the importer did not write: a generated region (about 10,000 nodes, cross-cutting links, one
 * document) exports, imports into an empty database as the same graph, and exports to the same bytes.
 */
class GeneratedRegionExportTests extends GraphQlIntegrationTest {

	@Autowired
	ImportService importer;

	@Autowired
	ExportService exporter;

	@Autowired
	List<PokinCommand> commands;

	@TempDir
	Path dir;

	@Test
	void aGeneratedRegionWithoutDefectsComesBackAsTheSameGraphAndTheSameBytes() throws Exception {
		TestNeo4j.load();
		PokinCommand generate = this.commands.stream().filter(c -> c.name().equals("generate")).findFirst().orElseThrow();
		// without defects: a generated defect may be a cycle, which the importer refuses
		assertThat(generate.run(List.of("--regions", "1", "--seed", "7", "--defects", "0"))).isZero();
		GraphDump before = GraphDump.take().withoutSeqAndVersion();
		byte[] first = Exports.bytes(this.exporter, null, ExportFormat.CSV);

		TestNeo4j.load();
		ImportResult result = this.importer.importFile(Exports.importFile(first, ExportFormat.CSV, this.dir));

		assertThat(result.errors()).extracting(ImportCommand::line).isEmpty();
		assertThat(result.summary().created()).isEqualTo(before.nodes().size() - 1);
		assertThat(GraphDump.take().withoutSeqAndVersion()).isEqualTo(before);
		assertThat(Exports.bytes(this.exporter, null, ExportFormat.CSV)).isEqualTo(first);
	}

	@AfterEach
	void empty() {
		TestNeo4j.load();
	}

}
