package id.pokin.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real headless Chromium ({@link Browser}) against the app of {@link GraphQlIntegrationTest}: one
 * browser per test class, started by the first test (skipped without Chromium, see {@link Browser#assumeAvailable}),
 * each test starting on the overview in Bahasa and ending with no Chromium console error and nothing loaded from
 * outside the app.
 */
public abstract class BrowserTest extends GraphQlIntegrationTest {

	protected static Browser browser;

	@BeforeEach
	void startBrowser() {
		Browser.assumeAvailable();
		beforeBrowser();
		if (browser == null) {
			browser = Browser.start("http://localhost:" + this.port);
		}
		openFirstPage(browser);
		browser.consoleErrors();
	}

	/** Work of the test class before its page opens (after the browser check: skipped without Chromium). */
	protected void beforeBrowser() {
	}

	/** The page every test starts from. */
	protected void openFirstPage(Browser browser) {
		browser.open("/?lang=id#/");
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

}
