package dev.inventoryimport.tools;

import java.net.URL;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.inventoryimport.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The console's lazy grids driven in a real browser, timed on the browser's own clock: an opened
 * page from navigation start to its load event (the first page's rows are in its HTML), an action
 * from the click's pointerdown to the DOM mutation that shows other rows or another total. The
 * WebDriver round trips and the waits' polling interval are not in the figure.
 */
final class ConsoleGrids {

    /**
     * One timed step: the grid's total afterwards, the time the operator waited, and the server's
     * share: request sent to response received (not the first byte: Faces may flush a first buffer
     * of the page before the grid's queries run).
     */
    record Timing(long total, double millis, double serverMillis) {
    }

    private static final Pattern TOTAL = Pattern.compile("of (\\d+)");

    // A grid's state as an operator sees it: the paginator report and the first row.
    private static final String SIGNATURE = "function signature(grid) {"
            + " var report = document.querySelector('[id=\"' + grid + '\"] .ui-paginator-current');"
            + " var row = document.querySelector('[id=\"' + grid + '_data\"] tr');"
            + " return (report ? report.textContent : '') + '|' + (row ? row.textContent : ''); }";

    // Records the click (the arming time if none comes) and the moment the grid's signature first
    // differs from now; the resource buffer is cleared so the one XHR left is the action's own.
    private static final String ARM = SIGNATURE
            + " var grid = arguments[0], before = signature(grid);"
            + " var state = {start: performance.now(), end: null};"
            + " document.addEventListener('pointerdown', function () { state.start = performance.now(); },"
            + "   {capture: true, once: true});"
            + " var observer = new MutationObserver(function () {"
            + "   if (state.end === null && signature(grid) !== before) {"
            + "     state.end = performance.now(); observer.disconnect(); } });"
            + " observer.observe(document.body, {childList: true, subtree: true, characterData: true});"
            + " performance.clearResourceTimings();"
            + " window.consoleBenchmark = state;";

    private static final String ACTION_TIMING = "var s = window.consoleBenchmark;"
            + " var xhr = performance.getEntriesByType('resource')"
            + "   .filter(function (e) { return e.initiatorType === 'xmlhttprequest'; }).pop();"
            + " return [s.end - s.start, xhr ? xhr.responseEnd - xhr.requestStart : -1];";

    private static final String NAVIGATION_TIMING = "var n = performance.getEntriesByType('navigation')[0];"
            + " return n && n.loadEventEnd > 0 ? [n.loadEventEnd, n.responseEnd - n.requestStart] : null;";

    private final Browser browser;
    private final URL base;

    ConsoleGrids(Browser browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    /** The login form posts without AJAX and answers with a redirect into the console. */
    void logIn(String username, String password) {
        browser.open(base, "login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.click(By.id("login:submit"));
        browser.waitUntil("the console after logging in", d -> !d.getCurrentUrl().contains("login.xhtml")
                && !d.findElements(By.id("menu")).isEmpty());
    }

    /** Opens a grid's page afresh (a new view: no sort or filter carried over) and times it. */
    Timing open(String path, String grid) {
        browser.open(base, path);
        browser.waitFor(rowsOf(grid));
        browser.waitForAjax();
        browser.waitUntil("the navigation timing of " + path, d -> script(NAVIGATION_TIMING) != null);
        return timing(grid, script(NAVIGATION_TIMING));
    }

    /** Times {@code action} (a click) until the grid shows other rows or another total. */
    Timing act(String grid, Runnable action) {
        script(ARM, grid);
        action.run();
        browser.waitUntil("grid " + grid + " to change", d -> script("return window.consoleBenchmark.end") != null);
        browser.waitForAjax();
        return timing(grid, script(ACTION_TIMING));
    }

    /** A sortable column's header, by its title. */
    static By header(String grid, String title) {
        return By.xpath("//*[@id='" + grid + "']//thead//th[contains(@class, 'ui-sortable-column')]"
                + "[.//span[contains(@class, 'ui-column-title') and normalize-space() = '" + title + "']]");
    }

    /** Picks an item of a p:selectOneMenu, as an operator does, and waits until the menu shows it. */
    void choose(String menu, String label) {
        browser.click(By.id(menu));
        // The panel ignores clicks while its opening transition runs.
        browser.waitFor(By.cssSelector("[id='" + menu + "_panel'].ui-connected-overlay-enter-done"));
        browser.click(By.cssSelector("[id='" + menu + "_panel'] li[data-label='" + label + "']"));
        browser.waitUntil(menu + " showing " + label,
                d -> label.equals(d.findElement(By.id(menu + "_label")).getText()));
    }

    /**
     * Sets a p:datePicker through its widget, as picking a day does. Typing is unreliable: the
     * overlay that opens on focus takes the focus, and keys typed then are lost.
     */
    void pickDate(String picker, LocalDateTime t) {
        script("PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1,"
                + " arguments[3], arguments[4], arguments[5]));", picker, t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute());
    }

    private Timing timing(String grid, Object figures) {
        List<?> values = (List<?>) figures;
        String report = browser.textOf(By.cssSelector("[id='" + grid + "'] .ui-paginator-current"));
        Matcher m = TOTAL.matcher(report);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected paginator report '" + report + "' in " + grid);
        }
        return new Timing(Long.parseLong(m.group(1)), ((Number) values.get(0)).doubleValue(),
                ((Number) values.get(1)).doubleValue());
    }

    private static By rowsOf(String grid) {
        return By.cssSelector("[id='" + grid + "_data'] tr");
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js, args);
    }
}
