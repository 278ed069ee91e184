package id.pokin.readiness;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up makes the reports of the regions the overview lists: the units at level PEMDA. The Tujuan and Sasaran
 * of a region sit at that level too and sort before its unit by id; taken as a region, they are refused and nothing
 * is warmed.
 */
class ReadinessWarmUpRegionsTests extends GraphQlIntegrationTest {

	@Autowired
	ReadinessWarmUp warmUp;

	@Test
	void warmsTheRegionsUnitsNotTheirPemdaLevelElements() {
		TestNeo4j.load("readiness-clean.cypher");

		assertThat(this.warmUp.regions()).containsExactly("rx-u-pemda", "ry-u-pemda");
	}

}
