package id.pokin.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import id.pokin.support.BrowserTest;
import id.pokin.support.SlowTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real headless Chromium against the app on a random port, on two small regions: the worked
 * Balangan Setda trace of DOMAIN.md (its chain stops below the RPJMD) and a Luwu Timur CSF cascade that does
 * reach a region-level Tujuan. Each test asserts that Chromium logged no error and that nothing came from
 * outside the app; screenshots go to target/screenshots/.
 */
@SlowTest
class WebUiBrowserTests extends BrowserTest {

	@BeforeAll
	static void fixture() {
		TestNeo4j.load("balangan-setda-trace.cypher", "ui-luwutimur-csf.cypher");
	}

	@Test
	void overviewShowsEveryRegionWithItsAgenciesGoalsAndCounts() {
		browser.open("/#/");
		assertThat(browser.text("h1")).isEqualTo("Ringkasan pohon kinerja");
		// regions in id order (fx-lt-u-pemda, fx-u-pemda), as the units connection lists them
		assertThat(browser.findAll("section.region h2")).extracting(WebElement::getText)
			.containsExactly("Kabupaten Luwu Timur", "Kabupaten Balangan");
		WebElement balangan = browser.findAll("section.region").get(1);
		assertThat(balangan.getText()).contains("Sekretariat Daerah", "TATA KELOLA PEMERINTAHAN YANG EFEKTIF DAN AKUNTABEL")
			// the worked example names no RPJMD Tujuan: the overview says so
			.contains("Tujuan/sasaran RPJMD daerah ini belum tercatat");
		WebElement luwuTimur = browser.find("section.region");
		assertThat(luwuTimur.getText()).contains("Terwujudnya tata kelola pemerintahan yang baik, bersih dan melayani")
			.contains("Sekretariat Daerah Kabupaten Luwu Timur");
		assertThat(browser.findAll(".stats .stat-value")).extracting(WebElement::getText)
			.containsExactly("2", "2", "13", "8");
		// both regions fit one page: no "show more"
		assertThat(browser.findAll("#regions-more button")).isEmpty();
		browser.screenshot("01-overview");
	}

