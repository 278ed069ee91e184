package id.pokin.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.pokin.support.Browser;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.SlowTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI on a generated region of 5,040 cascade nodes (fixtures/generated-region-5000.cypher): the cascade
 * browser of the whole region and the diagram of a 501-node subtree (one Sasaran RPJMD). The page measures
 * itself (performance marks, window.pokinTimings); this test reads the numbers back, checks what was drawn,
 * and writes the timings to target/ui-timings.txt. It asserts no time: a loaded CI machine must not fail it.
 */
@SlowTest
class WebUiSizeTests extends GraphQlIntegrationTest {

	private static final int RUNS = 5;

	private static Browser browser;

	private static final List<String> report = new ArrayList<>();

	@BeforeAll
	static void fixture() {
		TestNeo4j.load("generated-region-5000.cypher");
	}

	@AfterAll
	static void writeReport() throws IOException {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (!report.isEmpty()) {
			Path file = Path.of("target", "ui-timings.txt");
			Files.createDirectories(file.getParent());
			Files.write(file, report);
			report.forEach(System.out::println);
		}
	}

	@BeforeEach
	void browserAvailable() {
		Browser.assumeAvailable();
	}

	private Browser browser() {
		if (browser == null) {
			browser = Browser.start("http://localhost:" + this.port);
		}
		return browser;
	}

	@Test
	void cascadeBrowserOfA5000NodeRegion() {
		measure("/?run=%d#/cascade/gen-u-pemda", "cascade", b -> {
			b.find("#tree[data-details=loaded]");
			Map<String, Object> timing = b.timing("cascade");
			Map<String, Object> details = b.timing("cascadeDetails");
			assertThat(((Number) timing.get("nodes")).intValue()).isEqualTo(5040);
			assertThat(b.findAll("#tree [role=treeitem]")).hasSizeGreaterThan(5);
			// after the tree became usable: interactive (since navigation start), then complete with units and targets
			return ordered("interactiveMs", timing.get("interactiveMs"), "structureFetchMs", timing.get("fetchMs"),
					"renderMs", timing.get("renderMs"), "detailsFetchMs", details.get("detailsMs"), "completeMs", details.get("completeMs"));
		});
		browser().screenshot("20-cascade-5000");
		// the whole region opened: every row of 5,040 nodes (and the crosscutting ones twice) on screen
		browser().find("#expand-all").click();
		long rows = browser().js("return document.querySelectorAll('#tree [role=treeitem]').length");
		assertThat(rows).isGreaterThan(5040);
		report.add("cascade, expand all: %d rows on screen (crosscutting nodes under each parent)".formatted(rows));
	}

	@Test
	void diagramOfA500NodeSubtree() {
		List<Map<String, Object>> boxes = measure("/?run=%d#/diagram/gen-s-1?mode=boxes", "diagram (indicators as boxes)", b -> {
			b.find("#cy[data-drawn=true]");
			Map<String, Object> timing = b.timing("diagram");
			assertThat(((Number) timing.get("nodes")).intValue()).isEqualTo(502);
			assertThat(((Number) timing.get("boxes")).intValue()).isEqualTo(502);
			return ordered("drawnSinceNavigationMs", timing.get("sinceNavigationMs"), "routeToDrawnMs", timing.get("totalMs"),
					"fetchMs", timing.get("fetchMs"), "layoutMs", timing.get("layoutMs"), "drawMs", timing.get("drawMs"));
		});
		browser().screenshot("21-diagram-500-boxes");
		List<Map<String, Object>> inside = measure("/?run=%d#/diagram/gen-s-1", "diagram (indicators inside boxes)", b -> {
			b.find("#cy[data-drawn=true]");
			Map<String, Object> timing = b.timing("diagram");
			assertThat(((Number) timing.get("boxes")).intValue()).isEqualTo(53);
			return ordered("drawnSinceNavigationMs", timing.get("sinceNavigationMs"), "routeToDrawnMs", timing.get("totalMs"),
					"layoutMs", timing.get("layoutMs"), "drawMs", timing.get("drawMs"));
		});
		browser().screenshot("22-diagram-500-inside");
		assertThat(boxes).hasSize(RUNS);
		assertThat(inside).hasSize(RUNS);
	}

	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** Fresh page loads, RUNS of them; the first is cold (JIT, caches), the rest are reported as min/median/max. */
	private List<Map<String, Object>> measure(String path, String what, Function<Browser, Map<String, Object>> run) {
		Browser b = browser();
		List<Map<String, Object>> results = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			b.open(path.formatted(i));
			results.add(run.apply(b));
			assertThat(b.consoleErrors()).as("console errors").isEmpty();
		}
		report.add(what + " (" + RUNS + " fresh page loads, ms; first load cold):");
		for (String key : results.get(0).keySet()) {
			List<Long> values = results.stream().map(r -> ((Number) r.get(key)).longValue()).toList();
			List<Long> warm = values.subList(1, values.size()).stream().sorted().toList();
			report.add("  %-24s cold %5d   warm min %5d  median %5d  max %5d".formatted(key, values.get(0), warm.get(0),
					warm.get(warm.size() / 2), warm.get(warm.size() - 1)));
		}
		return results;
	}

}
