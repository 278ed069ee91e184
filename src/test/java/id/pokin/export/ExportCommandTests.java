package id.pokin.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import id.pokin.importer.ImportCommand;
import id.pokin.importer.TestFiles;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ExportCommandTests extends GraphQlIntegrationTest {

	@Autowired
	ExportCommand command;

	@Autowired
	ImportCommand importCommand;

	@TempDir
	Path dir;

	@BeforeEach
	void fixture() {
		TestNeo4j.load();
		assertThat(this.importCommand.run(List.of(TestFiles.copy("export/region", this.dir).toString()))).isZero();
	}

	@Test
	void writesTheExportOfAScopeThatTheImportCommandReadsBack(CapturedOutput output) throws Exception {
		Path zip = this.dir.resolve("out/dinas-b.zip");
		assertThat(this.command.run(List.of("--scope", "u-b", "--out", zip.toString()))).isZero();
		assertThat(output.getOut()).contains(zip + ": exported 3 documents, 5 units, 5 elements, 3 indicators");
		assertThat(Exports.zipEntries(Files.readAllBytes(zip))).containsKey("units.csv");

		Path xlsx = this.dir.resolve("semua.xlsx");
		assertThat(this.command.run(List.of("--out", xlsx.toString()))).isZero();
		assertThat(Exports.workbookCells(Files.readAllBytes(xlsx))).containsKey("indicators");
		Path csvByOption = this.dir.resolve("semua.data");
		assertThat(this.command.run(List.of("--format", "csv", "--out", csvByOption.toString()))).isZero();
		assertThat(Exports.zipEntries(Files.readAllBytes(csvByOption))).hasSize(4);

		TestNeo4j.load();
		assertThat(this.importCommand.run(List.of(zip.toString()))).isZero();
		assertThat(output.getOut()).contains(zip + ": imported 3 documents, 5 units, 5 elements, 3 indicators (13 created");
	}

	@Test
	void anUnknownScopeOrFormatWritesNothingAndExitsWithOne(CapturedOutput output) {
		Path file = this.dir.resolve("x.xlsx");
		assertThat(this.command.run(List.of("--scope", "u-tidak-ada", "--out", file.toString()))).isEqualTo(1);
		assertThat(output.getOut()).contains("Nothing exported: No node with id 'u-tidak-ada'");
		assertThat(this.command.run(List.of("--format", "pdf", "--out", file.toString()))).isEqualTo(1);
		assertThat(output.getOut()).contains("Unknown export format 'pdf': use xlsx or csv");
		assertThat(file).doesNotExist();
	}

	@Test
	void withoutOutPrintsUsageAndExitsWithOne(CapturedOutput output) {
		assertThat(this.command.run(List.of("--scope", "u-b"))).isEqualTo(1);
		assertThat(output.getOut()).contains("Usage: java -jar pokin.jar export [--scope ID] [--format xlsx|csv] --out FILE");
	}

}
