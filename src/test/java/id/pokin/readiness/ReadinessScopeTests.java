package id.pokin.readiness;

import java.util.Set;

import id.pokin.support.SlowTest;
import id.pokin.node.NodeNotFoundException;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static id.pokin.readiness.ReadinessRulesTests.all;
import static id.pokin.readiness.ReadinessRulesTests.nodesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@SlowTest
class ReadinessScopeTests extends GraphQlIntegrationTest {

	@Autowired
	ReadinessService service;

	@BeforeAll
	static void fixture() {
		TestNeo4j.load("readiness-clean.cypher", "readiness-defects.cypher");
	}

	@Test
	void aRegionIsItsPemdaWithEverythingOfItsDocumentsAndNothingOfAnotherRegion() {
		ReadinessReport region = this.service.check("rx-u-pemda", 2024);
		assertThat(region.scope().id()).isEqualTo("rx-u-pemda");
		assertThat(all(region)).isNotEmpty().allMatch(f -> f.node().id().startsWith("rx-"));
		assertThat(nodesOf(region, "target-missing")).containsExactly("rx-d-i-blank-target", "rx-d-i-gap");
		assertThat(nodesOf(region, "indicator-unlinked")).containsExactly("rx-d-i-unlinked");
		assertThat(region.checkedNodes()).isEqualTo(count("rx-"));
		assertThat(this.service.check(null, 2024).checkedNodes()).isEqualTo(count(""));
	}

	@Test
	void aPerangkatDaerahTakesTheNodesOfItsDocumentEvenWithoutAResponsibleUnit() {
		ReadinessReport setda = this.service.check("rx-u-setda", null);
		// nobody answers for rx-d-i-unlinked and it contributes to nothing: only its document puts it in scope
		assertThat(nodesOf(setda, "indicator-unlinked")).containsExactly("rx-d-i-unlinked");
		assertThat(nodesOf(setda, "responsible-unit-missing")).containsExactly("rx-d-i-unlinked");
		assertThat(nodesOf(setda, "contribution-cycle")).containsExactly("rx-d-s-cyc-a");
		assertThat(nodesOf(setda, "unit-idle")).containsExactly("rx-d-u-bag-idle", "rx-d-u-sb-idle");
		// the Dinas is another perangkat daerah: its defects stay out, and so does its copy of the duplicate
		assertThat(all(setda)).noneMatch(f -> Set.of("rx-d-i-nobody", "rx-d-s-self", "rx-d-k-unmeasured")
			.contains(f.node().id()));
		assertThat(ReadinessRulesTests.evidence(ReadinessRulesTests.only(setda, "indicator-duplicate", "rx-d-i-pbj-1")))
			.containsEntry("members", java.util.List.of("rx-d-i-pbj-1", "rx-d-i-pbj-2"));
	}

	@Test
	void aBagianIsItsSubtreeWhatItAnswersForAndWhatContributesToThatButNotItsWholeDocument() {
		ReadinessReport bagian = this.service.check("rx-u-bag-pem", null);
		assertThat(nodesOf(bagian, "unit-idle")).containsExactly("rx-d-u-sb-idle");
		assertThat(nodesOf(bagian, "element-unmeasured")).containsExactly("rx-d-s-unmeasured");
		// the Setda answers for rx-d-s-reversed, which contributes to the Bagian's sasaran
		assertThat(nodesOf(bagian, "level-reversal")).containsExactly("rx-d-s-reversed");
		assertThat(all(bagian)).noneMatch(f -> f.node().id().equals("rx-d-i-unlinked"));
		assertThat(bagian.checkedNodes()).isLessThan(this.service.check("rx-u-setda", null).checkedNodes());
	}

	@Test
	void anUnknownScopeIsNotFoundAndANodeThatIsNoUnitIsRefused() {
		assertThatExceptionOfType(NodeNotFoundException.class).isThrownBy(() -> this.service.check("no-such-unit", null))
			.withMessage("No node with id 'no-such-unit'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.service.check("rx-s-setda", null))
			.withMessageContaining("must be the id of a unit");
		assertThatIllegalArgumentException().isThrownBy(() -> this.service.check(null, 99))
			.withMessageContaining("'year' must be between 1900 and 2200");
	}

	private static int count(String idPrefix) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH (n:Node) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n",
					java.util.Map.of("prefix", idPrefix)).single().get("n").asInt();
		}
	}

}
