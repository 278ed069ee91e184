package id.pokin.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI on a phone (390 x 844 CSS pixels) with the bundled demo dataset: no page scrolls sideways, the header
 * stays small and folds its search and menu behind buttons that work from the keyboard. Screenshots go to
 * target/screenshots/phone-*.png.
 */
class WebUiPhoneTests extends GraphQlIntegrationTest {

	static final int WIDTH = 390;

	static final int HEIGHT = 844;

	private static Browser browser;

	@BeforeAll
	static void demoDataset(ApplicationContext context) {
		DemoDataset.load(context);
	}

	private static boolean checked;

	@BeforeEach
	void startBrowser() {
		Browser.assumeAvailable();
		if (!checked) {
			// the first readiness check of freshly loaded documents runs every rule over them: not within a page's wait
			// on a loaded machine, so it is done here
			graphQl().document("{ readiness(scope: \"blg-paringin-u-kecamatan\") { score } }").execute()
				.path("readiness.score").hasValue();
			checked = true;
		}
		if (browser == null) {
			browser = Browser.start("http://localhost:" + this.port);
		}
		browser.viewport(WIDTH, HEIGHT);
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
	void noPageScrollsSidewaysAndTheHeaderStaysSmall() {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("overview", "/#/");
		pages.put("cascade-region", "/#/cascade/pemda-balangan");
		pages.put("cascade", "/#/cascade/blg-setda-u-setda");
		pages.put("cascade-choose", "/#/cascade");
		pages.put("trace-choose", "/#/trace");
		pages.put("trace", "/#/trace/blg-setda-i-1");
		pages.put("diagram", "/#/diagram/blg-paringin-u-kecamatan");
		pages.put("diagram-boxes", "/#/diagram/blg-setda-u-setda?mode=boxes");
		pages.put("readiness", "/#/readiness?scope=blg-paringin-u-kecamatan");
		pages.put("node", "/#/node/blg-setda-u-setda");
		pages.put("node-indicator", "/#/node/blg-setda-i-1");
		pages.put("search", "/#/search?q=jumlah");
		pages.put("capaian", "/#/capaian?scope=blg-setda-u-setda&year=2024");
		List<String> tooWide = new ArrayList<>();
		pages.forEach((name, path) -> {
			browser.open(path);
			if (name.startsWith("diagram")) {
				browser.find("#cy[data-drawn=true]");
			}
			if (name.startsWith("cascade-") && !name.endsWith("choose") || name.equals("cascade")) {
				browser.find("#tree[data-details=loaded]");
			}
			if (name.equals("capaian")) {
				browser.find("[data-tree]");
			}
			assertThat(browser.<Number>js("return innerWidth").intValue()).isEqualTo(WIDTH);
			if (!fitsTheScreen()) {
				tooWide.add(name + " " + browser.js("return document.documentElement.scrollWidth") + " px");
			}
			assertThat(headerHeight()).as("header height on %s", name).isLessThanOrEqualTo(64);
			browser.screenshot("phone-" + name);
		});
		assertThat(tooWide).as("pages wider than the phone").isEmpty();

		// the sign-in dialog and the edit form
		browser.open("/#/node/blg-setda-i-1");
		browser.find("#sign-in").click();
		browser.find("#sign-in-user").sendKeys("admin");
		browser.find("#sign-in-password").sendKeys("admin-pw");
		assertThat(fitsTheScreen()).as("sign-in dialog").isTrue();
		assertThat(browser.<Number>js("return document.getElementById('sign-in-dialog').getBoundingClientRect().right").doubleValue())
			.isLessThanOrEqualTo(WIDTH);
		browser.screenshot("phone-sign-in");
		browser.navigate(() -> browser.find("#sign-in-dialog [type=submit]").click());
		browser.find("[data-action=edit]").click();
		browser.find("#edit-satuan");
		assertThat(fitsTheScreen()).as("edit form").isTrue();
		assertThat(headerHeight()).isLessThanOrEqualTo(64);
		browser.screenshot("phone-edit");
		browser.navigate(() -> browser.find("#sign-in").click());
	}

	@Test
	void theHeaderFoldsItsSearchAndMenuBehindButtonsThatWorkFromTheKeyboard() {
		browser.open("/#/");
		WebElement searchToggle = browser.find("#search-toggle");
		WebElement menuToggle = browser.find("#nav-toggle");
		WebElement search = browser.find("#global-search");
		assertThat(search.isDisplayed()).isFalse();
		assertThat(browser.find(".site-nav a[data-page=cascade]").isDisplayed()).isFalse();
		assertThat(searchToggle.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(searchToggle.getAttribute("aria-label")).isEqualTo("Cari");

		// the search opens full-width with the focus in it; its suggestions are as wide
		searchToggle.click();
		assertThat(searchToggle.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(browser.<String>js("return document.activeElement.id")).isEqualTo("global-search");
		assertThat(width("#global-search")).isGreaterThanOrEqualTo(WIDTH - 60);
		search.sendKeys("jumlah");
		browser.find("#site-search [role=option]");
		assertThat(width("#site-search [role=listbox]")).isGreaterThanOrEqualTo(WIDTH - 60);
		assertThat(fitsTheScreen()).isTrue();
		browser.screenshot("phone-header-search");
		// Escape closes the suggestions, a second Escape the search, and the focus goes back to its button
		search.sendKeys(Keys.ESCAPE);
		assertThat(search.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(search.isDisplayed()).isTrue();
		search.sendKeys(Keys.ESCAPE);
		assertThat(search.isDisplayed()).isFalse();
		assertThat(searchToggle.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(browser.<String>js("return document.activeElement.id")).isEqualTo("search-toggle");
		// "/" opens it too
		browser.find("h1").sendKeys("/");
		assertThat(search.isDisplayed()).isTrue();
		assertThat(browser.<String>js("return document.activeElement.id")).isEqualTo("global-search");
		search.sendKeys(Keys.ESCAPE);

		// the menu: a disclosure button; Escape closes it and gives the focus back
		menuToggle.click();
		assertThat(menuToggle.getAttribute("aria-expanded")).isEqualTo("true");
		WebElement cascade = browser.find(".site-nav a[data-page=cascade]");
		assertThat(cascade.isDisplayed()).isTrue();
		assertThat(search.isDisplayed()).isFalse();
		assertThat(fitsTheScreen()).isTrue();
		browser.screenshot("phone-header-menu");
		menuToggle.sendKeys(Keys.TAB);
		assertThat(browser.<String>js("return document.activeElement.closest('nav')?.id")).isEqualTo("site-nav");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
		assertThat(menuToggle.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(cascade.isDisplayed()).isFalse();
		assertThat(browser.<String>js("return document.activeElement.id")).isEqualTo("nav-toggle");
		// a link in the menu goes to its page and closes the menu
		menuToggle.click();
		browser.navigate(() -> browser.find(".site-nav a[data-page=cascade]").click());
		assertThat(browser.driver().getCurrentUrl()).endsWith("#/cascade");
		assertThat(menuToggle.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(headerHeight()).isLessThanOrEqualTo(64);

		// on a wide screen the buttons are gone and the search and menu show as always
		browser.desktop();
		browser.open("/#/");
		assertThat(browser.find("#search-toggle").isDisplayed()).isFalse();
		assertThat(browser.find("#nav-toggle").isDisplayed()).isFalse();
		assertThat(browser.find("#global-search").isDisplayed()).isTrue();
		assertThat(browser.find(".site-nav a[data-page=cascade]").isDisplayed()).isTrue();
	}

	@Test
	void tablesBecomeCardsAndTheCascadeKeepsItsNameColumn() {
		browser.open("/#/");
		// the overview's perangkat daerah table: each row a card, its counts and links on screen
		WebElement row = browser.find("section.region table.data tbody tr");
		assertThat(browser.<String>js("return getComputedStyle(arguments[0]).display", row)).isEqualTo("block");
		assertThat(row.getText()).contains("Kaskade", "Diagram");
		// each count says what it counts (the column's name, as the table's header is not shown)
		assertThat(browser.<String>js("return [...arguments[0].querySelectorAll('td[data-label]')]"
				+ ".map((td) => getComputedStyle(td, '::before').content).join()", row)).contains("Sasaran teratas", "Indikator: ");
		assertThat(right(row)).isLessThanOrEqualTo(WIDTH);
		browser.open("/#/cascade/blg-setda-u-setda");
		browser.find("#tree[data-details=loaded]");
		WebElement unit = browser.find("#tree [role=treeitem] .cell-unit");
		assertThat(unit.isDisplayed()).isTrue();
		assertThat(right(unit)).isLessThanOrEqualTo(WIDTH);
		browser.open("/#/readiness?scope=blg-paringin-u-kecamatan");
		// the summary stacks: score, facts, filters one under another
		double score = top(".readiness-summary .summary-score");
		double facts = top(".readiness-summary dl.facts");
		double severity = top(".readiness-summary .severity-filter");
		assertThat(facts).isGreaterThan(score);
		assertThat(severity).isGreaterThan(facts);
	}

	private static boolean fitsTheScreen() {
		return browser.<Boolean>js("return document.documentElement.scrollWidth <= window.innerWidth");
	}

	private static double headerHeight() {
		return browser.<Number>js("return document.querySelector('.site-header').getBoundingClientRect().height").doubleValue();
	}

	private static double width(String css) {
		return browser.<Number>js("return document.querySelector(arguments[0]).getBoundingClientRect().width", css).doubleValue();
	}

	private static double top(String css) {
		return browser.<Number>js("return document.querySelector(arguments[0]).getBoundingClientRect().top", css).doubleValue();
	}

	private static double right(WebElement element) {
		return browser.<Number>js("return arguments[0].getBoundingClientRect().right", element).doubleValue();
	}

}
