package id.pokin.importer;

import java.nio.file.Path;

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
class ImportCommandTests extends GraphQlIntegrationTest {

	@Autowired
	ImportCommand command;

	@TempDir
	Path dir;

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.load();
	}

	@Test
	void importsEachPathAndPrintsItsSummary(CapturedOutput output) {
		Path folder = TestFiles.copy("importer/basic", this.dir);
		Path xlsx = TestFiles.workbookOf(folder, this.dir.resolve("kota-contoh.xlsx"));
		assertThat(run("import", folder.toString(), xlsx.toString())).isZero();
		assertThat(output.getOut())
			.contains(folder + ": imported 1 documents, 4 units, 4 elements, 4 indicators (12 created, 0 updated, 0 unchanged)")
			.contains(xlsx + ": imported 1 documents, 4 units, 4 elements, 4 indicators (0 created, 0 updated, 12 unchanged)");
	}

	@Test
	void printsEveryErrorOnALineOfItsOwnAndExitsWithOne(CapturedOutput output) {
		Path broken = TestFiles.copy("importer/basic", this.dir.resolve("broken"));
		TestFiles.append(broken.resolve("elements.csv"), "e-salah,VISI,,Visi,PEMDA,e-tidak-ada,,,,doc-contoh,x");
		Path good = TestFiles.copy("importer/revised", this.dir.resolve("good"));
		assertThat(run("import", broken.toString(), good.toString())).isEqualTo(1);
		assertThat(output.getOut()).contains(broken + ": 2 errors, nothing imported")
			.contains("elements:6:kind INVALID_VALUE 'VISI' bukan isian yang sah untuk kolom kind. Pilih salah satu: TUJUAN, SASARAN, KONDISI. / 'VISI' is not a valid value for column kind. Use one of: TUJUAN, SASARAN, KONDISI.")
			.contains("elements:6:parents UNKNOWN_REFERENCE 'e-tidak-ada' (kolom parents)")
			.contains(good + ": imported 1 documents, 4 units, 4 elements, 5 indicators (13 created, 0 updated, 0 unchanged)");
		assertThat(GraphDump.count("MATCH (n:Node {id: 'e-salah'}) RETURN count(n)")).isZero();
	}

	@Test
	void goesThroughTheSameChecksAsAnUploadAndListsOnlyTheFirstErrors(CapturedOutput output) {
		Path broken = TestFiles.copy("importer/basic", this.dir.resolve("many"));
		StringBuilder rows = new StringBuilder("u-" + "x".repeat(8000) + ",Unit,BAGIAN,u-setda,doc-contoh,x");
		for (int i = 0; i < 300; i++) {
			rows.append("\nu-").append(i).append(",Unit\u0000,BAGIAN,u-setda,doc-contoh,x");
		}
		TestFiles.append(broken.resolve("units.csv"), rows.toString());
		assertThat(run("import", broken.toString())).isEqualTo(1);
		assertThat(output.getOut()).contains(broken + ": 302 errors, nothing imported")
			.contains("units:6:id ID_TOO_LONG Id 'u-xxxx")
			.contains("units:7:name CONTROL_CHARACTER")
			.contains("-:-:- CHECKS_SKIPPED")
			.contains("... and 102 more errors, not listed")
			.doesNotContain("x".repeat(200))
			.hasSizeLessThan(200_000);
		assertThat(GraphDump.count("MATCH (n:Node) RETURN count(n)")).isZero();
	}

	@Test
	void anErrorWithoutSheetOrRowPrintsDashes(CapturedOutput output) {
		assertThat(run("import", this.dir.resolve("missing.xlsx").toString())).isEqualTo(1);
		assertThat(output.getOut()).contains("-:-:- FILE_UNREADABLE Berkas tidak dapat dibaca (berkas tidak ditemukan: ");
	}

	@Test
	void withoutPathsPrintsUsageAndExitsWithOne(CapturedOutput output) {
		assertThat(run("import")).isEqualTo(1);
		assertThat(output.getOut()).contains("Usage: java -jar pokin.jar import PATH [PATH...]");
	}

	private int run(String... args) {
		assertThat(args[0]).isEqualTo(this.command.name());
		return this.command.run(java.util.List.of(args).subList(1, args.length));
	}

}
