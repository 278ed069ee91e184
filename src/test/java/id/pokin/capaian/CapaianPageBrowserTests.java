package id.pokin.capaian;

import id.pokin.support.BrowserTest;
import id.pokin.support.SlowTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Capaian page and the realisasi card in Chromium, on the Luwu Timur CSF cascade with the made-up realisasi of
 * its Sekretariat Daerah (fixtures/capaian/NOTES.md). Screenshots go to target/screenshots/.
 */
@SlowTest
class CapaianPageBrowserTests extends BrowserTest {

	@BeforeAll
	static void fixture() {
		TestNeo4j.load("ui-luwutimur-csf.cypher", "capaian/realisasi-luwutimur-setda.cypher");
	}

	@Test
	void theCapaianPageShowsTheTreeTheGoalsAtRiskAndTheirCausePaths() {
		browser.open("/#/capaian?scope=fx-lt-u-setda&year=2025");
		assertThat(browser.text("h1")).isEqualTo("Capaian kinerja");
		browser.waitUntil(d -> !browser.findAll("[data-tree]").isEmpty());
		assertThat(browser.find(".cap-tree [data-node='fx-lt-k-outcome']").getText()).contains("93,7%");
		assertThat(browser.findAll(".risk-list > li")).extracting(WebElement::getText)
			.satisfiesExactly(first -> assertThat(first).contains("Meningkatnya Kualitas Kesejahteraan Rakyat", "80,4%"),
					second -> assertThat(second).contains("Terfasilitasinya kegiatan keagamaan", "40%"));
		browser.find("[data-risk='0']").click();
		browser.waitUntil(d -> browser.findAll(".on-path").size() >= 3);
		assertThat(browser.findAll(".cap-row.on-path")).extracting(e -> e.getAttribute("data-node"))
			.contains("fx-lt-k-1.2", "fx-lt-k-1.2.1", "fx-lt-i-keagamaan")
			.doesNotContain("fx-lt-i-rb");
		assertThat(browser.find(".cap-row[data-node='fx-lt-i-keagamaan']").getAttribute("class")).contains("cap-OFF_TRACK");
		browser.find("[data-chart-id='fx-lt-i-keagamaan']").click();
		browser.waitUntil(d -> "fx-lt-i-keagamaan".equals(browser.find("[data-chart]").getAttribute("data-loaded")));
		assertThat(browser.findAll("[data-chart] svg.series-chart circle.chart-quarter")).hasSize(2);
		assertThat(browser.findAll("[data-chart] svg.series-chart path.chart-year")).hasSize(1);
		browser.screenshot("capaian-page");
	}

	@Test
	void theIndicatorPageShowsItsRealisasiBesideTheTargets() {
		browser.open("/#/node/fx-lt-i-kesra");
		browser.waitUntil(d -> "true".equals(browser.find("[data-realisasi]").getAttribute("data-loaded")));
		WebElement row = browser.find(".realisasi-table tr[data-year='2025']");
		assertThat(row.getText()).contains("95%", "20%", "45%", "70%", "96%");
		assertThat(browser.find("[data-realisasi]").getText()).contains("Realisasi dan capaian");
		browser.screenshot("capaian-realisasi-card");
	}


	@Test
	void theCascadeBrowserColoursEachRowByItsCapaianForTheChosenPeriod() {
		browser.open("/#/cascade/fx-lt-u-setda?node=fx-lt-i-keagamaan&year=2025&capaian=YEAR");
		browser.waitUntil(d -> "2025 YEAR".equals(browser.find("#tree").getAttribute("data-capaian")));
		WebElement row = browser.find("#tree [role=treeitem][aria-selected=true]");
		assertThat(row.getAttribute("class")).contains("cap-on", "cap-OFF_TRACK");
		assertThat(row.findElement(org.openqa.selenium.By.cssSelector(".cap-badge")).getText()).isEqualTo("40%");
		assertThat(browser.find("#capaian-legend").isDisplayed()).isTrue();
		browser.screenshot("capaian-cascade");
		// no period: no colours
		new org.openqa.selenium.support.ui.Select(browser.find("#capaian-period")).selectByValue("");
		browser.waitUntil(d -> browser.findAll("#tree .cap-on").isEmpty());
		assertThat(browser.find("#capaian-legend").isDisplayed()).isFalse();
	}

	@Test
	void theDiagramColoursEachBoxByItsCapaianForTheChosenPeriod() {
		browser.open("/#/diagram/fx-lt-u-setda?mode=boxes&year=2025&capaian=YEAR");
		browser.waitUntil(d -> "true".equals(browser.find("#cy").getAttribute("data-drawn")));
		assertThat(browser.find("#cy").getAttribute("data-capaian")).isEqualTo("2025 YEAR");
		java.util.Map<String, Object> statuses = browser.js("return document.getElementById('cy').pokin.statuses()");
		assertThat(statuses).containsEntry("fx-lt-i-keagamaan", "OFF_TRACK").containsEntry("fx-lt-k-outcome", "ON_TRACK");
		assertThat(browser.text("#legend")).contains("Jauh dari target", "Tanpa data");
		String svg = browser.js("return document.getElementById('cy').pokin.svg()");
		assertThat(svg).contains("#f9e0e4"); // an off-track box's fill in the SVG export too
		browser.screenshot("capaian-diagram");
	}

}
