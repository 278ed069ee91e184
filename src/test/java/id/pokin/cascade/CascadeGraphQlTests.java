package id.pokin.cascade;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

class CascadeGraphQlTests extends GraphQlIntegrationTest {

	@BeforeAll
	static void fixture() {
		TestNeo4j.load("balangan-setda-trace.cypher");
	}

	@Test
	void nodeReturnsTypeSpecificFields() {
		var response = graphQl().document("""
				{ node(id: "fx-i-sakip") {
				    __typename id kind name level source { document ref }
				    ... on Indikator { satuan iku baseline { raw value } targets { year raw value } finalTarget { raw } }
				} }
				""").execute();
		response.path("node.__typename").entity(String.class).isEqualTo("Indikator");
		response.path("node.baseline.raw").entity(String.class).isEqualTo("B = 66.04");
		response.path("node.baseline.value").entity(Double.class).isEqualTo(66.04);
		response.path("node.targets[*].year").entityList(Integer.class).containsExactly(2023, 2024, 2025, 2026);
		response.path("node.targets[0].raw").entity(String.class).isEqualTo("BB = 72.4");
		response.path("node.targets[0].value").entity(Double.class).isEqualTo(72.4);
		response.path("node.source.ref").entity(String.class).isEqualTo("Lampiran, tabel IKU Sekretariat Daerah, no. 1");
	}

	@Test
	void unitsShowTheirHierarchyAndWhatTheyAnswerFor() {
		var response = graphQl().document("""
				{ node(id: "fx-u-bag-pem") {
				    __typename level
				    parents { id }
				    children { id }
				    ... on Unit { responsibleFor { id kind } }
				} }
				""").execute();
		response.path("node.__typename").entity(String.class).isEqualTo("Unit");
		response.path("node.parents[*].id").entityList(String.class).containsExactly("fx-u-asisten1");
		response.path("node.children[*].id")
			.entityList(String.class)
			.containsExactly("fx-u-subbag-penataan", "fx-u-subbag-dok");
		response.path("node.responsibleFor[*].id").entityList(String.class).containsExactly("fx-s-bag-pem");
	}

	@Test
	void childrenAndParentsOfAnElement() {
		graphQl().document("{ children(id: \"fx-s-bag-pem\") { id } }")
			.execute()
			.path("children[*].id")
			.entityList(String.class)
			.containsExactly("fx-s-penataan", "fx-s-dok");
		graphQl().document("{ parents(id: \"fx-s-dok\") { id } }")
			.execute()
			.path("parents[*].id")
			.entityList(String.class)
			.containsExactly("fx-s-asisten2", "fx-s-bag-pem");
	}

	@Test
	void searchIgnoresCaseExtraSpacesAndPunctuationAndMatchesPrefixes() {
		graphQl().document("{ search(text: \"  jumlah   DOKUMEN, penataan adm\") { id } }")
			.execute()
			.path("search[*].id")
			.entityList(String.class)
			.containsExactly("fx-i-penataan");
		graphQl().document("{ search(text: \"tata kelola\") { id } }")
			.execute()
			.path("search[*].id")
			.entityList(String.class)
			.contains("fx-s-setda");
	}

	@Test
	void searchOfNothingFindsNothingAndPageSizeIsBounded() {
		graphQl().document("{ search(text: \" ,; \") { id } }").execute().path("search").entityList(Object.class).hasSize(0);
		graphQl().document("{ search(text: \"tata\", first: 1000) { id } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(e.getMessage()).contains("'first' must be between 1 and 100");
			}));
	}

	@Test
	void searchTextCannotInjectLuceneSyntax() {
		graphQl().document("{ search(text: \"name:* OR (\\\"x\\\"~ AND\") { id } }")
			.execute()
			.errors()
			.verify();
	}

	@Test
	void unknownNodeIsNotFound() {
		graphQl().document("{ node(id: \"missing\") { id } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
	}

}
