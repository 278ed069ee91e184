package id.pokin.suggest;

import java.util.List;
import java.util.Map;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class ParentSuggestionsGraphQlTests extends GraphQlIntegrationTest {

	private static final String SUGGEST = """
			query ($id: ID!, $first: Int) {
			  parentSuggestions(id: $id, first: $first) { node { id kind level } score reasons { id en } }
			}
			""";

	@BeforeEach
	void fixture() {
		TestNeo4j.load("suggestions.cypher");
	}

	private GraphQlTester.Response suggest(String id, Integer first) {
		return graphQl().document(SUGGEST).variable("id", id).variable("first", first).execute();
	}

	private List<String> ids(String id, Integer first) {
		return suggest(id, first).path("parentSuggestions[*].node.id").entityList(String.class).get();
	}

	@Test
	void neverItselfItsDescendantsItsParentsOrAnElementOfTheWrongKindOrLevel() {
		// s1's descendants are b1, k1 (and i1); its parent t is already linked; nothing below PERANGKAT_DAERAH fits
		assertThat(ids("sg-s1", 50)).doesNotContain("sg-s1", "sg-b1", "sg-k1", "sg-i1", "sg-t", "sg-b2", "sg-k2",
				"sg-orphan", "sg-pd", "sg-pemda");
		// a Tujuan never goes under a Sasaran of its own level
		assertThat(ids("sg-t", 50)).doesNotContain("sg-t", "sg-s1", "sg-s2", "sg-s3", "sg-b1", "sg-k1");
		// a Bagian element: only elements of its level or above, never units or indicators
		suggest("sg-b1", 50).path("parentSuggestions[*].node.kind").entityList(String.class)
			.satisfies(kinds -> assertThat(kinds).isNotEmpty().allMatch(k -> List.of("TUJUAN", "SASARAN", "KONDISI").contains(k)));
		suggest("sg-b1", 50).path("parentSuggestions[*].node.level").entityList(String.class)
			.satisfies(levels -> assertThat(levels).allMatch(l -> List.of("PEMDA", "PERANGKAT_DAERAH", "ASISTEN", "BAGIAN").contains(l)));
		// nothing of another region, however alike its name
		assertThat(ids("sg-orphan", 50)).doesNotContain("sg-foreign");
	}

	@Test
	void theCodePrefixWinsOverALikeName() {
		GraphQlTester.Response response = suggest("sg-orphan", 3);
		response.path("parentSuggestions[0].node.id").entity(String.class).isEqualTo("sg-s2");
		response.path("parentSuggestions[0].reasons[*].id").entityList(String.class)
			.satisfies(reasons -> assertThat(reasons).contains("Kode 1.2 mengawali 1.2.2"));
		response.path("parentSuggestions[0].reasons[*].en").entityList(String.class)
			.satisfies(reasons -> assertThat(reasons).contains("Code 1.2 begins 1.2.2"));
	}

	@Test
	void theParentUnitAnswersForTheParent() {
		GraphQlTester.Response response = suggest("sg-b3", 5);
		response.path("parentSuggestions[0].node.id").entity(String.class).isEqualTo("sg-p2s");
		response.path("parentSuggestions[0].reasons[*].id").entityList(String.class)
			.satisfies(reasons -> assertThat(reasons).contains("Unit induk bertanggung jawab: Dinas Kedua"));
	}

	@Test
	void anIndicatorGoesUnderItsUnitsElementBesideTheRowBefore() {
		GraphQlTester.Response response = suggest("sg-i2", 5);
		response.path("parentSuggestions[0].node.id").entity(String.class).isEqualTo("sg-k1");
		response.path("parentSuggestions[0].score").entity(Double.class)
			.satisfies(score -> assertThat(score).isBetween(0.0, 1.0));
	}

	@Test
	void worksForAnOrphanWithNoLinksNoUnitAndNoDocument() {
		suggest("sg-lonely", 5).path("parentSuggestions").entityList(Map.class).satisfies(list -> assertThat(list).hasSizeLessThanOrEqualTo(5));
		assertThat(ids("sg-b3", null)).isNotEmpty().hasSizeLessThanOrEqualTo(5);
	}

	@Test
	void firstIsBoundedLikeEveryPage() {
		assertThat(ids("sg-orphan", 1)).hasSize(1);
		suggest("sg-orphan", 0).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(e.getExtensions()).containsEntry("code", "PAGE_SIZE_OUT_OF_RANGE");
		}));
		suggest("sg-orphan", 100_000).errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "PAGE_SIZE_OUT_OF_RANGE")));
	}

	@Test
	void anUnknownIdIsNotFoundAndAUnitIsRefused() {
		suggest("sg-no-such-node", 5).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
			assertThat(e.getExtensions()).containsEntry("code", "NODE_NOT_FOUND");
			assertThat(e.getMessage()).isEqualTo("parentSuggestions: no node 'sg-no-such-node'");
			assertThat(e.getExtensions()).containsKey("localized");
		}));
		suggest("sg-pd", 5).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(e.getExtensions()).containsEntry("code", "WRONG_KIND");
		}));
	}

}
