package id.pokin.capaian;

import java.util.Map;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.QueryCounter;
import id.pokin.support.TestNeo4j;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capaian, roll-ups, weights, coverage, a Kondisi under two Sasaran, and atRisk with its causes, on the capaian
 * fixture. Its 2025 figures: i1 50 (OFF_TRACK), i2 120 (lower is better, 8 against 10), i3 75 (TW2, the latest
 * quarter), i4 qualitative (no data), i5 200 (capped at 120 in roll-ups). k1 = 75 (1 of 2), s1 = (50 + 120 + 75) / 3
 * = 81.7, s2 = (120 + 75) / 2 = 97.5, s3 no data, tujuan = (81.7 + 97.5) / 2 = 89.6 (2 of 3).
 */
class RollupGraphQlTests extends GraphQlIntegrationTest {

	@BeforeEach
	void fixture() {
		TestNeo4j.load("capaian.cypher");
	}

	@Test
	void indicatorCapaianByPeriod() {
		graphQl().document("""
				{ node(id: "cp-i3") { ... on Indikator {
				    year: capaian(year: 2025) { percent status period target realisasi basis { id en } }
				    tw2: capaian(year: 2025, period: TW2) { percent }
				    tw1: capaian(year: 2025, period: TW1) { percent status basis { en } }
				    realisasi(year: 2025) { year period raw value }
				} } }""").execute()
			.path("node.year.percent").entity(Double.class).isEqualTo(75.0)
			.path("node.year.status").entity(String.class).isEqualTo("AT_RISK")
			.path("node.year.period").entity(String.class).isEqualTo("TW2")
			.path("node.year.basis.en").entity(String.class).satisfies(en -> assertThat(en).contains("Polarity not stated"))
			.path("node.tw2.percent").entity(Double.class).isEqualTo(75.0)
			.path("node.tw1.percent").valueIsNull()
			.path("node.tw1.status").entity(String.class).isEqualTo("NO_DATA")
			.path("node.tw1.basis.en").entity(String.class).isEqualTo("No realisasi for 2025 TW1.")
			.path("node.realisasi[0].period").entity(String.class).isEqualTo("TW2")
			.path("node.realisasi[0].value").entity(Double.class).isEqualTo(60.0);
	}

	@Test
	void rollsUpWithCapCoverageAndACrosscuttingKondisi() {
		var response = graphQl().document("""
				{ t: node(id: "cp-tujuan") { ... on Tujuan { rollup(year: 2025) { percent status coverage { counted of } basis { id en } } } }
				  s1: node(id: "cp-s1") { ... on Sasaran { rollup(year: 2025) { percent status coverage { counted of } } } }
				  s2: node(id: "cp-s2") { ... on Sasaran { rollup(year: 2025) { percent status } } }
				  s3: node(id: "cp-s3") { ... on Sasaran { rollup(year: 2025) { percent status coverage { counted of } } } }
				  k1: node(id: "cp-k1") { ... on Kondisi { rollup(year: 2025) { percent coverage { counted of } } } }
				}""").execute();
		response.path("k1.rollup.percent").entity(Double.class).isEqualTo(75.0)
			.path("k1.rollup.coverage.counted").entity(Integer.class).isEqualTo(1)
			.path("k1.rollup.coverage.of").entity(Integer.class).isEqualTo(2)
			.path("s1.rollup.percent").entity(Double.class).isEqualTo(81.7)
			.path("s1.rollup.status").entity(String.class).isEqualTo("AT_RISK")
			.path("s1.rollup.coverage.counted").entity(Integer.class).isEqualTo(3)
			// i5's 200 counts as 120; k1 counts here as well as in s1
			.path("s2.rollup.percent").entity(Double.class).isEqualTo(97.5)
			.path("s3.rollup.status").entity(String.class).isEqualTo("NO_DATA")
			.path("s3.rollup.coverage.of").entity(Integer.class).isEqualTo(0)
			.path("t.rollup.percent").entity(Double.class).isEqualTo(89.6)
			.path("t.rollup.status").entity(String.class).isEqualTo("ON_TRACK")
			.path("t.rollup.coverage.counted").entity(Integer.class).isEqualTo(2)
			.path("t.rollup.coverage.of").entity(Integer.class).isEqualTo(3)
			.path("t.rollup.basis.en").entity(String.class).satisfies(en -> assertThat(en).contains("capped at 120%"));
	}

