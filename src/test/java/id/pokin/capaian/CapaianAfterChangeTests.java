package id.pokin.capaian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.graph.GraphReads;
import id.pokin.graph.GraphVersion;
import id.pokin.importer.ImportFile;
import id.pokin.importer.ImportService;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change is in the next roll-up, capaian tree and atRisk at once, though their subgraphs are kept and patched
 * ({@link KeptSubgraphs}): after each change every answer equals the one computed from a fresh read, and the
 * figures are the ones worked out on the capaian fixture (see {@link RollupGraphQlTests}).
 */
class CapaianAfterChangeTests extends GraphQlIntegrationTest {

	private static final Set<CapaianService.RollupKey> TOPS = Set.of(
			new CapaianService.RollupKey("cp-tujuan", 2025, Period.YEAR),
			new CapaianService.RollupKey("cp-s1", 2025, Period.YEAR),
			new CapaianService.RollupKey("cp-s2", 2025, Period.YEAR));

	@Autowired
	CapaianService service;

	@Autowired
	CapaianQueries queries;

	@Autowired
	Neo4jClient client;

	@Autowired
	GraphReads reads;

	@Autowired
	ImportService importer;

	@TempDir
	Path dir;

	/** The same answers with nothing kept: every subgraph read afresh. */
	private CapaianService fresh;

	@BeforeEach
	void fixture() {
		TestNeo4j.load("capaian.cypher");
		this.fresh = new CapaianService(new CapaianQueries(this.client, this.reads, GraphVersion.unknown(),
				this.service.settings()), this.service.settings());
		sameAsFresh(); // every subgraph read and kept
		sameAsFresh();
		assertThat(this.queries.kept().last()).isEqualTo(KeptSubgraphs.How.KEPT);
	}

	/** Every answer of the kept service equals a fresh one; how the last subgraph was had. */
	private KeptSubgraphs.How sameAsFresh() {
		assertThat(this.service.rollups(TOPS)).isEqualTo(this.fresh.rollups(TOPS));
		for (String scope : List.of("cp-pemda", "cp-pd1", "cp-pd2", "cp-s1")) {
			for (Period period : List.of(Period.YEAR, Period.TW2)) {
				assertThat(this.service.tree(scope, 2025, period)).isEqualTo(this.fresh.tree(scope, 2025, period));
				assertThat(this.service.atRisk(scope, 2025, period, 90))
					.isEqualTo(this.fresh.atRisk(scope, 2025, period, 90));
			}
		}
		assertThat(this.service.atRisk(null, 2025, Period.YEAR, 90)).isEqualTo(this.fresh.atRisk(null, 2025, Period.YEAR, 90));
		return this.queries.kept().last();
	}

	private double rollup(String id) {
		return this.service.rollups(Set.of(new CapaianService.RollupKey(id, 2025, Period.YEAR)))
			.values().iterator().next().percent();
	}

	private List<String> atRisk(String scope) {
		return this.service.atRisk(scope, 2025, Period.YEAR, 85).stream().map(item -> item.node().id()).toList();
	}

