package id.pokin.web;

import java.util.List;

import id.pokin.support.BrowserTest;
import id.pokin.support.SlowTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More regions than a page (107: the two UI fixture regions and 105 small ones): the overview and the region pickers
 * show 20 at a time with "show more", the readiness scope list reads every page. Regions are listed in id order:
 * fx-lt-u-pemda (Luwu Timur), fx-r-001 ... fx-r-105, fx-u-pemda (Balangan) last.
 */
@SlowTest
class WebUiRegionPagingTests extends BrowserTest {

	@BeforeAll
	static void fixture() {
		TestNeo4j.load("balangan-setda-trace.cypher", "ui-luwutimur-csf.cypher", "ui-many-regions.cypher");
	}

	@Test
	void theOverviewShowsTwentyRegionsAtATimeAndTheTotalsOfAll() {
		browser.open("/#/");
		assertThat(browser.findAll("section.region")).hasSize(20);
		assertThat(browser.findAll(".stats .stat-value").get(0).getText()).isEqualTo("107");
		assertThat(browser.text("#regions-more")).contains("20 dari 107 ditampilkan");
		assertThat(browser.findAll("section.region h2").get(0).getText()).isEqualTo("Kabupaten Luwu Timur");

		showMore(40);
		// the keyboard focus moves to the first region added
		assertThat(browser.<String>js("return document.activeElement.getAttribute('href')")).isEqualTo("#/node/fx-r-020-pemda");
		assertThat(browser.text("#regions-more")).contains("40 dari 107 ditampilkan");
		browser.screenshot("12-overview-more-regions");
		for (int shown : List.of(60, 80, 100, 107)) {
			showMore(shown);
		}
		List<WebElement> regions = browser.findAll("section.region");
		WebElement balangan = regions.get(regions.size() - 1);
		assertThat(balangan.getText()).contains("Kabupaten Balangan", "Sekretariat Daerah",
				"TATA KELOLA PEMERINTAHAN YANG EFEKTIF DAN AKUNTABEL");
		assertThat(browser.findAll("#regions-more button")).as("the last page is shown: no more button").isEmpty();
		assertThat(browser.findAll("section.region h2")).extracting(WebElement::getText).doesNotHaveDuplicates();
	}

	@Test
	void theCascadePickerPagesToo() {
		browser.open("/#/cascade");
		assertThat(browser.findAll("#choices > section")).hasSize(20);
		for (int shown : List.of(40, 60, 80, 100, 107)) {
			WebElement more = browser.find("#choices-more button");
			more.click();
			browser.waitUntil(d -> browser.findAll("#choices > section").size() == shown);
		}
		assertThat(browser.findAll("#choices-more button")).isEmpty();
		browser.follow("#choices a[href='#/cascade/fx-u-pemda']");
		browser.find("#tree[data-details=loaded]");
		assertThat(browser.findAll("#tree [role=treeitem] .name").get(0).getText()).isEqualTo("Sekretariat Daerah");
	}

	@Test
	void theReadinessScopeListHoldsEveryRegion() {
		browser.navigate(() -> browser.js("location.hash = '#/readiness?scope=fx-r-105-pd'"));
		List<WebElement> groups = browser.findAll("select[name=scope] optgroup");
		// read in two requests of 100
		assertThat(groups).hasSize(107);
		assertThat(groups.get(106).getAttribute("label")).isEqualTo("Kabupaten Balangan");
		assertThat(browser.find("select[name=scope] option:checked").getText()).contains("Sekretariat Daerah Contoh 105");
		assertThat(groups.get(106).findElements(By.tagName("option"))).hasSize(2);
	}

	/** Clicks "show more" and waits until the overview shows {@code shown} regions. */
	private static void showMore(int shown) {
		browser.find("#regions-more button").click();
		browser.waitUntil(d -> browser.findAll("section.region").size() == shown);
	}

}
