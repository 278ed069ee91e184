package id.pokin.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.pokin.dataset.DatasetSeed;
import id.pokin.importer.GraphDump;
import id.pokin.importer.ImportCommand;
import id.pokin.importer.ImportResult;
import id.pokin.importer.ImportService;
import id.pokin.importer.TestFiles;
import id.pokin.node.NodeNotFoundException;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the export of a region, a perangkat daerah and everything holds, and that each imports into an empty
 * database without an error. The fixture {@code export/region}: Pemda u-pemda with Dinas A, B and C, each from
 * its own document; Dinas B's condition e-b-bag also contributes to Dinas A's e-a-bag; u-other is another
 * region.
 */
class ExportScopeTests extends GraphQlIntegrationTest {

	@Autowired
	ImportService importer;

	@Autowired
	ExportService exporter;

	@TempDir
	Path dir;

	@Test
	void aPerangkatDaerahTakesItsDocumentsWholeTheDocumentsOfWhatContributesToItAndWhatTheyPointTo() {
		loadFixture();
		// Dinas B's e-b-bag contributes to A's e-a-bag: doc-b comes whole (i-b2 too); upwards the
		// RPJMD tujuan and its Pemda, but not the rest of doc-rpjmd (e-rpjmd-2)
		assertThat(ids(this.exporter.read("u-a"))).isEqualTo(Map.of(
				"documents", List.of("doc-a", "doc-b", "doc-rpjmd"),
				"units", List.of("u-a", "u-a-bag", "u-b", "u-b-bag", "u-pemda"),
				"elements", List.of("e-a", "e-a-bag", "e-b", "e-b-bag", "e-tujuan"),
				"indicators", List.of("i-a", "i-b", "i-orphan", "i-b2")));
		exportImportsCleanly("u-a", 14);
	}

	@Test
	void aPerangkatDaerahTakesOnlyWhatItsRowsPointToFromOtherDocuments() {
		loadFixture();
		// B points up into A's cascade (e-a-bag, e-a and their units), and i-orphan names u-a: not i-a
		assertThat(ids(this.exporter.read("u-b"))).isEqualTo(Map.of(
				"documents", List.of("doc-a", "doc-b", "doc-rpjmd"),
				"units", List.of("u-a", "u-a-bag", "u-b", "u-b-bag", "u-pemda"),
				"elements", List.of("e-a", "e-a-bag", "e-b", "e-b-bag", "e-tujuan"),
				"indicators", List.of("i-b", "i-orphan", "i-b2")));
		exportImportsCleanly("u-b", 13);

		loadFixture();
		assertThat(ids(this.exporter.read("u-c"))).isEqualTo(Map.of(
				"documents", List.of("doc-c", "doc-rpjmd"),
				"units", List.of("u-c", "u-pemda"),
				"elements", List.of("e-c", "e-tujuan"),
				"indicators", List.of("i-c")));
		exportImportsCleanly("u-c", 5);
	}

	@Test
	void aRegionTakesEveryUnitBelowItsPemdaAndNothingOfAnotherRegion() {
		loadFixture();
		Map<String, List<String>> region = ids(this.exporter.read("u-pemda"));
		assertThat(region.get("documents")).containsExactly("doc-a", "doc-b", "doc-c", "doc-rpjmd");
		assertThat(region.get("units")).containsExactlyInAnyOrder("u-pemda", "u-a", "u-a-bag", "u-b", "u-b-bag", "u-c");
		assertThat(region.get("elements")).hasSize(7).contains("e-rpjmd-2").doesNotContain("e-other");
		assertThat(region.get("indicators")).containsExactlyInAnyOrder("i-a", "i-b", "i-orphan", "i-b2", "i-c");
		exportImportsCleanly("u-pemda", 18);

		loadFixture();
		assertThat(ids(this.exporter.read("u-other"))).isEqualTo(Map.of("documents", List.of("doc-other"),
				"units", List.of("u-other"), "elements", List.of("e-other"), "indicators", List.of()));
		exportImportsCleanly("u-other", 2);
	}

	@Test
	void theRegionOfEveryDocumentComesAlongWithTheDocumentItCameFrom() {
		loadFixture();
		// not what a decree does, but the format allows it: Dinas C's document belongs to the other region
		GraphDump.count("MATCH (d:Document {id: 'doc-c'}) SET d.region = 'u-other' RETURN count(d)");
		assertThat(ids(this.exporter.read("u-c"))).isEqualTo(Map.of(
				"documents", List.of("doc-c", "doc-other", "doc-rpjmd"),
				"units", List.of("u-c", "u-other", "u-pemda"),
				"elements", List.of("e-c", "e-tujuan"),
				"indicators", List.of("i-c")));
		exportImportsCleanly("u-c", 6);
	}