	@Test
	void weightsSetByMutationShapeTheRollupAndAreAudited() {
		graphQl("admin").document("""
				mutation { setContributionWeight(from: "cp-s1", to: "cp-tujuan", weight: 3) { weight changed } }""")
			.execute()
			.path("setContributionWeight.weight").entity(Double.class).isEqualTo(3.0)
			.path("setContributionWeight.changed").entity(Boolean.class).isEqualTo(true);
		// (3 x 81.7 + 97.5) / 4 = 85.65
		graphQl().document("{ node(id: \"cp-tujuan\") { ... on Tujuan { rollup(year: 2025) { percent } } } }").execute()
			.path("node.rollup.percent").entity(Double.class).isEqualTo(85.7);
		graphQl().document("{ history(id: \"cp-tujuan\", first: 5) { edges { node { user fields { field before after } } } } }")
			.execute()
			.path("history.edges[0].node.user").entity(String.class).isEqualTo("admin")
			.path("history.edges[0].node.fields[0].field").entity(String.class).isEqualTo("weight cp-s1")
			.path("history.edges[0].node.fields[0].after").entity(String.class).isEqualTo("3.0");
		graphQl("admin").document("""
				mutation { setContributionWeight(from: "cp-s1", to: "cp-tujuan", weight: null) { weight changed } }""")
			.execute().path("setContributionWeight.weight").entity(Double.class).isEqualTo(1.0);
		graphQl().document("{ node(id: \"cp-tujuan\") { ... on Tujuan { rollup(year: 2025) { percent } } } }").execute()
			.path("node.rollup.percent").entity(Double.class).isEqualTo(89.6);
	}