	@Test
	void cascadeOpensFromTheOverviewAndExpandsByKeyboardAndMouse() {
		browser.open("/#/");
		browser.follow("section.region a.btn[href='#/cascade/fx-u-pemda']");
		browser.find("#tree[data-details=loaded]");
		// region -> its agency (a group row) -> the agency's top sasaran and everything under it, opened a screenful deep
		List<String> rows = rowNames();
		assertThat(rows.get(0)).isEqualTo("Sekretariat Daerah");
		assertThat(rows).contains("TATA KELOLA PEMERINTAHAN YANG EFEKTIF DAN AKUNTABEL", "Nilai SAKIP Kabupaten",
				"Jumlah Dokumen Hasil Penataan Administrasi Pemerintahan");
		WebElement sakip = row("Nilai SAKIP Kabupaten");
		assertThat(sakip.findElement(By.cssSelector(".cell-satuan")).getText()).isEqualTo("Nilai");
		assertThat(sakip.findElement(By.cssSelector(".cell-unit")).getText()).isEqualTo("Sekretariat Daerah");
		assertThat(sakip.getText()).contains("BB = 78.2", "INDIKATOR", "Perangkat Daerah");

		// keyboard: Home, down to the top sasaran, collapse it with Left, open it again with Right
		WebElement first = browser.find("#tree [role=treeitem][tabindex='0']");
		first.sendKeys(Keys.HOME, Keys.ARROW_DOWN);
		WebElement top = focusedRow();
		assertThat(top.getText()).contains("TATA KELOLA PEMERINTAHAN");
		assertThat(top.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(top.getAttribute("aria-level")).isEqualTo("2");
		top.sendKeys(Keys.ARROW_LEFT);
		assertThat(top.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(rowNames()).doesNotContain("Nilai SAKIP Kabupaten");
		top.sendKeys(Keys.ARROW_RIGHT);
		assertThat(top.getAttribute("aria-expanded")).isEqualTo("true");
		top.sendKeys(Keys.ARROW_RIGHT);
		assertThat(focusedRow().getText()).contains("Nilai SAKIP Kabupaten");
		focusedRow().sendKeys(Keys.ARROW_LEFT);
		assertThat(focusedRow().getText()).contains("TATA KELOLA PEMERINTAHAN");
		// the selection panel follows the focus and offers trace and impact
		assertThat(browser.text("#selection")).contains("TATA KELOLA PEMERINTAHAN", "Jejak", "Dampak");
		// visible focus: the focused row has an outline
		assertThat(browser.<String>js("return getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");

		// mouse: the twisty collapses and expands
		WebElement twisty = top.findElement(By.cssSelector(".twisty"));
		twisty.click();
		assertThat(top.getAttribute("aria-expanded")).isEqualTo("false");
		twisty.click();
		assertThat(top.getAttribute("aria-expanded")).isEqualTo("true");
		browser.screenshot("02-cascade");

		// deep link: the URL names the node, which is opened and focused (the crosscutting one shows twice)
		browser.open("/#/cascade/fx-u-pemda?node=fx-i-dok");
		assertThat(focusedRow().getText()).contains("Jumlah Laporan Pendokumentasian Tugas Pimpinan");
		assertThat(browser.findAll("#tree .xcut")).isNotEmpty();
	}

	@Test
	void searchFindsAnIndicatorAndItsTraceShowsEveryStepWithItsUnit() {
		browser.open("/#/");
		WebElement search = browser.find("#global-search");
		search.sendKeys("jumlah dokumen penataan");
		WebElement option = browser.find("[role=listbox] [role=option]");
		assertThat(option.getText()).contains("Jumlah Dokumen Hasil Penataan Administrasi Pemerintahan");
		assertThat(search.getAttribute("aria-expanded")).isEqualTo("true");
		search.sendKeys(Keys.ARROW_DOWN);
		assertThat(search.getAttribute("aria-activedescendant")).isEqualTo(option.getAttribute("id"));
		browser.screenshot("03-search");
		browser.navigate(() -> search.sendKeys(Keys.ENTER));
		assertThat(browser.driver().getCurrentUrl()).endsWith("#/node/fx-i-penataan");
		assertThat(browser.text("h1")).isEqualTo("Jumlah Dokumen Hasil Penataan Administrasi Pemerintahan");

		browser.follow("main a.btn[href='#/trace/fx-i-penataan']");
		List<WebElement> steps = browser.findAll(".path .step");
		assertThat(steps).hasSize(5);
		assertThat(steps.get(0).getText()).contains("Jumlah Dokumen Hasil Penataan Administrasi Pemerintahan",
				"Sub Bag Penataan Administrasi Pemerintahan");
		assertThat(steps.get(3).getText()).contains("Optimalisasi kebijakan Pemerintahan dan Kesejahteraan rakyat",
				"Asisten Pemerintahan dan Kesejahteraan Rakyat");
		assertThat(steps.get(4).getText()).contains("TATA KELOLA PEMERINTAHAN YANG EFEKTIF DAN AKUNTABEL", "Sekretariat Daerah");
		// the chain stops at a perangkat daerah sasaran: the page says no RPJMD goal is recorded above it
		assertThat(browser.text(".path .notice")).contains("belum ada Tujuan RPJMD");
		browser.screenshot("04-trace");

		// a crosscutting indicator has two paths
		browser.open("/#/trace/fx-i-dok");
		assertThat(browser.findAll(".path")).hasSize(2);
	}

	@Test
	void diagramDrawsTheTreeAndHighlightsTheTracedPath() {
		browser.open("/#/trace/fx-i-penataan");
		browser.follow(".path a.btn[href^='#/diagram/']");
		browser.find("#cy[data-drawn=true]");
		List<String> boxes = browser.js("return document.getElementById('cy').pokin.boxes()");
		assertThat(boxes).contains("fx-s-setda", "fx-s-asisten1", "fx-s-asisten2", "fx-s-bag-pem", "fx-s-penataan", "fx-s-dok")
			// indicators sit inside their boxes by default
			.doesNotContain("fx-i-penataan");
		List<String> highlighted = browser.js("return document.getElementById('cy').pokin.highlighted()");
		assertThat(highlighted).contains("fx-s-penataan", "fx-s-bag-pem", "fx-s-asisten1", "fx-s-setda",
				"fx-s-bag-pem->fx-s-penataan", "fx-s-setda->fx-s-asisten1")
			.doesNotContain("fx-s-asisten2", "fx-s-dok");
		String svg = browser.js("return document.getElementById('cy').pokin.svg()");
		assertThat(svg).startsWith("<svg").contains("#c8102e").contains("Optimalisasi Kebijakan Pemerintahan");
		String png = browser.js("return document.getElementById('cy').pokin.png()");
		assertThat(png).startsWith("data:image/png;base64,");
		browser.screenshot("05-diagram-traced");
		// print: an A3 landscape page with the chart as SVG (window.print itself is left out: no dialog headless)
		assertThat(browser.<String>js("return [...document.styleSheets].flatMap(s => [...s.cssRules])"
				+ ".filter(r => r.media).flatMap(r => [...r.cssRules]).filter(r => r.type === CSSRule.PAGE_RULE)"
				+ ".map(r => r.style.size).join()")).isEqualToIgnoringCase("A3 landscape");
		browser.js("window.print = () => {}; document.querySelector('[data-do=print]').click()");
		assertThat(browser.<String>js("return document.querySelector('#print-sheet svg').getAttribute('viewBox')")).isNotBlank();

		// indicators as boxes of their own, by the mode switch; the crosscutting sasaran has two incoming edges
		browser.open("/#/diagram/fx-s-setda?mode=boxes&trace=fx-i-dok");
		browser.find("#cy[data-drawn=true]");
		List<String> all = browser.js("return document.getElementById('cy').pokin.boxes()");
		assertThat(all).contains("fx-i-dok", "fx-i-penataan", "fx-i-sakip");
		List<String> traced = browser.js("return document.getElementById('cy').pokin.highlighted()");
		assertThat(traced).contains("fx-s-dok->fx-i-dok", "fx-s-asisten2->fx-s-dok", "fx-s-bag-pem->fx-s-dok");
		browser.screenshot("06-diagram-boxes");
		// keyboard: the canvas takes focus, n selects the first box and the info panel names it
		WebElement canvas = browser.find("#cy");
		canvas.sendKeys("n");
		assertThat(browser.text("#diagram-info")).contains("TATA KELOLA PEMERINTAHAN");
	}

	@Test
	void nodeDetailShowsAttributesTargetsProvenanceAndNeighbours() {
		browser.open("/#/node/fx-i-sakip");
		assertThat(browser.text("h1")).isEqualTo("Nilai SAKIP Kabupaten");
		String page = browser.text("main");
		assertThat(page).contains("B = 66.04", "BB = 78.2", "2023", "BB = 72.4", "fx-doc",
				"Lampiran, tabel IKU Sekretariat Daerah, no. 1", "TATA KELOLA PEMERINTAHAN YANG EFEKTIF DAN AKUNTABEL");
		assertThat(browser.findAll("table.data tbody tr")).hasSize(4);
		browser.screenshot("07-node-detail");
		browser.follow("#rel-parents + ul a");
		assertThat(browser.driver().getCurrentUrl()).endsWith("#/node/fx-s-setda");
		assertThat(browser.text("#rel-children")).contains("(3)");
	}

	@Test
	void nodeDetailShowsWhoChangedWhat() {
		browser.open("/#/node/fx-s-dok");
		assertThat(browser.find("[data-history][data-loaded=true]").getText()).contains("Belum ada perubahan tercatat");
		graphQl("admin").document(
				"mutation { updateElement(id: \"fx-s-dok\", version: 0, input: {description: \"Dokumentasi pimpinan\"}) { version } }")
			.execute().path("updateElement.version").entity(Integer.class).isEqualTo(1);
		browser.open("/#/node/fx-i-dok");
		browser.open("/#/node/fx-s-dok");
		assertThat(browser.find("[data-history][data-loaded=true] tr[data-action=UPDATE]").getText()).contains("admin", "Diubah", "v1",
				"description", "— → Dokumentasi pimpinan");
		browser.screenshot("07b-node-history");
	}

	@Test
	void signedInEditorsChangeANodeAndAreToldWhenSomeoneElseWasFaster() {
		browser.open("/#/node/fx-i-penataan");
		assertThat(browser.findAll("[data-action=edit]")).isEmpty();
		// a wrong password is said in the dialog (the 401 it costs is the only console error)
		browser.find("#sign-in").click();
		browser.find("#sign-in-user").sendKeys("admin");
		browser.find("#sign-in-password").sendKeys("wrong");
		browser.find("#sign-in-dialog [type=submit]").click();
		assertThat(browser.text("[data-sign-in-error]:not([hidden])")).contains("salah");
		assertThat(browser.consoleErrors()).singleElement().asString().contains("api/me", "401");
		browser.find("#sign-in-password").clear();
		browser.find("#sign-in-password").sendKeys("admin-pw");
		browser.navigate(() -> browser.find("#sign-in-dialog [type=submit]").click());
		assertThat(browser.text("#sign-in")).isEqualTo("Keluar (admin)");
		browser.js("""
				window.sentToGraphQl = [];
				const send = window.fetch;
				window.fetch = (url, options = {}) => {
				  if (String(url).endsWith('graphql')) {
				    window.sentToGraphQl.push({ query: JSON.parse(options.body).query.trim(),
				      credentials: 'Authorization' in (options.headers ?? {}) });
				  }
				  return send(url, options);
				};""");
		browser.find("[data-action=edit]").click();
		browser.find("#edit-satuan").clear();
		browser.find("#edit-satuan").sendKeys("Laporan");
		browser.find("#edit-target-2025").clear();
		browser.find("#edit-target-2025").sendKeys("5");
		browser.screenshot("07c-node-edit");
		browser.navigate(() -> browser.find(".edit-form [type=submit]").click());
		assertThat(browser.find("[data-history][data-loaded=true] tr[data-action=UPDATE]").getText()).contains("admin",
				"satuan", "Dokumen → Laporan", "2025: 5");
		assertThat(browser.text("main")).contains("Laporan");
		// the signed-in user's credentials go with the write only: the reads around it need no password check
		List<Map<String, Object>> sent = browser.js("return window.sentToGraphQl");
		assertThat(sent).filteredOn(request -> ((String) request.get("query")).startsWith("mutation"))
			.singleElement()
			.satisfies(request -> assertThat(request.get("credentials")).isEqualTo(true));
		assertThat(sent).filteredOn(request -> !((String) request.get("query")).startsWith("mutation"))
			.isNotEmpty()
			.allSatisfy(request -> assertThat(request.get("credentials")).isEqualTo(false));
		// someone else saves between opening the form and saving it: the form says so and nothing is overwritten
		browser.find("[data-action=edit]").click();
		graphQl("admin").document("mutation { updateIndicator(id: \"fx-i-penataan\", version: 1, input: {formula: \"jumlah dokumen\"}) { version } }")
			.execute().path("updateIndicator.version").entity(Integer.class).isEqualTo(2);
		browser.find("#edit-satuan").clear();
		browser.find("#edit-satuan").sendKeys("Dokumen");
		browser.find(".edit-form [type=submit]").click();
		assertThat(browser.find("[data-edit-error][data-code=STALE_VERSION]").getText()).contains("sudah diubah orang lain");
		graphQl().document("{ node(id: \"fx-i-penataan\") { ... on Indikator { satuan formula } } }").execute()
			.path("node.satuan").entity(String.class).isEqualTo("Laporan")
			.path("node.formula").entity(String.class).isEqualTo("jumlah dokumen");
		browser.screenshot("07d-node-edit-conflict");
		browser.navigate(() -> browser.find("#sign-in").click());
		assertThat(browser.text("#sign-in")).isEqualTo("Masuk");
		assertThat(browser.findAll("[data-action=edit]")).isEmpty();
	}

	@Test
	void languageSwitchIsRememberedAndTheLangParameterWins() {
		browser.open("/#/");
		assertThat(browser.text(".site-nav")).contains("Ringkasan", "Kaskade", "Jejak");
		browser.follow("#lang-switch");
		assertThat(browser.text("h1")).isEqualTo("Performance tree overview");
		assertThat(browser.text(".site-nav")).contains("Overview", "Cascade", "Trace");
		assertThat(browser.<String>js("return document.documentElement.lang")).isEqualTo("en");
		browser.screenshot("08-overview-en");
		// remembered across visits
		browser.open("/#/trace/fx-i-penataan");
		assertThat(browser.text("h1")).isEqualTo("Performance trace");
		assertThat(browser.text(".path .notice")).contains("no RPJMD goal is recorded above it");
		// ?lang= in the address wins (and is remembered in turn)
		browser.open("/?lang=id#/");
		assertThat(browser.text("h1")).isEqualTo("Ringkasan pohon kinerja");
		browser.open("/#/");
		assertThat(browser.text("h1")).isEqualTo("Ringkasan pohon kinerja");
	}

	@Test
	void unknownNodesAndAnUnavailableDatabaseShowClearErrors() {
		browser.open("/#/node/no-such-node");
		assertThat(browser.find("[role=alert]").getAttribute("data-error")).isEqualTo("NOT_FOUND");
		assertThat(browser.text("[role=alert]")).contains("Tidak ditemukan", "no-such-node");
		browser.open("/#/cascade/no-such-node");
		assertThat(browser.find("[role=alert]").getAttribute("data-error")).isEqualTo("NOT_FOUND");

		// the API answers UNAVAILABLE while Neo4j is down: the page says so and offers to try again
		browser.navigate(() -> browser.js("""
				window.realFetch = window.fetch;
				window.fetch = () => Promise.resolve(new Response(JSON.stringify({ errors: [{ message: 'The graph database cannot be reached right now; try again in a moment', extensions: { classification: 'UNAVAILABLE' } }], data: null }), { headers: { 'Content-Type': 'application/json' } }));
				location.hash = '#/trace/fx-i-penataan';
				"""));
		assertThat(browser.find("[role=alert]").getAttribute("data-error")).isEqualTo("UNAVAILABLE");
		assertThat(browser.text("[role=alert]")).contains("Basis data tidak tersedia");
		browser.screenshot("09-error-unavailable");
		browser.js("window.fetch = window.realFetch");
		browser.follow("[data-action=retry]");
		assertThat(browser.findAll(".path")).hasSize(1);
	}

	@Test
	void everyPageWorksFromTheKeyboardWithAVisibleFocus() {
		browser.open("/#/");
		// the first Tab lands on the skip link, which is visible while focused
		browser.find("body").sendKeys(Keys.TAB);
		assertThat(browser.<String>js("return document.activeElement.className")).isEqualTo("skip-link");
		assertThat(browser.<Number>js("return document.activeElement.getBoundingClientRect().top").doubleValue()).isGreaterThanOrEqualTo(0);
		// "/" jumps to the search box; the type-ahead is driven by arrows and Enter
		browser.find("h1").sendKeys("/");
		assertThat(browser.<String>js("return document.activeElement.id")).isEqualTo("global-search");
		WebElement search = browser.find("#global-search");
		search.sendKeys("kesejahteraan");
		browser.find("[role=listbox] [role=option]");
		browser.navigate(() -> search.sendKeys(Keys.ENTER));
		assertThat(browser.driver().getCurrentUrl()).contains("#/search?q=kesejahteraan");
		assertThat(browser.findAll("table.data tbody tr")).isNotEmpty();
		// each link and button shows the focus ring
		for (String css : List.of("#lang-switch", ".site-nav a", "main a", "main button")) {
			browser.js("document.querySelector(arguments[0]).focus()", css);
			Map<String, Object> style = browser.js("const s = getComputedStyle(document.activeElement); "
					+ "return { outline: s.outlineStyle, width: s.outlineWidth }");
			assertThat(style.get("outline")).as(css).isNotEqualTo("none");
		}
	}

	/**
	 * Against the readiness API where this build has it (branch readiness); where it has not, against that API's
	 * recorded answer for the same fixture (src/test/resources/ui/), served in place of the real request.
	 */
	@Test
	void readinessPageGroupsFindingsByRuleAndUnitWithFiltersAndDownloads() throws IOException {
		boolean real = hasReadinessApi();
		browser.open("/#/");
		assertThat(browser.find(".site-nav a[data-page=readiness]").findElement(By.xpath("..")).getAttribute("hidden"))
			.as("the menu shows Kesiapan only where the API has it").isEqualTo(real ? null : "true");
		if (!real) {
			String recorded = new ClassPathResource("ui/readiness-report-balangan.json").getContentAsString(StandardCharsets.UTF_8);
			browser.js("""
					const recorded = JSON.parse(arguments[0]);
					window.realFetch = window.fetch;
					window.fetch = (url, init) => init && init.body && init.body.includes('readiness(')
					  ? Promise.resolve(new Response(JSON.stringify({ data: recorded.data }), { headers: { 'Content-Type': 'application/json' } }))
					  : window.realFetch(url, init);
					""", recorded);
		}
		browser.navigate(() -> browser.js("location.hash = '#/readiness?scope=fx-u-pemda'"));
		assertThat(browser.text("h1")).isEqualTo("Kesiapan evaluasi SAKIP");
		assertThat(browser.find(".readiness-summary .score-value").getText()).matches("\\d+(,\\d)?");
		List<WebElement> rules = browser.findAll("section.rule");
		assertThat(rules).isNotEmpty();
		// errors first; each rule's findings under the unit that answers for the node, each linked to its node
		assertThat(rules.get(0).findElement(By.cssSelector(".sev")).getText()).isEqualTo("GALAT");
		assertThat(browser.findAll("section.rule h3.small-heading")).isNotEmpty();
		assertThat(browser.text("#findings")).contains("Optimalisasi Kebijakan Pemerintahan", "BAGIAN PEMERINTAHAN");
		assertThat(browser.findAll(".finding a[href^='#/node/']")).isNotEmpty();
		if (real) {
			// every finding says how to fix it, and has the (empty) place for its repair actions
			List<WebElement> findings = browser.findAll("li.finding");
			assertThat(browser.findAll("li.finding .finding-fix")).hasSameSizeAs(findings);
			assertThat(browser.findAll("li.finding .finding-actions[data-rule][data-node]")).hasSameSizeAs(findings);
			assertThat(browser.text("#findings")).contains("Cara memperbaiki:").doesNotContain("fx-");
			assertThat(browser.find(".score-explanation summary").getText()).isEqualTo("Bagaimana skor dihitung?");
		}
		browser.screenshot("11-readiness");

		// severity filter: errors only, remembered in the address
		browser.find("input[name=severity][value=WARNING]").click();
		browser.find("input[name=severity][value=INFO]").click();
		assertThat(browser.findAll("section.rule .card-head .sev")).extracting(WebElement::getText).containsOnly("GALAT");
		assertThat(browser.driver().getCurrentUrl()).contains("severity=ERROR");
		browser.find("input[name=severity][value=WARNING]").click();
		browser.find("input[name=severity][value=INFO]").click();
		// unit filter: one subbagian's findings only (the server's, when it has the facets)
		browser.navigate(() -> new Select(browser.find("#unit-filter")).selectByValue("fx-u-subbag-dok"));
		assertThat(browser.findAll("section.rule h3.small-heading")).extracting(WebElement::getText)
			.containsOnly("SUB BAG PENDOKUMENTASIAN");
		assertThat(browser.driver().getCurrentUrl()).contains("unit=fx-u-subbag-dok");

		// the report downloads as CSV and XLSX from the readiness API
		assertThat(browser.find("a[href^='api/readiness/report.csv']").getAttribute("href")).endsWith("report.csv?scope=fx-u-pemda");
		assertThat(browser.find("a[href^='api/readiness/report.xlsx']").getAttribute("href")).endsWith("report.xlsx?scope=fx-u-pemda");
		if (real) {
			http().get().uri("/api/readiness/report.csv?scope=fx-u-pemda").exchange().expectStatus().isOk();
			// and the overview shows each region's score, and each perangkat daerah's
			browser.open("/#/");
			browser.find("[data-score='fx-u-pemda'] .score");
			browser.find("[data-pd-score] .score");
		}
	}

	/**
	 * Findings come a page at a time: the first with the summary, then each rule's card loads the rest of its own.
	 * The fixture has a dozen findings, so the pages are made small (3, then 2) by rewriting the requests' page size
	 * on their way to the real API.
	 */
	@Test
	void readinessFindingsLoadAPageAtATimeRuleByRule() {
		org.junit.jupiter.api.Assumptions.assumeTrue(hasReadinessApi());
		// the first check of the freshly loaded fixture runs every rule: on a loaded machine longer than a page's wait
		graphQl().document("{ readiness(scope: \"fx-u-pemda\") { score } }").execute().path("readiness.score").hasValue();
		browser.open("/#/");
		browser.js("""
				window.realFetch = window.realFetch || window.fetch;
				window.fetch = (url, init) => {
				  if (init && init.body && init.body.includes('readiness(')) {
				    const body = JSON.parse(init.body);
				    if (body.variables && body.variables.first) body.variables.first = body.variables.after || body.variables.rule ? 2 : 3;
				    init = { ...init, body: JSON.stringify(body) };
				  }
				  return window.realFetch(url, init);
				};
				""");
		browser.navigate(() -> browser.js("location.hash = '#/readiness?scope=fx-u-pemda'"));
		List<WebElement> cards = browser.findAll("section.rule");
		assertThat(cards).hasSizeGreaterThan(1);
		// the counts are the whole scope's; three findings are loaded, errors first
		int total = cards.stream().mapToInt(WebUiBrowserTests::ruleCount).sum();
		assertThat(total).isGreaterThan(3);
		assertThat(browser.findAll("li.finding")).hasSize(3);
		assertThat(browser.text("#findings > p.muted")).startsWith("3 dari " + total + " temuan ditampilkan");
		assertThat(browser.findAll("button[data-more]")).isNotEmpty();
		browser.screenshot("12-readiness-paged");

		// every card loads the rest of its findings, two at a time, until it holds as many as its count
		for (int guard = 0; guard < 50 && !browser.findAll("button[data-more]").isEmpty(); guard++) {
			WebElement button = browser.findAll("button[data-more]").get(0);
			String rule = button.getAttribute("data-more");
			int before = browser.findAll("section.rule[data-rule='" + rule + "'] li.finding").size();
			button.click();
			browser.waitUntil(d -> browser.findAll("section.rule[data-rule='" + rule + "'] li.finding").size() > before);
			WebElement card = browser.find("section.rule[data-rule='" + rule + "']");
			int now = card.findElements(By.cssSelector("li.finding")).size();
			assertThat(now).isEqualTo(Math.min(ruleCount(card), before + 2));
			// the focus goes to the first new finding
			assertThat(browser.<String>js("return document.activeElement.closest('li.finding') === "
					+ "document.querySelectorAll(`section.rule[data-rule='${arguments[0]}'] li.finding`)[arguments[1]] ? 'yes' : 'no'",
					rule, before)).isEqualTo("yes");
		}
		assertThat(browser.findAll("button[data-more]")).isEmpty();
		assertThat(browser.findAll("li.finding")).hasSize(total);
		assertThat(browser.text("#findings > p.muted")).startsWith(total + " dari " + total + " temuan ditampilkan");
		// no finding twice
		List<String> links = browser.findAll("li.finding .finding-node a[href^='#/node/']").stream()
			.map(a -> a.getAttribute("href") + " " + a.findElement(By.xpath("ancestor::section")).getAttribute("data-rule")
					+ " " + a.findElement(By.xpath("ancestor::li")).getText())
			.toList();
		assertThat(links).doesNotHaveDuplicates();
		browser.js("window.fetch = window.realFetch");
	}

	private static int ruleCount(WebElement card) {
		String heading = card.findElement(By.cssSelector("h2 .muted")).getText();
		return Integer.parseInt(heading.replaceAll("\\D", ""));
	}

	@Test
	void graphiqlIsServedByTheAppAndWorksOffline() {
		browser.get("/graphiql");
		browser.find(".graphiql-container");
		browser.waitUntil(d -> browser.<Boolean>js("return document.querySelector('.graphiql-container .CodeMirror') !== null"));
		assertThat(browser.driver().getTitle()).isEqualTo("GraphiQL — Pokin");
		// its example query runs against /graphql
		browser.find(".graphiql-execute-button").click();
		browser.waitUntil(d -> browser.<String>js("return document.querySelector('.result-window')?.textContent || ''")
			.contains("Kabupaten Balangan"));
		browser.screenshot("10-graphiql");
	}

	private boolean hasReadinessApi() {
		List<String> fields = graphQl().document("{ __schema { queryType { fields { name } } } }")
			.execute()
			.path("__schema.queryType.fields[*].name")
			.entityList(String.class)
			.get();
		return fields.contains("readiness");
	}

	private static List<String> rowNames() {
		return browser.findAll("#tree [role=treeitem] .name").stream().map(WebElement::getText).toList();
	}

	private static WebElement row(String name) {
		return browser.findAll("#tree [role=treeitem]")
			.stream()
			.filter(r -> r.findElement(By.cssSelector(".name")).getText().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static WebElement focusedRow() {
		return browser.driver().switchTo().activeElement();
	}

}
