package id.pokin.trace;

import java.util.List;

import id.pokin.support.SlowTest;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.QueryCounter;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

@SlowTest
class TraceGraphQlTests extends GraphQlIntegrationTest {

	private static final String TRACE = """
			query($id: ID!) {
			  trace(id: $id) {
			    nodes { id kind name level responsibleUnits { id name } }
			    top { id }
			  }
			}
			""";

	@BeforeAll
	static void fixture() {
		TestNeo4j.load("balangan-setda-trace.cypher");
	}

	@Test
	void traceFollowsTheWorkedChainOfTheDecreeUpToTheTopSasaran() {
		var response = graphQl().document(TRACE).variable("id", "fx-i-penataan").execute();
		response.path("trace").entityList(Object.class).hasSize(1);
		response.path("trace[0].nodes[*].id")
			.entityList(String.class)
			.containsExactly("fx-i-penataan", "fx-s-penataan", "fx-s-bag-pem", "fx-s-asisten1", "fx-s-setda");
		response.path("trace[0].nodes[*].kind")
			.entityList(String.class)
			.containsExactly("INDIKATOR", "SASARAN", "SASARAN", "SASARAN", "SASARAN");
		response.path("trace[0].nodes[0].name").entity(String.class)
			.isEqualTo("Jumlah Dokumen Hasil Penataan Administrasi Pemerintahan");
		response.path("trace[0].nodes[0].responsibleUnits[0].name").entity(String.class)
			.isEqualTo("Sub Bag Penataan Administrasi Pemerintahan");
		response.path("trace[0].nodes[3].responsibleUnits[0].id").entity(String.class).isEqualTo("fx-u-asisten1");
		response.path("trace[0].top.id").entity(String.class).isEqualTo("fx-s-setda");
	}

	@Test
	void traceAskingForMoreThanNamesReadsEveryField() {
		// the lean query (identity and names) serves TRACE above; these ask for what only the full one reads
		var response = graphQl().document("""
				query($id: ID!) {
				  trace(id: $id) {
				    nodes { id source { document ref } ... on Indikator { satuan targets { year raw } } }
				    top { id name version }
				  }
				}
				""").variable("id", "fx-i-penataan").execute();
		response.path("trace[0].nodes[0].satuan").entity(String.class).isEqualTo("Dokumen");
		response.path("trace[0].nodes[0].targets[*].year").entityList(Integer.class).contains(2023, 2026);
		response.path("trace[0].nodes[0].source.document").entity(String.class).isEqualTo("fx-doc");
		assertThat(response.path("trace[0].top.name").entity(String.class).get()).isNotBlank();
		// a unit's own field beyond its name, and a second top-level field sharing the units loader
		graphQl().document("""
				query($id: ID!) {
				  trace(id: $id) { nodes { id responsibleUnits { id source { document } } } }
				  node(id: $id) { id responsibleUnits { id name source { document } } }
				}
				""").variable("id", "fx-i-penataan").execute()
			.path("trace[0].nodes[0].responsibleUnits[0].source.document").entity(String.class).isEqualTo("fx-doc")
			.path("node.responsibleUnits[0].source.document").entity(String.class).isEqualTo("fx-doc");
	}

	@Test
	void leanAndFullTracesGiveTheSameNodesInTheSameOrder() {
		String lean = "query($id: ID!) { trace(id: $id) { nodes { id kind code name level responsibleUnits { id name } } } }";
		String full = "query($id: ID!) { trace(id: $id) { nodes { id kind code name level version responsibleUnits { id name version } } } }";
		for (String id : List.of("fx-i-penataan", "fx-i-dok")) {
			List<Object> leanPaths = graphQl().document(lean).variable("id", id).execute()
				.path("trace[*].nodes[*].id").entityList(Object.class).get();
			List<Object> fullPaths = graphQl().document(full).variable("id", id).execute()
				.path("trace[*].nodes[*].id").entityList(Object.class).get();
			assertThat(leanPaths).isEqualTo(fullPaths);
			List<Object> leanUnits = graphQl().document(lean).variable("id", id).execute()
				.path("trace[*].nodes[*].responsibleUnits[*].name").entityList(Object.class).get();
			List<Object> fullUnits = graphQl().document(full).variable("id", id).execute()
				.path("trace[*].nodes[*].responsibleUnits[*].name").entityList(Object.class).get();
			assertThat(leanUnits).isEqualTo(fullUnits);
		}
	}

