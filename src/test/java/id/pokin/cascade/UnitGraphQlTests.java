package id.pokin.cascade;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The overview's entry points: units by level, each with the tops of its cascade and what it answers for. */
class UnitGraphQlTests extends GraphQlIntegrationTest {

	@BeforeAll
	static void fixture() {
		TestNeo4j.load("balangan-setda-trace.cypher", "ui-luwutimur-csf.cypher");
	}

	@Test
	void regionsAreThePemdaUnitsInIdOrder() {
		graphQl().document("{ units(filter: {level: PEMDA}) { edges { node { id name level } } } }")
			.execute()
			.path("units.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("fx-lt-u-pemda", "fx-u-pemda");
		graphQl().document("{ units { edges { node { id } } } }").execute().path("units.edges").entityList(Object.class).hasSize(11);
	}

	@Test
	void aRegionsTopsAreItsRpjmdGoalsOrWhereNoneIsRecordedItsAgenciesTops() {
		var response = graphQl().document("""
				{ units(filter: {level: PEMDA}) { edges { node {
				    id topElements { id } children { id ... on Unit { topElements { id } } } } } } }
				""").execute();
		// Luwu Timur names its RPJMD Tujuan: that is the region's top; the Setda outcome contributes to it
		response.path("units.edges[0].node.topElements[*].id").entityList(String.class).containsExactly("fx-lt-t-1");
		response.path("units.edges[0].node.children[0].topElements[*].id").entityList(String.class)
			.containsExactly("fx-lt-k-outcome");
		// Balangan names none (the worked example): the region's top is its Setda's top sasaran
		response.path("units.edges[1].node.topElements[*].id").entityList(String.class).containsExactly("fx-s-setda");
		response.path("units.edges[1].node.children[0].topElements[*].id").entityList(String.class)
			.containsExactly("fx-s-setda");
	}

	@Test
	void anAgencysTopsAreTheHighestElementsItsUnitsAnswerFor() {
		graphQl().document("{ node(id: \"fx-u-asisten1\") { ... on Unit { topElements { id } } } }")
			.execute()
			.path("node.topElements[*].id")
			.entityList(String.class)
			.containsExactly("fx-s-asisten1");
		graphQl().document("{ node(id: \"fx-u-subbag-dok\") { ... on Unit { topElements { id } } } }")
			.execute()
			.path("node.topElements[*].id")
			.entityList(String.class)
			.containsExactly("fx-s-dok");
	}

	@Test
	void countsCoverTheUnitAndEverySubUnit() {
		var response = graphQl().document("""
				{ units(filter: {level: PEMDA}) { edges { node { counts { units tujuan sasaran kondisi indikator } } } } }
				""").execute();
		response.path("units.edges[1].node.counts").entity(UnitCounts.class).isEqualTo(new UnitCounts(6, 0, 6, 0, 3));
		response.path("units.edges[0].node.counts").entity(UnitCounts.class).isEqualTo(new UnitCounts(3, 1, 0, 6, 5));
		graphQl().document("{ node(id: \"fx-u-subbag-penataan\") { ... on Unit { counts { units sasaran indikator } } } }")
			.execute()
			.path("node.counts")
			.matchesJson("{\"units\": 0, \"sasaran\": 1, \"indikator\": 1}");
	}

}
