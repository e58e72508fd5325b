package dev.inventoryimport.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Debian's headless chromium driven through Debian's chromedriver, for the integration tests and
 * the benchmark tool. Both paths are always given explicitly, so Selenium Manager never runs: it
 * would try to download a browser and a driver, and CI has no network for that.
 */
public final class Browser implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int SOURCE_EXCERPT = 2_000;

    // Stale and missing elements are normal while a PrimeFaces AJAX update swaps DOM nodes.
    private static final List<Class<? extends Throwable>> AJAX_CHURN =
            List.of(StaleElementReferenceException.class, NoSuchElementException.class);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path screenshotDir;
    private final Path tempDir;
    private boolean closed;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path screenshotDir, Path tempDir) {
        this.service = service;
        this.driver = driver;
        this.screenshotDir = screenshotDir;
        this.tempDir = tempDir;
    }

    public static Browser start(Path screenshotDir) {
        Path tempDir = createTempDir();
        ChromeDriverService service = null;
        try {
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(driverPath()))
                    .usingAnyFreePort()
                    // Even with --user-data-dir, chromium puts its crash-report database under
                    // $XDG_CONFIG_HOME (~/.config) and dconf's cache under $XDG_CACHE_HOME (~/.cache).
                    .withEnvironment(Map.of(
                            "XDG_CONFIG_HOME", subdir(tempDir, "config"),
                            "XDG_CACHE_HOME", subdir(tempDir, "cache")))
                    .build();
            return new Browser(service, new ChromeDriver(service, options(tempDir)), screenshotDir, tempDir);
        } catch (RuntimeException e) {
            if (service != null) {
                service.stop();
            }
            deleteTree(tempDir);
            throw e;
        }
    }

    private static ChromeOptions options(Path tempDir) {
        // The page's console (errors, refused Content-Security-Policy directives) for consoleErrors().
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions();
        options.setCapability("goog:loggingPrefs", logs);
        return options
                .setBinary(envOr("CHROMIUM_BINARY", "/usr/bin/chromium"))
                .addArguments(
                        "--headless=new",
                        // CI runs as root, where chromium refuses to start sandboxed; there is no GPU;
                        // container /dev/shm is often too small (Debian's launcher script's own check
                        // for that breaks when /dev/shm is mounted twice).
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        // No calls home: there is no network beyond the service under test.
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-quic",
                        "--window-size=1400,1000",
                        "--user-data-dir=" + subdir(tempDir, "profile"));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(URL base, String path) {
        try {
            driver.get(new URL(base, path).toString());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad path " + path + " against " + base, e);
        }
    }

    public WebElement waitFor(By by) {
        return await("visible: " + by, ExpectedConditions.visibilityOfElementLocated(by), AJAX_CHURN);
    }

    public void waitUntil(String description, Function<WebDriver, Boolean> condition) {
        await(description, condition, AJAX_CHURN);
    }

    public String textOf(By by) {
        return await("text of " + by, d -> d.findElement(by).getText(), AJAX_CHURN);
    }

    public void click(By by) {
        await("click " + by, d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        }, List.of(StaleElementReferenceException.class, NoSuchElementException.class,
                // A PrimeFaces blocker or overlay fading out still catches the click: try again.
                ElementClickInterceptedException.class));
    }

    public void type(By by, String text) {
        await("type into " + by, d -> {
            WebElement element = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            if (element == null) {
                return false;
            }
            element.clear();
            element.sendKeys(text);
            return true;
        }, AJAX_CHURN);
    }

    public void waitForAjax() {
        await("PrimeFaces AJAX queue empty and document complete", d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && (typeof window.PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty());"),
                // While a page is being replaced, the script can run in a context that is going away.
                List.of(JavascriptException.class));
    }

    /**
     * The errors the pages logged in the browser's console since the last call: script errors,
     * failed loads and Content-Security-Policy violations ("Refused to apply inline style ...").
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshotDir);
            Path file = screenshotDir.resolve(name.endsWith(".png") ? name : name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(tempDir);
        }
    }

    private <T> T await(String description, Function<WebDriver, T> condition,
            List<Class<? extends Throwable>> ignored) {
        try {
            return new FluentWait<WebDriver>(driver)
                    .withTimeout(TIMEOUT)
                    .pollingEvery(Duration.ofMillis(100))
                    .ignoreAll(ignored)
                    .until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + description
                    + "\n" + describePage(), e);
        }
    }

    // Must not throw: a dead browser would otherwise hide what the test was waiting for.
    private String describePage() {
        try {
            String source = driver.getPageSource();
            return "URL: " + driver.getCurrentUrl() + "\npage source (start):\n"
                    + source.substring(0, Math.min(source.length(), SOURCE_EXCERPT));
        } catch (WebDriverException e) {
            return "page unavailable: " + e.getMessage();
        }
    }

    private static String driverPath() {
        String property = System.getProperty("webdriver.chrome.driver");
        return property != null ? property : envOr("CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value != null && !value.isBlank() ? value : fallback;
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String subdir(Path parent, String name) {
        try {
            return Files.createDirectories(parent.resolve(name)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + root, e);
        }
    }
}