	@Test
	void traceOfACrosscuttingNodeReturnsEveryPathShortestFirst() {
		var response = graphQl().document(TRACE).variable("id", "fx-i-dok").execute();
		response.path("trace").entityList(Object.class).hasSize(2);
		response.path("trace[0].nodes[*].id")
			.entityList(String.class)
			.containsExactly("fx-i-dok", "fx-s-dok", "fx-s-asisten2", "fx-s-setda");
		response.path("trace[1].nodes[*].id")
			.entityList(String.class)
			.containsExactly("fx-i-dok", "fx-s-dok", "fx-s-bag-pem", "fx-s-asisten1", "fx-s-setda");
	}

	@Test
	void aTraceWithResponsibleUnitsIsOneQueryHoweverManyPathsAndNodes() {
		QueryCounter.reset();
		graphQl().document(TRACE).variable("id", "fx-i-dok").execute().path("trace").entityList(Object.class).hasSize(2);
		assertThat(QueryCounter.count()).isEqualTo(1);
	}

	@Test
	void nestedNeighbourFieldsCostOneQueryPerLevelNotPerNode() {
		String nested = "{ trace(id: \"fx-i-dok\") { nodes { id parents { id children { id } } } } }";
		QueryCounter.reset();
		graphQl().document(nested).execute().path("trace[1].nodes[1].parents[*].id").entityList(String.class)
			.containsExactly("fx-s-asisten2", "fx-s-bag-pem");
		// trace, then one batch for all parents, one for all their children
		assertThat(QueryCounter.count()).isEqualTo(3);
	}

	@Test
	void aTopNodeIsOnePathOfOneNode() {
		graphQl().document(TRACE)
			.variable("id", "fx-s-setda")
			.execute()
			.path("trace[*].nodes[*].id")
			.entityList(String.class)
			.containsExactly("fx-s-setda");
	}

	@Test
	void anUnknownIdIsANotFoundErrorWithAClearMessage() {
		graphQl().document(TRACE).variable("id", "no-such-node").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
			assertThat(errors.get(0).getMessage()).isEqualTo("No node with id 'no-such-node'");
			assertThat(errors.get(0).getPath()).isEqualTo("trace");
		});
	}

	@Test
	void impactListsEverythingUnderANodeFlatWithParentIdsInsideTheImpact() {
		var response = graphQl().document("""
				{ impact(id: "fx-s-asisten1") {
				    root { id }
				    truncated
				    nodes { node { id kind } parentIds depth }
				} }
				""").execute();
		response.path("impact.root.id").entity(String.class).isEqualTo("fx-s-asisten1");
		response.path("impact.truncated").entity(Boolean.class).isEqualTo(false);
		response.path("impact.nodes[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("fx-s-bag-pem", "fx-s-penataan", "fx-s-dok",
					"fx-i-penataan", "fx-i-dok"));
		response.path("impact.nodes[*].depth").entityList(Integer.class).containsExactly(1, 2, 2, 3, 3);
		// fx-s-dok also contributes to Asisten 2, which is outside this impact: only the inside parent is listed
		response.path("impact.nodes[?(@.node.id == 'fx-s-dok')].parentIds")
			.entityList(Object.class)
			.containsExactly(List.of("fx-s-bag-pem"));
	}

	@Test
	void impactStopsAtMaxDepthAndATopSeesBothBranchesOfTheCrosscuttingNodeOnce() {
		graphQl().document("{ impact(id: \"fx-s-setda\", maxDepth: 1) { nodes { node { id } depth } } }")
			.execute()
			.path("impact.nodes[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("fx-i-sakip", "fx-s-asisten1", "fx-s-asisten2"));
		var all = graphQl().document("{ impact(id: \"fx-s-setda\") { nodes { node { id } parentIds } } }").execute();
		all.path("impact.nodes").entityList(Object.class).hasSize(8);
		all.path("impact.nodes[?(@.node.id == 'fx-s-dok')].parentIds")
			.entityList(Object.class)
			.containsExactly(List.of("fx-s-asisten2", "fx-s-bag-pem"));
	}

	@Test
	void impactOfAnUnknownIdIsNotFound() {
		graphQl().document("{ impact(id: \"nope\") { truncated } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
	}

}