	@Test
	void weightsAreCheckedAndBelongToThePlannersOfTheNodeContributedTo() {
		graphQl("admin").document("""
				mutation { setContributionWeight(from: "cp-s1", to: "cp-tujuan", weight: 0) { changed } }""")
			.execute().errors().satisfy(errors -> assertThat(errors.get(0).getExtensions())
				.containsEntry("code", "INVALID_VALUE").containsEntry("field", "weight"));
		graphQl("admin").document("""
				mutation { setContributionWeight(from: "cp-i1", to: "cp-tujuan", weight: 2) { changed } }""")
			.execute().errors().satisfy(errors -> assertThat(errors.get(0).getExtensions())
				.containsEntry("code", "INVALID_VALUE").containsEntry("field", "to"));
		graphQl("admin").document("""
				mutation { setContributionWeight(from: "cp-nope", to: "cp-tujuan", weight: 2) { changed } }""")
			.execute().errors().satisfy(errors -> assertThat(errors.get(0).getExtensions())
				.containsEntry("code", "NODE_NOT_FOUND").containsEntry("field", "from"));
		graphQl("planner-a").document("""
				mutation { setContributionWeight(from: "cp-s1", to: "cp-tujuan", weight: 2) { changed } }""")
			.execute().errors().satisfy(errors -> assertThat(errors.get(0).getExtensions())
				.containsEntry("code", "NOT_YOURS"));
		graphQl("evaluator").document("""
				mutation { setContributionWeight(from: "cp-s1", to: "cp-tujuan", weight: 2) { changed } }""")
			.execute().errors().satisfy(errors -> assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN"));
	}

	@Test
	void atRiskListsGoalsTopDownWithThePathsFromTheirFailingIndicators() {
		var response = graphQl().document("""
				{ atRisk(scope: "cp-pemda", year: 2025) { node { id } rollup { percent } causeCount
				    causes { nodes { id } top { id } } } }""").execute();
		response.path("atRisk[*].node.id").entityList(String.class).containsExactly("cp-s1", "cp-k1");
		response.path("atRisk[0].causeCount").entity(Integer.class).isEqualTo(2)
			// the worst indicator first, each path from the indicator up to the goal
			.path("atRisk[0].causes[0].nodes[*].id").entityList(String.class).containsExactly("cp-i1", "cp-s1")
			.path("atRisk[0].causes[1].nodes[*].id").entityList(String.class).containsExactly("cp-i3", "cp-k1", "cp-s1")
			.path("atRisk[0].causes[1].top.id").entity(String.class).isEqualTo("cp-s1")
			.path("atRisk[1].causes[0].nodes[*].id").entityList(String.class).containsExactly("cp-i3", "cp-k1");
	}

	@Test
	void aNodeUnderTwoParentsGivesACauseAlongEachPath() {
		var response = graphQl().document("""
				{ atRisk(scope: "cp-tujuan", year: 2025, below: 90) { node { id } causeCount causes { nodes { id } } } }""")
			.execute();
		response.path("atRisk[*].node.id").entityList(String.class).containsExactly("cp-tujuan", "cp-s1", "cp-k1");
		response.path("atRisk[0].causeCount").entity(Integer.class).isEqualTo(3);
		response.path("atRisk[0].causes").entityList(Map.class).hasSize(3);
		response.path("atRisk[0].causes[1].nodes[*].id").entityList(String.class)
			.containsExactly("cp-i3", "cp-k1", "cp-s1", "cp-tujuan");
		response.path("atRisk[0].causes[2].nodes[*].id").entityList(String.class)
			.containsExactly("cp-i3", "cp-k1", "cp-s2", "cp-tujuan");
	}

	@Test
	void aTreeOfAScopeAndUnknownScopes() {
		graphQl().document("""
				{ capaianTree(scope: "cp-pd2", year: 2025) { node { id } parentIds depth capaian { percent } } }""")
			.execute()
			.path("capaianTree[*].node.id").entityList(String.class)
			.containsExactly("cp-s2", "cp-s3", "cp-i5", "cp-k1", "cp-i3", "cp-i4")
			.path("capaianTree[0].capaian.percent").entity(Double.class).isEqualTo(97.5);
		graphQl().document("{ capaianTree(scope: \"cp-nope\", year: 2025) { depth } }").execute().errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND"));
	}

	@Test
	void aListCostsOneQueryPerLevelForCapaianAndRollups() {
		String document = """
				{ children(id: "cp-tujuan") { id ... on Sasaran { rollup(year: 2025) { percent }
				    children { id ... on Indikator { capaian(year: 2025) { percent } realisasi { raw } }
				               ... on Kondisi { rollup(year: 2025, period: TW2) { percent } } } } } }""";
		graphQl().document(document).execute().path("children").entityList(Map.class).hasSize(3);
		try (var session = TestNeo4j.driver().session()) {
			// a label changed: a commit no kept subgraph can be patched for, so nothing read before is kept
			session.run("MERGE (tick:Tick {id: 'tick'})").consume();
			session.run("MATCH (tick:Tick {id: 'tick'}) REMOVE tick:Ticked").consume();
			session.run("MATCH (tick:Tick {id: 'tick'}) SET tick:Ticked").consume();
		}
		QueryCounter.reset();
		graphQl().document(document).execute();
		// children (two queries: the node, its children), rollups of the sasaran, their children, the figures of
		// the indicators (capaian and realisasi share them), the rollups of the kondisi
		assertThat(QueryCounter.count()).isEqualTo(6);
		// a commit elsewhere: both roll-up subgraphs are kept, patched for nothing
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (tick:Tick {id: 'tick'}) SET tick.n = coalesce(tick.n, 0) + 1").consume();
			graphQl().document(document).execute(); // the property's name was new: a commit of its own, unseen
			session.run("MATCH (tick:Tick {id: 'tick'}) SET tick.n = tick.n + 1").consume();
		}
		QueryCounter.reset();
		graphQl().document(document).execute();
		assertThat(QueryCounter.count()).isEqualTo(4);
		// the graph unchanged: both roll-up subgraphs are kept
		QueryCounter.reset();
		graphQl().document(document).execute();
		assertThat(QueryCounter.count()).isEqualTo(4);
	}

}