	@Test
	void withoutAScopeEverythingIsExported() {
		loadFixture();
		Map<String, List<String>> all = ids(this.exporter.read(null));
		assertThat(all.get("documents")).hasSize(5);
		assertThat(all.values().stream().mapToInt(List::size).sum()).isEqualTo(5 + 7 + 8 + 5);
		assertThat(ids(this.exporter.read("  "))).isEqualTo(all);
	}

	@Test
	void rowsComeByDocumentThenInDocumentOrder() {
		loadFixture();
		Map<String, List<String>> all = ids(this.exporter.read(null));
		assertThat(all.get("units")).containsExactly("u-a", "u-a-bag", "u-b", "u-b-bag", "u-c", "u-other", "u-pemda");
		assertThat(all.get("elements")).containsExactly("e-a", "e-a-bag", "e-b", "e-b-bag", "e-c", "e-other",
				"e-tujuan", "e-rpjmd-2");
		assertThat(all.get("indicators")).containsExactly("i-a", "i-b", "i-orphan", "i-b2", "i-c");
	}

	@Test
	void theDatasetsRegionsAndPerangkatDaerah() {
		TestNeo4j.load();
		DatasetSeed.datasets().values().forEach(file -> assertThat(this.importer.importFile(file).errors()).isEmpty());
		assertThat(counts(this.exporter.read(null))).isEqualTo(List.of(5, 64, 111, 149));
		// the three Balangan documents; not Kalimantan Timur's nor Luwu Timur's
		assertThat(counts(this.exporter.read("pemda-balangan"))).isEqualTo(List.of(3, 47, 62, 74));
		assertThat(counts(this.exporter.read("pemda-kaltim"))).isEqualTo(List.of(1, 11, 4, 21));
		// the Setda document whole, and the document that declared pemda-balangan last (Setwan), for its row
		ExportService.Export setda = this.exporter.read("blg-setda-u-setda");
		assertThat(counts(setda)).isEqualTo(List.of(2, 36, 52, 65));
		assertThat(ids(setda).get("documents")).containsExactly("blg-setda-iku-2023", "blg-setwan-iku-2023");
		assertThat(counts(this.exporter.read("blg-setwan-u-setwan"))).isEqualTo(List.of(1, 6, 4, 4));
		exportImportsCleanly("blg-setda-u-setda", 36 + 52 + 65);
	}

	@Test
	void anUnknownScopeIsNotFoundAndANodeThatIsNoUnitIsRefused() {
		loadFixture();
		assertThatExceptionOfType(NodeNotFoundException.class).isThrownBy(() -> this.exporter.read("u-tidak-ada"))
			.withMessageContaining("u-tidak-ada");
		assertThatIllegalArgumentException().isThrownBy(() -> this.exporter.read("e-a"))
			.withMessageContaining("'e-a' is not a unit");
	}

	private void loadFixture() {
		TestNeo4j.load();
		assertThat(this.importer.importFile(TestFiles.csvFolder("export/region")).errors()).isEmpty();
	}

	/** Exports the scope, imports it into an empty database: no error, and exactly the exported nodes. */
	private void exportImportsCleanly(String scope, int nodes) {
		for (ExportFormat format : ExportFormat.values()) {
			byte[] bytes = Exports.bytes(this.exporter, scope, format);
			TestNeo4j.load();
			ImportResult result = this.importer.importFile(Exports.importFile(bytes, format, this.dir));
			assertThat(result.errors()).extracting(ImportCommand::line).isEmpty();
			assertThat(result.summary().created()).isEqualTo(nodes);
			assertThat(GraphDump.count("MATCH (n:Node) RETURN count(n)")).isEqualTo(nodes);
		}
	}

	/** The ids of each sheet, in the order of the rows. */
	private static Map<String, List<String>> ids(ExportService.Export export) {
		return export.tables().stream().collect(Collectors.toMap(ExportTable::name,
				table -> table.rows().stream().map(row -> (String) row.get(0)).toList()));
	}

	private static List<Integer> counts(ExportService.Export export) {
		return export.tables().stream().map(table -> table.rows().size()).toList();
	}

}
