package id.pokin.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, installed by {@code .ci/run})
 * for the web UI tests. Without {@code /usr/bin/chromium} the tests are skipped, unless the {@code CI}
 * variable is set: CI always runs them, and fails if the browser is missing.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/** Debian's wrapper script starts this binary; calling it directly skips the wrapper's shell checks. */
	private static final Path CHROMIUM_BINARY = Path.of("/usr/lib/chromium/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final WebDriver driver;

	private final Path profile;

	private final String baseUrl;

	private Browser(WebDriver driver, Path profile, String baseUrl) {
		this.driver = driver;
		this.profile = profile;
		this.baseUrl = baseUrl;
	}

	private static boolean warned;

	/** Skips the calling test (and says so once in the build output) when there is no Chromium and this is not CI. */
	public static synchronized void assumeAvailable() {
		boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
		boolean available = ci || Files.isExecutable(CHROMIUM);
		String message = "Browser tests skipped: " + CHROMIUM + " is not installed (apt-get install chromium "
				+ "chromium-driver; .ci/run does this) and CI is not set";
		if (!available && !warned) {
			System.err.println("[WARNING] " + message);
			warned = true;
		}
		Assumptions.assumeTrue(available, message);
	}

	public static Browser start(String baseUrl) {
		Path profile;
		try {
			profile = Files.createTempDirectory("pokin-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary((Files.isExecutable(CHROMIUM_BINARY) ? CHROMIUM_BINARY : CHROMIUM).toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile, "--window-size=1440,1000", "--lang=id-ID");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), profile, baseUrl);
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Lays pages out for a screen of this size in CSS pixels (a phone: 390 x 844) until {@link #desktop()}. Headless
	 * Chromium's window is never narrower than 500 px, so the size is emulated. Not as a mobile device: a mobile
	 * viewport would widen itself to fit a page that is too wide, and hide exactly what the phone tests look for.
	 */
	public void viewport(int width, int height) {
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Back to the window's own size. */
	public void desktop() {
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/** Loads a page of the app ({@code path} like {@code /#/trace/x}) afresh and waits until it has rendered. */
	public void open(String path) {
		this.driver.get(this.baseUrl + path);
		waitForPage();
	}

	/** Loads a URL of the app without waiting for the UI shell (GraphiQL). */
	public void get(String path) {
		this.driver.get(this.baseUrl + path);
	}

	/** Waits until the UI has rendered a page (its first one after a load). */
	public void waitForPage() {
		waitForRoutes(1);
	}

	/** Does something that changes the page (a click, keys, a script) and waits until the next page has rendered. */
	public void navigate(Runnable action) {
		long before = routes();
		action.run();
		waitForRoutes(before + 1);
	}

	/** Clicks the first element matching {@code css} and waits for the page it leads to. */
	public void follow(String css) {
		WebElement link = find(css);
		navigate(link::click);
	}

	private long routes() {
		Object count = js("return Number(document.querySelector('main')?.dataset.routes || 0)");
		return ((Number) count).longValue();
	}

	private void waitForRoutes(long count) {
		waitUntil(d -> routes() >= count
				&& Boolean.TRUE.equals(js("return !document.querySelector('main').hasAttribute('aria-busy')")));
	}

	public <T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(condition::apply);
	}

	public WebElement find(String css) {
		return waitUntil(d -> {
			List<WebElement> found = d.findElements(By.cssSelector(css));
			return found.isEmpty() ? null : found.get(0);
		});
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	public String text(String css) {
		return find(css).getText();
	}

	@SuppressWarnings("unchecked")
	public <T> T js(String script, Object... args) {
		return (T) ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/** Chromium's console and network errors since the last call (warnings and info are left out). */
	public List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** Every resource the page loaded that did not come from the app itself (must be none: no CDN). */
	public List<String> foreignResources() {
		return js("return performance.getEntriesByType('resource').map(e => e.name)"
				+ ".filter(n => !n.startsWith(location.origin) && !n.startsWith('data:') && !n.startsWith('blob:'))");
	}

	/** A timing the UI recorded with {@code timing(name, values)} (window.pokinTimings). */
	public Map<String, Object> timing(String name) {
		return js("return (window.pokinTimings || {})[arguments[0]] || null", name);
	}

	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException ex) {
				// a leftover temporary profile is harmless
			}
		}
	}

}