	private long version(String id) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH (n:Node {id: $id}) RETURN n.version AS v", Map.of("id", id)).single().get("v").asLong();
		}
	}

	/**
	 * A write naming a label or property the database has never seen creates its token first, in a transaction of
	 * its own that no listener sees: a gap, so the next answers read in full. Later writes like it are patched.
	 */
	@Test
	void aCommitOutsideTheSubgraphsKeepsThemWithoutARead() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("MERGE (tick:Tick {id: 'tick'}) SET tick.n = coalesce(tick.n, 0) + 1").consume();
			sameAsFresh();
			session.run("MERGE (tick:Tick {id: 'tick'}) SET tick.n = coalesce(tick.n, 0) + 1").consume();
		}
		assertThat(sameAsFresh()).isEqualTo(KeptSubgraphs.How.PATCHED);
		assertThat(rollup("cp-tujuan")).isEqualTo(89.6);
	}

	@Test
	void aRealisasiSetIsInTheRollupTheTreeAndAtRisk() {
		graphQl("admin").document("""
				mutation { setRealisasi(id: "cp-i1", version: %d, year: 2025, period: YEAR, value: "100") { version } }"""
			.formatted(version("cp-i1"))).execute().path("setRealisasi.version").hasValue();
		sameAsFresh(); // read in full if the write made new property names (see above)
		// s1 = (100 + 120 + 75) / 3, tujuan = (98.3 + 97.5) / 2
		assertThat(rollup("cp-s1")).isEqualTo(98.3);
		assertThat(rollup("cp-tujuan")).isEqualTo(97.9);
		assertThat(atRisk("cp-pemda")).containsExactly("cp-k1");
		graphQl("admin").document("""
				mutation { setRealisasi(id: "cp-i1", version: %d, year: 2025, period: YEAR, value: null) { version } }"""
			.formatted(version("cp-i1"))).execute().path("setRealisasi.version").hasValue();
		assertThat(sameAsFresh()).isEqualTo(KeptSubgraphs.How.PATCHED);
		// i1 without data: s1 = (120 + 75) / 2
		assertThat(rollup("cp-s1")).isEqualTo(97.5);
	}

	@Test
	void aTargetChangedIsInTheRollup() {
		graphQl("admin").document("""
				mutation { setTargets(id: "cp-i3", version: %d, targets: [{year: 2025, value: "60"}]) { version } }"""
			.formatted(version("cp-i3"))).execute().path("setTargets.version").hasValue();
		assertThat(sameAsFresh()).isEqualTo(KeptSubgraphs.How.PATCHED);
		// i3 60 of 60: k1 = 100, s1 = (50 + 120 + 100) / 3
		assertThat(rollup("cp-k1")).isEqualTo(100.0);
		assertThat(rollup("cp-s1")).isEqualTo(90.0);
		assertThat(atRisk("cp-pemda")).isEmpty();
	}

	@Test
	void aLinkAddedBringsItsSubtreeIn() {
		graphQl("admin").document("""
				mutation { addContribution(from: "cp-i2", to: "cp-s3") { changed } }""").execute()
			.path("addContribution.changed").entity(Boolean.class).isEqualTo(true);
		sameAsFresh();
		graphQl("admin").document("""
				mutation { removeContribution(from: "cp-i2", to: "cp-s3") { changed } }""").execute()
			.path("removeContribution.changed").entity(Boolean.class).isEqualTo(true);
		sameAsFresh();
		graphQl("admin").document("""
				mutation { addContribution(from: "cp-k1", to: "cp-s3") { changed } }""").execute()
			.path("addContribution.changed").entity(Boolean.class).isEqualTo(true);
		assertThat(sameAsFresh()).isEqualTo(KeptSubgraphs.How.PATCHED);
		// s3 = k1 = 75; tujuan = (81.7 + 97.5 + 75) / 3
		assertThat(rollup("cp-s3")).isEqualTo(75.0);
		assertThat(rollup("cp-tujuan")).isEqualTo(84.7);
		assertThat(this.service.tree("cp-s3", 2025, Period.YEAR)).extracting(row -> row.node().id())
			.containsExactly("cp-s3", "cp-k1", "cp-i3", "cp-i4");
	}

	@Test
	void aLinkRemovedDropsWhatIsNoLongerReached() {
		graphQl("admin").document("""
				mutation { removeContribution(from: "cp-k1", to: "cp-s1") { changed } }""").execute()
			.path("removeContribution.changed").entity(Boolean.class).isEqualTo(true);
		assertThat(sameAsFresh()).isEqualTo(KeptSubgraphs.How.PATCHED);
		// s1 = (50 + 120) / 2
		assertThat(rollup("cp-s1")).isEqualTo(85.0);
		assertThat(this.service.tree("cp-s1", 2025, Period.YEAR)).extracting(row -> row.node().id())
			.containsExactly("cp-s1", "cp-i1", "cp-i2");
	}

	@Test
	void aWeightChangedIsInTheRollup() {
		graphQl("admin").document("""
				mutation { setContributionWeight(from: "cp-s1", to: "cp-tujuan", weight: 2) { changed } }""").execute()
			.path("setContributionWeight.changed").entity(Boolean.class).isEqualTo(true);
		sameAsFresh();
		graphQl("admin").document("""
				mutation { setContributionWeight(from: "cp-s1", to: "cp-tujuan", weight: 3) { changed } }""").execute()
			.path("setContributionWeight.changed").entity(Boolean.class).isEqualTo(true);
		assertThat(sameAsFresh()).isEqualTo(KeptSubgraphs.How.PATCHED);
		assertThat(rollup("cp-tujuan")).isEqualTo(85.7);
	}

	@Test
	void aNodeDeletedLeavesTheRollup() {
		graphQl("admin").document("""
				mutation { removeContribution(from: "cp-i5", to: "cp-s2") { changed } }""").execute()
			.path("removeContribution.changed").entity(Boolean.class).isEqualTo(true);
		sameAsFresh();
		graphQl("admin").document("mutation { deleteIndicator(id: \"cp-i2\", version: %d) { id } }"
			.formatted(version("cp-i2"))).execute().path("deleteIndicator.id").hasValue();
		sameAsFresh();
		// s1 = (50 + 75) / 2; s2 = k1 = 75
		assertThat(rollup("cp-s1")).isEqualTo(62.5);
		assertThat(rollup("cp-s2")).isEqualTo(75.0);
	}

	@Test
	void anImportIsInTheRollup() throws IOException {
		Files.writeString(this.dir.resolve("documents.csv"), "id,title\n");
		Files.writeString(this.dir.resolve("units.csv"), "id,name,level,document,source_ref\n");
		Files.writeString(this.dir.resolve("elements.csv"), "id,kind,name,level,document,source_ref\n");
		Files.writeString(this.dir.resolve("indicators.csv"), "id,name,document,source_ref\n");
		Files.writeString(this.dir.resolve("realisasi.csv"), """
				indicator,year,period,value,evidence,document,source_ref
				cp-i1,2025,YEAR,100,,,
				cp-i3,2025,TW3,80,,,
				""");
		assertThat(this.importer.importFile(ImportFile.read(this.dir)).errors()).isEmpty();
		sameAsFresh();
		// i1 100, i3 100 (TW3, the latest quarter): k1 = 100, s1 = (100 + 120 + 100) / 3
		assertThat(rollup("cp-s1")).isEqualTo(106.7);
		assertThat(atRisk("cp-pemda")).isEmpty();
	}

	@Test
	void aUnitTakingOnANodeWidensItsScope() {
		graphQl("admin").document("""
				mutation { addResponsibility(unit: "cp-pd2", node: "cp-i1") { changed } }""").execute()
			.path("addResponsibility.changed").entity(Boolean.class).isEqualTo(true);
		sameAsFresh();
		assertThat(this.service.tree("cp-pd2", 2025, Period.YEAR)).extracting(row -> row.node().id()).contains("cp-i1");
	}

}
