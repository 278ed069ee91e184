package id.pokin.node;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NodeMapperTests {

	@Test
	void aProjectionWithoutTargetsGivesAnIndicatorWithNone() {
		// what a map projection (n {.id, .targetYears, ...}) gives for an indicator that has no targets: the keys, null
		Map<String, Object> projected = new HashMap<>(Map.of("id", "i-1", "kind", "INDIKATOR", "name", "Indikator"));
		projected.put("targetYears", null);
		projected.put("targetRaw", null);
		projected.put("targetValue", null);
		Indicator indicator = (Indicator) NodeMapper.toNode(projected);
		assertThat(indicator.targets()).isEmpty();
	}

	@Test
	void targetsComeInTheirOrderWithNaNAsNoNumber() {
		Map<String, Object> stored = Map.of("id", "i-1", "kind", "INDIKATOR", "name", "Indikator", "targetYears",
				List.of(2025L, 2026L), "targetRaw", List.of("BB", "80%"), "targetValue", List.of(Double.NaN, 80.0));
		Indicator indicator = (Indicator) NodeMapper.toNode(stored);
		assertThat(indicator.targets()).containsExactly(new Target(2025, "BB", null), new Target(2026, "80%", 80.0));
	}

}
