package id.pokin.web;

import java.util.List;
import java.util.Map;

import id.pokin.dataset.DemoDataset;
import id.pokin.support.Browser;
import id.pokin.support.GraphQlIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pohon kinerja diagram on the bundled demo dataset: siblings in code order, indicator and subbagian boxes
 * hanging under their parent, a wide perangkat daerah in a readable shape, the canvas focused by a click, the PNG
 * export, and the download links of the pages.
 */
class WebUiDiagramTests extends GraphQlIntegrationTest {

	private static Browser browser;

	@BeforeAll
	static void demoDataset(ApplicationContext context) {
		DemoDataset.load(context);
	}

	@BeforeEach
	void startBrowser() {
		Browser.assumeAvailable();
		if (browser == null) {
			browser = Browser.start("http://localhost:" + this.port);
		}
		browser.open("/?lang=id#/");
		browser.consoleErrors();
	}

	@AfterEach
	void noConsoleErrorsAndNothingFromOutside() {
		if (browser == null) {
			return; // skipped: no browser here
		}
		assertThat(browser.consoleErrors()).as("Chromium console errors").isEmpty();
		assertThat(browser.foreignResources()).as("resources from outside the app").isEmpty();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	@Test
	void siblingsComeInCodeOrderAndColumnsHangBelowTheirParent() {
		// Kecamatan Paringin: the tujuan's five sasaran, left to right
		browser.open("/#/diagram/blg-paringin-u-kecamatan");
		browser.find("#cy[data-drawn=true]");
		assertThat(childCodesInReadingOrder("blg-paringin-e-tujuan")).containsExactly("1", "2", "3", "4", "5");
		// the SVG export draws them in the same places
		String svg = browser.js("return document.getElementById('cy').pokin.svg()");
		assertThat(svg.indexOf("Perangkat Daerah · 1<")).isLessThan(svg.indexOf("Perangkat Daerah · 2<"));

		// indicators as boxes: each hangs below its element, indented, never beside it on the parent's line
		browser.open("/#/diagram/blg-paringin-u-kecamatan?mode=boxes");
		browser.find("#cy[data-drawn=true]");
		List<Map<String, Object>> hanging = browser.js("""
				const cy = document.getElementById('cy').pokin.cy();
				return cy.nodes('[kind = "INDIKATOR"]').map((ind) => {
				  const parent = ind.incomers('node')[0].boundingBox();
				  const box = ind.boundingBox();
				  return { id: ind.id(), below: box.y1 - parent.y2, indent: box.x1 - parent.x1 };
				});""");
		assertThat(hanging).hasSize(5).allSatisfy(ind -> {
			assertThat(((Number) ind.get("below")).doubleValue()).as("%s below its element", ind.get("id")).isPositive();
			assertThat(((Number) ind.get("indent")).doubleValue()).as("%s indented", ind.get("id")).isGreaterThan(10);
		});
		// and the line down to it runs beside it, not through it: it enters from the left
		List<Map<String, Object>> lines = browser.js("""
				const cy = document.getElementById('cy').pokin.cy();
				return cy.edges('.stack').map((e) => {
				  const pts = e.data('pts');
				  return { last: pts[pts.length - 1][0], left: e.target().boundingBox().x1 };
				});""");
		assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(((Number) line.get("last")).doubleValue())
			.isLessThanOrEqualTo(((Number) line.get("left")).doubleValue() + 2));
		browser.screenshot("diagram-paringin-boxes");

		// Luwu Timur: subbagian 1.5.1, 1.5.2, 1.5.3 stacked under their bagian, top to bottom in code order
		browser.open("/#/diagram/lutim-setda-u-setda");
		browser.find("#cy[data-drawn=true]");
		List<String> stacked = browser.js("""
				const cy = document.getElementById('cy').pokin.cy();
				return cy.nodes().filter((n) => /^1\\.5\\.\\d$/.test(n.data('code') || ''))
				  .sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x')).map((n) => n.data('code'));""");
		assertThat(stacked).containsExactly("1.5.1", "1.5.2", "1.5.3");
	}

	@Test
	void aWidePerangkatDaerahStacksItsSubbagianUnderTheirBagian() {
		browser.open("/#/diagram/blg-setda-u-setda");
		browser.find("#cy[data-drawn=true]");
		Map<String, Object> shape = browser.js("""
				const cy = document.getElementById('cy').pokin.cy();
				const bb = cy.nodes().boundingBox();
				return { w: bb.w, h: bb.h, zoom: cy.zoom() };""");
		// every subbagian in one row made this 9,270 px wide; stacked under their bagian it is about 3,000
		assertThat(((Number) shape.get("w")).doubleValue()).isLessThan(4000);
		assertThat(((Number) shape.get("h")).doubleValue()).isGreaterThan(1000);
		browser.js("document.getElementById('cy').pokin.cy().fit(undefined, 10)");
		browser.screenshot("diagram-balangan-setda");
	}

