package dev.inventoryimport.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.inventoryimport.it.support.Browser;
import dev.inventoryimport.it.support.PushClient;
import dev.inventoryimport.it.support.PushClient.Line;
import dev.inventoryimport.it.support.ServiceIT;
import dev.inventoryimport.it.support.TestServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The admin console in a real headless Chromium: one server, one browser, the steps an operator
 * takes in order. Screenshots of the key pages land in {@code target/console-screenshots/<database>}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT extends ServiceIT {

    private static final Duration DONE = Duration.ofSeconds(20);
    private static Browser browser;

    private static Browser browser() {
        if (browser == null) {
            browser = Browser.start(Path.of("target", "console-screenshots", System.getProperty("it.database", "h2")));
        }
        return browser;
    }

    /** Every page, every step: no script error, failed load or refused Content-Security-Policy directive. */
    @AfterEach
    void noErrorsInTheBrowsersConsole() {
        if (browser != null) {
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), "browser console: " + errors);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String initialPassword() throws IOException {
        return Files.readString(Path.of(System.getProperty("it.dataDir"), "admin-initial-password"),
                StandardCharsets.UTF_8).strip();
    }

    /** The requests grid filtered to message 71 (the guide's example), once it shows that one row. */
    private void showRequestsOfMessage71(Browser b) {
        b.open(base, "admin/requests.xhtml");
        b.type(By.id("requests:messageFrom"), "71");
        b.type(By.id("requests:messageTo"), "71");
        b.click(By.id("requests:apply"));
        b.waitUntil("one request for message 71", d -> b.textOf(By.cssSelector("#requests\\:grid .ui-paginator-current"))
                .contains("of 1"));
    }

    private void logIn(String password) {
        Browser b = browser();
        b.type(By.id("login:username"), "admin");
        b.type(By.id("login:password"), password);
        b.click(By.id("login:submit"));
    }

    @Test
    @Order(1)
    void anonymousRequestsAreRedirectedToLoginAndAWrongPasswordIsRefused() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String page : List.of("admin/index.xhtml", "admin/requests.xhtml", "admin/settings.xhtml")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + page)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, answer.statusCode(), page);
            assertTrue(answer.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"), page);
        }
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create(base.toString())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(root.headers().firstValue("Location").orElseThrow().endsWith("/admin/index.xhtml"), "root: console");
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElseThrow());

        Browser b = browser();
        b.open(base, "admin/requests.xhtml");
        b.waitUntil("redirected to the login page", d -> d.getCurrentUrl().endsWith("/login.xhtml"));
        logIn("not-the-password");
        b.waitUntil("wrong password refused", d -> d.getPageSource().contains("Wrong username or password"));
        assertTrue(b.driver().getCurrentUrl().endsWith("/login.xhtml"));
        b.screenshot("login-refused");
    }

    @Test
    @Order(2)
    void theGeneratedPasswordLogsInAndLandsOnThePageFirstAskedFor() throws Exception {
        Browser b = browser();
        b.open(base, "admin/requests.xhtml");
        logIn(initialPassword());
        b.waitUntil("on the requests grid", d -> d.getCurrentUrl().contains("/admin/requests.xhtml"));
        b.waitFor(By.id("requests:grid"));
        assertTrue(b.driver().getPageSource().contains("still the generated one"), "reminder to change it");
    }

    @Test
    @Order(3)
    void aPushedMessageAppearsInTheGridWithItsXmlAndImportReport() {
        client.awaitDone(client.soap(71, List.of(Line.of("24-MB01", 90, 10), Line.of("24-MB02", 7, 10))).requestId(),
                DONE);
        client.awaitDone(client.soap(72, List.of(Line.of("24-MB01", 80, 9))).requestId(), DONE); // stale: superseded

        Browser b = browser();
        showRequestsOfMessage71(b);
        String row = b.textOf(By.cssSelector("#requests\\:grid_data tr"));
        assertTrue(row.contains("71") && row.contains("M2_SOAP") && row.contains("Inventory")
                && row.contains("Update") && row.contains("Processed"), row);
        b.screenshot("requests-grid");

        b.click(By.linkText("View"));
        b.waitFor(By.id("body"));
        String xml = b.textOf(By.id("body"));
        assertTrue(xml.contains("<messageSeqId>71</messageSeqId>") && xml.contains("<sku>24-MB01</sku>"), xml);
        assertEquals("Success - Message 71 Received", b.textOf(By.id("answer")));
        b.screenshot("request-detail");

        b.click(By.id("request:importLink"));
        b.waitFor(By.id("report:lines"));
        String lines = b.textOf(By.id("report:lines_data"));
        assertTrue(lines.contains("Stock quantity of SKU 24-MB01 set to 90"), lines);
        assertTrue(lines.contains("Stock quantity of SKU 24-MB02 set to 7"), lines);
        assertEquals("2", b.textOf(By.id("successes")));
        b.screenshot("import-report");

        b.open(base, "admin/inventory-log.xhtml");
        String log = b.textOf(By.id("log:grid_data"));
        assertTrue(log.contains("24-MB01") && log.contains("Superseded") && log.contains("older than the applied 10"),
                log);
        b.screenshot("inventory-log");
        b.type(By.id("log:messageId"), "72");
        b.click(By.id("log:apply"));
        b.waitUntil("message 72's entry", d -> b.textOf(By.cssSelector("#log\\:grid .ui-paginator-current"))
                .equals("1–1 of 1"));
        String[] entries = postForm("log", "log:exportCsv").split("\r?\n");
        assertEquals("Logged at,Kind,SKU,Source,Sequence ID received,Sequence ID in force,Qty received,Message ID,"
                + "Request ID,Import ID,Message", entries[0]);
        assertEquals(2, entries.length, String.join("\n", entries));
        assertTrue(entries[1].matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z,Superseded,24-MB01,default,9,10,80,72,\\d+,\\d+,"
                + "Superseded: sequence id 9 of SKU 24-MB01 is older than the applied 10"), entries[1]);
    }

    @Test
    @Order(4)
    void gridsFilterAndPageInTheDatabase() {
        long last = 0;
        for (int m = 1000; m < 1045; m++) {
            last = client.rest(m, List.of(Line.of("PAGE-" + m, 1, 1))).requestId();
        }
        client.rest(1000, List.of(Line.of("PAGE-1000", 1, 1))); // a repeat
        client.awaitDone(last, DONE);

        Browser b = browser();
        b.open(base, "admin/requests.xhtml");
        b.type(By.id("requests:messageFrom"), "1000");
        b.type(By.id("requests:messageTo"), "1044");
        b.click(By.id("requests:apply"));
        b.waitUntil("46 requests in range", d -> b.textOf(By.cssSelector("#requests\\:grid .ui-paginator-current"))
                .equals("1–20 of 46"));
        b.click(By.cssSelector("#requests\\:grid_paginator_bottom .ui-paginator-next"));
        b.waitUntil("second page", d -> b.textOf(By.cssSelector("#requests\\:grid .ui-paginator-current"))
                .equals("21–40 of 46"));
        assertEquals(20, b.driver().findElements(By.cssSelector("#requests\\:grid_data tr")).size());

        choose(b, "requests:status", "REPEATED");
        b.click(By.id("requests:apply"));
        b.waitUntil("the one repeat", d -> b.textOf(By.cssSelector("#requests\\:grid .ui-paginator-current"))
                .equals("1–1 of 1"));
        assertTrue(b.textOf(By.cssSelector("#requests\\:grid_data tr")).contains("Repeated"));

        // A date alone is its midnight; the field shows the format it takes.
        assertEquals("yyyy-mm-dd [hh:mm]", b.driver().findElement(By.id("requests:receivedFrom")).getAttribute("placeholder"));
        b.type(By.id("requests:receivedFrom"), "2020-01-01");
        b.click(By.id("requests:apply"));
        b.waitForAjax();
        assertEquals("1–1 of 1", b.textOf(By.cssSelector("#requests\\:grid .ui-paginator-current")));
        assertEquals("2020-01-01", b.driver().findElement(By.id("requests:receivedFrom")).getAttribute("value"));
        assertFalse(fieldMarked(b, "requests:receivedFrom"));

        // A range the wrong way round is said so, both ends marked; put right, neither stays marked.
        b.type(By.id("requests:messageFrom"), "1044");
        b.type(By.id("requests:messageTo"), "1000");
        b.click(By.id("requests:apply"));
        b.waitUntil("reversed range refused", d -> b.textOf(By.id("messages"))
                .contains("Message ID from 1044 is after to 1000"));
        assertTrue(fieldMarked(b, "requests:messageFrom") && fieldMarked(b, "requests:messageTo"));
        b.type(By.id("requests:messageFrom"), "1000");
        b.type(By.id("requests:messageTo"), "1044");
        b.click(By.id("requests:apply"));
        b.waitUntil("range accepted", d -> !fieldMarked(b, "requests:messageFrom") && !fieldMarked(b, "requests:messageTo"));

        // A Repeated request will never have an import, and names the request it repeats.
        b.click(By.cssSelector("#requests\\:grid_data tr a"));
        b.waitFor(By.id("request:noImport"));
        assertTrue(b.textOf(By.id("request:noImport")).contains("None, ever"), b.textOf(By.id("request:noImport")));
        b.click(By.id("request:repeats"));
        b.waitUntil("the request it repeats", d -> b.textOf(By.id("messageId")).equals("1000")
                && b.textOf(By.id("request:status")).equals("Processed"));
    }

    /** Whether a field is drawn as refused (PrimeFaces' error state). */
    private static boolean fieldMarked(Browser b, String id) {
        return b.driver().findElement(By.id(id)).getAttribute("class").contains("ui-state-error");
    }

    @Test
    @Order(5)
    void aSettingSavedAppliesAtOnceAndProcessNowRunsAPendingRequest() {
        Browser b = browser();
        b.open(base, "admin/settings.xhtml");
        b.type(By.id("settings:batchSize"), "0");
        assertEquals("Not saved: Batch size must be a whole number from 1 to 100000, not '0'", save(b));
        assertTrue(fieldMarked(b, "settings:batchSize"), "the refused field is marked");
        assertFalse(fieldMarked(b, "settings:retentionDays"), "the others are not");
        chooseImportEnabled(b, "No");
        b.type(By.id("settings:batchSize"), "50");
        assertEquals("Saved Import enabled, Batch size; in effect now", save(b));
        assertFalse(fieldMarked(b, "settings:batchSize"), "no longer marked once right");
        b.screenshot("settings");

        long id = client.rest(2000, List.of(Line.of("WAIT-1", 5, 1))).requestId();
        sleep(1500);
        assertEquals("Pending", client.getJson("rest/V1/orderflow/requests/" + id).getString("status"),
                "import switched off from the console");

        b.open(base, "admin/requests.xhtml");
        b.click(By.id("requests:processSelected"));
        b.waitUntil("nothing selected", d -> b.textOf(By.id("messages"))
                .contains("Select the Pending or Failed requests to process first"));
        assertFalse(b.driver().findElement(By.id("requests:processSelectedConfirm")).isDisplayed(), "no question first");
        choose(b, "requests:status", "PENDING");
        b.click(By.id("requests:apply"));
        b.waitUntil("the Pending request", d -> b.textOf(By.cssSelector("#requests\\:grid_data tr"))
                .contains(Long.toString(id)));
        b.click(By.id("requests:grid:0:processNow"));
        b.click(By.cssSelector(".ui-confirmdialog-yes"));
        b.waitUntil("queued", d -> d.getPageSource().contains("Queued 1 request(s)"));
        assertEquals("Processed", client.awaitDone(id, DONE).getString("status"));

        b.open(base, "admin/settings.xhtml");
        chooseImportEnabled(b, "Yes");
        assertEquals("Saved Import enabled; in effect now", save(b));
    }

    /** Saves the settings form and returns what the console said. */
    private static String save(Browser b) {
        // The answer to an earlier save may still be shown: clear it, to wait for this one's.
        ((JavascriptExecutor) b.driver()).executeScript("document.getElementById('messages').innerHTML = '';");
        b.click(By.id("settings:save"));
        b.waitUntil("an answer to the save", d -> !b.textOf(By.id("messages")).isBlank());
        return b.textOf(By.id("messages")).strip();
    }

    private static void chooseImportEnabled(Browser b, String label) {
        choose(b, "settings:importEnabled", label.equals("Yes") ? "true" : "false");
    }

    /**
     * Picks a value of a p:selectOneMenu through its own widget, not by clicking items of its floating
     * panel: after AJAX has re-rendered the form, an old panel may linger under the same id.
     */
    private static void choose(Browser b, String menuId, String value) {
        b.waitFor(By.id(menuId));
        ((JavascriptExecutor) b.driver()).executeScript(
                "PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);",
                "widget_" + menuId.replace(':', '_'), value);
    }

    @Test
    @Order(6)
    void importsExportAsCsvWithTheGridsFilter() {
        Browser b = browser();
        b.open(base, "admin/imports.xhtml");
        b.type(By.id("imports:messageFrom"), "71");
        b.type(By.id("imports:messageTo"), "72");
        b.click(By.id("imports:apply"));
        b.waitUntil("two imports", d -> b.textOf(By.cssSelector("#imports\\:grid .ui-paginator-current"))
                .equals("1–2 of 2"));
        b.screenshot("imports-grid");
        String csv = postForm("imports", "imports:exportCsv");
        String[] rows = csv.split("\r?\n");
        assertEquals("Import ID,Request ID,Message ID,Successes,Duplicates,Superseded,Failures,Processed (UTC)", rows[0]);
        assertEquals(3, rows.length, csv);
        assertTrue(rows[1].matches("\\d+,\\d+,71,2,0,0,0,\\d{4}-.*"), rows[1]);
        assertTrue(rows[2].matches("\\d+,\\d+,72,0,0,1,0,\\d{4}-.*"), rows[2]);

        b.click(By.linkText(rows[1].split(",")[0]));
        b.waitFor(By.id("report:lines"));
        String lines = postForm("report", "report:exportCsv").replace("\r\n", "\n");
        assertTrue(lines.startsWith("Line,Source,SKU,Sequence ID,Qty received,Qty set,Result,Message\n"), lines);
        assertTrue(lines.contains("1,default,24-MB01,10,90,90,Success,Stock quantity of SKU 24-MB01 set to 90\n"), lines);
    }

    /** Submits a form as its non-AJAX button would, from inside the page (its session), and returns the answer. */
    private static String postForm(String formId, String buttonName) {
        Object text = ((JavascriptExecutor) browser().driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const form = document.getElementById(arguments[0]);"
                        + "const data = new URLSearchParams(new FormData(form)); data.append(arguments[1], '');"
                        + "fetch(form.action, {method: 'POST', body: data}).then(r => r.text()).then(done);",
                formId, buttonName);
        assertNotNull(text);
        return text.toString();
    }

    @Test
    @Order(7)
    void aPushedScriptIsShownAsTextNeverRun() {
        String hostile = "<script>alert(1)</script>";
        long id = client.rest(3000, List.of(Line.of(hostile, 1, 1))).requestId();
        client.awaitDone(id, DONE);
        Browser b = browser();
        b.open(base, "admin/request.xhtml?id=" + id);
        b.waitFor(By.id("body"));
        assertTrue(b.textOf(By.id("body")).contains("\"sku\": \"" + hostile + "\""));
        assertTrue(b.textOf(By.id("request:lines_data")).contains(hostile));
        assertTrue(b.driver().findElements(By.cssSelector("#body script, #request\\:lines_data script")).isEmpty());
        assertThrows(NoAlertPresentException.class, () -> b.driver().switchTo().alert());
        b.screenshot("request-with-script");
    }

    @Test
    @Order(8)
    void failuresRaiseTheBannerUntilOpened() {
        long id = client.rest(4000, List.of(Line.of("BAD-QTY", "lots", 1))).requestId();
        client.awaitDone(id, DONE);
        Browser b = browser();
        b.open(base, "admin/index.xhtml");
        b.waitUntil("failure banner", d -> d.getPageSource().contains("A recent import contains failures"));
        b.screenshot("dashboard");
        assertTrue(b.driver().findElements(By.id("failedLink")).isEmpty(), "no Failed request: no link to them");
        assertTrue(b.textOf(By.id("failureLinesLink")).endsWith("with Failure lines"), b.textOf(By.id("failureLinesLink")));
        assertTrue(b.textOf(By.id("successLines")).contains("Success lines, last hour"));
        assertTrue(Integer.parseInt(b.textOf(By.cssSelector("#dashboard\\:failureLines .figure"))) >= 1);
        assertTrue(b.textOf(By.id("duplicateLines")).contains("Duplicate lines"));

        b.open(base, "admin/requests.xhtml?messageId=4000");
        b.waitUntil("its row says Failure lines", d -> b.textOf(By.cssSelector("#requests\\:grid_data tr"))
                .contains("Processed, 1 Failure line"));
        b.open(base, "admin/request.xhtml?id=" + id);
        assertEquals(", its import has 1 Failure line", b.textOf(By.id("request:failureLines")));
        b.click(By.id("request:importLink"));
        b.waitFor(By.id("report:lines"));
        b.open(base, "admin/index.xhtml");
        b.waitFor(By.id("dashboard:figures"));
        assertFalse(b.driver().getPageSource().contains("A recent import contains failures"));
    }

    @Test
    @Order(9)
    void aPoisonMessageEndsFailedShowsInTheConsoleAndProcessNowRerunsItOnceFixed() {
        // The fault comes from the database itself, as a constraint no line of this SKU can pass.
        TestServer.execute("ALTER TABLE stock_item ADD CONSTRAINT it_console_poison CHECK (sku <> 'POISON-C')");
        long poisoned;
        try {
            poisoned = client.rest(6000, List.of(Line.of("POISON-OK-C", 4, 1), Line.of("POISON-C", 1, 1))).requestId();
            long healthy = client.rest(6001, List.of(Line.of("HEALTHY-C", 2, 1))).requestId();
            assertEquals("Failed", client.awaitDone(poisoned, DONE).getString("status"));
            assertEquals("Processed", client.awaitDone(healthy, DONE).getString("status"), "others flow meanwhile");

            Browser b = browser();
            b.open(base, "admin/index.xhtml");
            b.waitUntil("failure banner", d -> d.getPageSource().contains("A recent import contains failures"));
            b.open(base, "admin/request.xhtml?id=" + poisoned);
            assertTrue(b.textOf(By.id("error")).toLowerCase().contains("it_console_poison"), b.textOf(By.id("error")));
            assertEquals("Failed", b.textOf(By.id("request:status")));
            b.screenshot("request-failed");
        } finally {
            TestServer.execute("ALTER TABLE stock_item DROP CONSTRAINT it_console_poison");
        }
        Browser b = browser();
        b.open(base, "admin/request.xhtml?id=" + poisoned);
        b.click(By.id("request:processNow"));
        b.click(By.cssSelector(".ui-confirmdialog-yes"));
        b.waitUntil("queued", d -> d.getPageSource().contains("queued for processing"));
        assertEquals("Processed", client.awaitDone(poisoned, DONE).getString("status"));
        b.waitUntil("the new status shown without a reload", d -> b.textOf(By.id("request:status")).equals("Processed"));
        assertEquals(4, client.getJson("rest/V1/stockItems/POISON-OK-C").getJsonNumber("qty").intValue());
    }

    @Test
    @Order(10)
    void resetSequenceLetsAnOlderSequenceApply() {
        Browser b = browser();
        b.open(base, "admin/stock.xhtml");
        b.type(By.id("stock:prefix"), "24-MB01");
        b.click(By.id("stock:search"));
        b.waitForAjax(); // the grid before the search shows the SKU too: select in the one after it
        b.waitUntil("one row", d -> b.textOf(By.cssSelector("#stock\\:grid_data tr")).contains("24-MB01"));
        b.click(By.cssSelector("#stock\\:grid_data tr"));
        b.waitUntil("its history", d -> b.textOf(By.id("stock:history_data")).contains("set to 90"));
        String header = b.textOf(By.cssSelector("#stock\\:history thead"));
        assertTrue(header.contains("Source") && header.contains("Qty received") && header.contains("Qty set"), header);
        b.screenshot("stock");
        b.click(By.id("stock:resetSequence"));
        b.click(By.cssSelector(".ui-confirmdialog-yes"));
        b.waitUntil("reset", d -> b.textOf(By.id("stock:selectedSequence")).equals("(reset)"));

        long id = client.soap(5000, List.of(Line.of("24-MB01", 33, 3))).requestId();
        client.awaitDone(id, DONE);
        assertEquals(33, client.getJson("rest/V1/stockItems/24-MB01").getJsonNumber("qty").intValue());

        // A whole source: the question names it.
        b.open(base, "admin/stock.xhtml");
        b.type(By.id("stock:resetSource"), "nowhere");
        b.click(By.id("stock:resetWholeSource"));
        b.waitForAjax();
        b.waitUntil("asked", d -> b.textOf(By.id("stock:resetSourceConfirm")).contains("at source 'nowhere'"));
        b.click(By.id("stock:confirmResetSource"));
        b.waitUntil("reset", d -> b.textOf(By.id("messages")).contains("Sequences of 0 SKU(s) at source nowhere reset"));
    }

    /**
     * As an operator meets the console: a fresh browser at {@code /admin/}, the login, the dashboard,
     * then every page, bookmarked addresses and an unknown one. Each page is free of console errors,
     * and its screenshot (from the H2 run) is the one in {@code docs/console}.
     */
    @Test
    @Order(11)
    void fromAdminSlashAnOperatorLogsInOntoTheDashboardAndReachesEveryPage() throws Exception {
        String sku = "ACME-" + "X".repeat(20) + "-LONG-PART-" + "0123456789".repeat(2) + "-24-MB02"; // 64
        assertEquals(64, sku.length());
        long id = client.rest(7000, List.of(Line.of(sku, 5, 1), Line.of("24-MB02", 6, 20))).requestId();
        client.awaitDone(id, DONE);
        Path docs = System.getProperty("it.database", "h2").equals("h2") ? Path.of("docs", "console")
                : Path.of("target", "console-screenshots", "tour-" + System.getProperty("it.database"));
        try (Browser fresh = Browser.start(docs)) {
            fresh.open(base, "admin/");
            fresh.waitUntil("the login page", d -> d.getCurrentUrl().endsWith("/login.xhtml"));
            fresh.screenshot("login");
            fresh.type(By.id("login:username"), "admin");
            fresh.type(By.id("login:password"), initialPassword());
            fresh.click(By.id("login:submit"));
            fresh.waitUntil("on the dashboard", d -> d.getCurrentUrl().endsWith("/admin/index.xhtml"));
            fresh.waitFor(By.id("dashboard:figures"));
            fresh.waitForAjax();
            fresh.screenshot("dashboard");
            assertNoConsoleErrors(fresh, "dashboard after login from /admin/");

            for (String address : List.of("admin", "admin/requests", "admin/stock/")) {
                fresh.open(base, address);
                fresh.waitUntil(address + " leads to its page", d -> d.getCurrentUrl().endsWith(".xhtml")
                        && !d.getTitle().contains("Error"));
            }
            assertTrue(fresh.driver().getCurrentUrl().endsWith("/admin/stock.xhtml"));

            fresh.open(base, "admin/requests.xhtml");
            fresh.waitFor(By.id("requests:grid"));
            fresh.screenshot("requests-grid");
            fresh.open(base, "admin/request.xhtml?id=" + id);
            fresh.waitFor(By.id("body"));
            fresh.screenshot("request-detail");
            fresh.click(By.id("request:importLink"));
            fresh.waitFor(By.id("report:lines"));
            WebElement skuCell = fresh.driver().findElement(
                    By.xpath("(//*[@id='report:lines_data']//td[normalize-space(.)='" + sku + "'])[1]"));
            assertEquals(1, linesOf(fresh, skuCell), "a 64-character SKU on one line");
            fresh.screenshot("import-report");
            assertNoConsoleErrors(fresh, "requests, request, import report");

            fresh.open(base, "admin/requests.xhtml");
            fresh.waitFor(By.id("requests:grid"));
            for (WebElement time : fresh.driver().findElements(By.cssSelector("#requests\\:grid_data tr:first-child td"))) {
                if (time.getText().matches("\\d{4}-\\d{2}-\\d{2} .*")) {
                    assertEquals(1, linesOf(fresh, time), "a time on one line: " + time.getText());
                }
            }
            String[][] pages = {{"admin/imports.xhtml", "imports-grid"}, {"admin/inventory-log.xhtml", "inventory-log"},
                    {"admin/settings.xhtml", "settings"}, {"admin/audit.xhtml", "audit"},
                    {"admin/password.xhtml", "password"}};
            for (String[] page : pages) {
                fresh.open(base, page[0]);
                fresh.waitFor(By.cssSelector("h1"));
                fresh.waitForAjax();
                fresh.screenshot(page[1]);
                assertNoConsoleErrors(fresh, page[0]);
            }
            fresh.open(base, "admin/stock.xhtml");
            fresh.type(By.id("stock:prefix"), "24-MB02");
            fresh.click(By.id("stock:search"));
            fresh.waitForAjax();
            fresh.waitUntil("its rows", d -> fresh.textOf(By.cssSelector("#stock\\:grid_data tr")).contains("24-MB02"));
            fresh.click(By.cssSelector("#stock\\:grid_data tr"));
            fresh.waitFor(By.id("stock:history"));
            fresh.screenshot("stock");
            assertNoConsoleErrors(fresh, "stock");

            fresh.open(base, "admin/no-such-page.xhtml");
            fresh.waitFor(By.id("notFound"));
            fresh.screenshot("not-found");
            List<String> errors = fresh.consoleErrors();
            assertTrue(errors.stream().allMatch(e -> e.contains("no-such-page.xhtml") && e.contains("404")),
                    "only the page's own 404: " + errors);
            fresh.click(By.id("home"));
            fresh.waitUntil("back on the dashboard", d -> d.getCurrentUrl().endsWith("/admin/index.xhtml"));
            assertNoConsoleErrors(fresh, "back from not found");
        }
    }

    private static void assertNoConsoleErrors(Browser b, String where) {
        List<String> errors = b.consoleErrors();
        assertTrue(errors.isEmpty(), where + ": " + errors);
    }

    /** The lines a cell's text takes on the page. */
    private static long linesOf(Browser b, WebElement cell) {
        return (Long) ((JavascriptExecutor) b.driver()).executeScript(
                "const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                        + "return new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top))).size;", cell);
    }

    @Test
    @Order(12)
    void changingThePasswordRemovesTheGeneratedOneAndEverythingIsAudited() throws Exception {
        Path file = Path.of(System.getProperty("it.dataDir"), "admin-initial-password");
        String old = initialPassword();
        Browser b = browser();
        b.open(base, "admin/password.xhtml");
        b.type(By.id("password:current"), old);
        b.type(By.id("password:next"), "short");
        b.type(By.id("password:repeated"), "short");
        b.click(By.id("password:change"));
        b.waitUntil("too short", d -> d.getPageSource().contains("at least 12 characters"));
        String next = "a-new-console-password";
        b.type(By.id("password:current"), old);
        b.type(By.id("password:next"), next);
        b.type(By.id("password:repeated"), next);
        b.click(By.id("password:change"));
        b.waitUntil("changed", d -> d.getPageSource().contains("Password changed"));
        assertFalse(Files.exists(file), "the generated password's file is removed");

        b.open(base, "admin/audit.xhtml");
        String audit = b.textOf(By.id("audit:grid_data"));
        for (String action : List.of("Logged in", "Setting changed", "Process now", "Sequence reset",
                "Password changed")) {
            assertTrue(audit.contains(action), action + " in " + audit);
        }
        assertFalse(audit.contains("0:0:0:0:0:0:0:1"), audit);
        choose(b, "audit:action", "LOGIN_REFUSED");
        b.waitUntil("the refused login", d -> b.textOf(By.id("audit:grid_data")).contains("Login refused"));
        assertTrue(audit.contains("IMPORT_ENABLED: true → false"), audit);
        b.screenshot("audit");

        b.click(By.id("menu:logout"));
        b.waitUntil("logged out", d -> d.getCurrentUrl().contains("/login.xhtml"));
        b.open(base, "admin/index.xhtml");
        b.waitUntil("login again required", d -> d.getCurrentUrl().endsWith("/login.xhtml"));
        logIn(old);
        b.waitUntil("old password refused", d -> d.getPageSource().contains("Wrong username or password"));
        logIn(next);
        b.waitUntil("new password works", d -> d.getCurrentUrl().contains("/admin/index.xhtml"));
    }

    @Test
    @Order(12)
    void anAdjustedImportsReportShowsWhatWasTakenOffBetweenReceivedAndSet() {
        TestServer.execute("UPDATE setting SET setting_value = 'unsent_orders_and_quotes' WHERE name = 'ADJUST_INVENTORY'");
        try {
            PushClient.sleep(2_500); // settings are re-read every 2 seconds
            String now = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(Instant.now().atZone(ZoneId.of("UTC")));
            assertEquals(200, client.put("rest/V1/orderflow/orders/700000001", "{\"status\":\"pending\",\"created_at\":\""
                    + now + "\",\"updated_at\":\"" + now + "\",\"is_virtual\":false,\"exported_at\":null,"
                    + "\"items\":[{\"sku\":\"ADJ-CONSOLE\",\"qty\":3}]}").status());
            assertEquals(200, client.put("rest/V1/orderflow/quotes/7001", "{\"is_active\":true,\"updated_at\":\"" + now
                    + "\",\"items\":[{\"sku\":\"ADJ-CONSOLE\",\"qty\":2}]}").status());
            long id = client.soap(7300, List.of(Line.of("ADJ-CONSOLE", 90, 1))).requestId();
            client.awaitDone(id, DONE);

            Browser b = browser();
            b.open(base, "admin/import.xhtml?id="
                    + TestServer.queryLong("SELECT id FROM inventory_import WHERE request_id = " + id));
            b.waitFor(By.id("report:lines"));
            String head = b.textOf(By.cssSelector("#report\\:lines thead"));
            assertTrue(head.matches("(?s).*Qty received.*Units on unsent orders.*Units in carts.*Qty set.*"), head);
            String row = b.textOf(By.id("report:lines_data"));
            assertTrue(row.matches("(?s).*ADJ-CONSOLE.*90.*3.*2.*85.*Success.*"), row);
            b.screenshot("import-report-adjusted");
            String csv = postForm("report", "report:exportCsv").replace("\r\n", "\n");
            assertTrue(csv.startsWith("Line,Source,SKU,Sequence ID,Qty received,Units on unsent orders,Units in carts,"
                    + "Qty set,Result,Message\n1,default,ADJ-CONSOLE,1,90,3,2,85,Success,"), csv);
        } finally {
            TestServer.execute("UPDATE setting SET setting_value = 'no' WHERE name = 'ADJUST_INVENTORY'");
        }
    }

    @Test
    @Order(13)
    void timesAreShownInTheStoresZoneAndStayUtcInTheApi() {
        TestServer.execute("UPDATE setting SET setting_value = 'Asia/Tokyo' WHERE name = 'STORE_TIME_ZONE'");
        try {
            PushClient.sleep(2_500); // settings are re-read every 2 seconds
            JsonObject request = client.getJson("rest/V1/orderflow/requests?messageId=71").getJsonArray("items")
                    .getJsonObject(0);
            String utc = request.getString("received_at");
            assertTrue(utc.endsWith("Z"), "the API stays in UTC: " + utc);
            String tokyo = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .format(Instant.parse(utc).atZone(ZoneId.of("Asia/Tokyo")));

            Browser b = browser();
            showRequestsOfMessage71(b);
            String head = b.textOf(By.cssSelector("#requests\\:grid thead"));
            assertTrue(head.contains("Received (Asia/Tokyo)") && head.contains("Processed (Asia/Tokyo)"), head);
            String row = b.textOf(By.cssSelector("#requests\\:grid_data tr"));
            assertTrue(row.contains(tokyo), "received at " + utc + " shown as " + tokyo + " in Tokyo: " + row);
            b.screenshot("requests-store-zone");
        } finally {
            TestServer.execute("UPDATE setting SET setting_value = 'UTC' WHERE name = 'STORE_TIME_ZONE'");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