	@Test
	void aClickFocusesTheCanvasSoKeysWorkAtOnceAndThePngComesFromTheSvg() {
		browser.open("/#/diagram/blg-paringin-u-kecamatan");
		browser.find("#cy[data-drawn=true]");
		assertThat(browser.<String>js("return document.activeElement.id")).isNotEqualTo("cy");
		browser.find("#cy").click();
		assertThat(browser.<String>js("return document.activeElement.id")).isEqualTo("cy");
		browser.js("document.getElementById('cy').pokin.cy().nodes().unselect()");
		browser.driver().switchTo().activeElement().sendKeys("n");
		assertThat(browser.text("#diagram-info")).contains("Kecamatan Paringin");

		String png = browser.js("return document.getElementById('cy').pokin.png()");
		assertThat(png).startsWith("data:image/png;base64,");
		assertThat(png.length()).isGreaterThan(10_000);
	}

	@Test
	void pagesOfferTheDownloadsOfTheirScopeAndYear() {
		browser.open("/#/cascade/blg-setda-u-setda?year=2025");
		browser.find("#tree[data-details=loaded]");
		assertThat(hrefs("#cascade-downloads a[download]")).containsExactly(
				"api/matriks-cascading.xlsx?scope=blg-setda-u-setda&year=2025",
				"api/matriks-cascading.pdf?scope=blg-setda-u-setda&year=2025&paper=A4",
				"api/matriks-cascading.pdf?scope=blg-setda-u-setda&year=2025&paper=A3",
				"api/export?scope=blg-setda-u-setda&format=xlsx",
				"api/export?scope=blg-setda-u-setda&format=csv",
				"api/export?scope=blg-setda-u-setda&format=csv&sep=semicolon");
		// the menu opens from the keyboard and Escape closes it
		browser.find("#cascade-downloads summary").click();
		assertThat(browser.find("#cascade-downloads a[download]").isDisplayed()).isTrue();
		assertThat(browser.text("#cascade-downloads")).contains("Matriks cascading", "CSV (Excel Indonesia)");
		browser.screenshot("cascade-downloads");
		browser.find("#cascade-downloads a[download]").sendKeys(org.openqa.selenium.Keys.ESCAPE);
		assertThat(browser.find("#cascade-downloads").getAttribute("open")).isNull();
		// the matriks follows the year chosen on the page
		new org.openqa.selenium.support.ui.Select(browser.find("#year")).selectByVisibleText("2024");
		assertThat(hrefs("#cascade-downloads a[download]").get(0)).isEqualTo("api/matriks-cascading.xlsx?scope=blg-setda-u-setda&year=2024");

		// the first check of the loaded demo runs every rule: on a loaded machine longer than a page's wait
		graphQl().document("{ readiness(scope: \"blg-paringin-u-kecamatan\", year: 2025) { score } }").execute()
			.path("readiness.score").hasValue();
		browser.open("/#/readiness?scope=blg-paringin-u-kecamatan&year=2025");
		assertThat(hrefs("main a[download]")).contains(
				"api/readiness/report.csv?scope=blg-paringin-u-kecamatan&year=2025&sep=semicolon",
				"api/kke.xlsx?scope=blg-paringin-u-kecamatan&year=2025");
		assertThat(browser.text("main .toolbar")).contains("Kertas kerja KKE (XLSX)", "CSV (Excel Indonesia)");

		browser.open("/#/diagram/blg-setda-u-setda");
		browser.find("#cy[data-drawn=true]");
		assertThat(hrefs("main a[download]")).containsExactly("api/pohon-kinerja.pdf?scope=blg-setda-u-setda");
	}

	private static List<String> childCodesInReadingOrder(String parent) {
		return browser.js("""
				const cy = document.getElementById('cy').pokin.cy();
				return cy.getElementById(arguments[0]).outgoers('node')
				  .sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x')).map((n) => n.data('code'));""",
				parent);
	}

	private static List<String> hrefs(String css) {
		return browser.findAll(css).stream().map(a -> a.getAttribute("href").replaceFirst("^https?://[^/]+/", "")).toList();
	}

}
