package dev.inventoryimport.it.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.inventoryimport.it.attacks.HostileBodies.Target;
import dev.inventoryimport.it.support.PushClient;
import dev.inventoryimport.it.support.PushClient.Answer;
import dev.inventoryimport.it.support.PushClient.Line;
import dev.inventoryimport.it.support.ServerOutput;
import dev.inventoryimport.it.support.TestServer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may get in: the bearer token check's timing, the console without a session and its headers,
 * the throttling of console and Magento 1 logins, and last that no token, key or password reached
 * the server's log ({@link ServerOutput}); see {@link Attacks}.
 */
class AccessAttacksIT extends Attacks {

    /** The server's log from before it starts: read by the last test. */
    @RegisterExtension
    static final ServerOutput SERVER_LOG = ServerOutput.capture();

    private static final String SOAP12 = "application/soap+xml; charset=utf-8";
    /** Wrong secrets sent by these tests; none may be logged either. */
    private static final String WRONG_TOKEN_SAME_LENGTH = "it-tokeX";
    private static final String WRONG_TOKEN_OTHER_LENGTH = "wrong-token-of-another-length";
    private static final String WRONG_PASSWORD = "wrong-password-";
    private static final String WRONG_KEY = "wrong-api-key-";

    // ---------------------------------------------------------------- bearer token timing

    /**
     * Missing, empty, wrong-length and wrong same-length tokens are all refused, and the time to
     * refuse them does not depend on which: the medians of 200 interleaved requests each (after 50
     * of warm-up) stay within {@value #TIMING_SPREAD_MICROS} µs or 30 % of the fastest median of each
     * other, a generous bound on a shared machine (what it can catch is a different path for some
     * tokens, such as a lookup, not nanoseconds). ApiTokens compares
     * SHA-256 digests of equal length with MessageDigest.isEqual (and always hashes, "" when no
     * token is presented), so nothing of the token's content or length should show.
     */
    @Test
    @Order(20)
    void wrongTokensAreRefusedInTimeIndependentOfTheToken() {
        assertEquals(WRONG_TOKEN_SAME_LENGTH.length(), token.length(), "the same-length wrong token");
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("missing", null);
        variants.put("empty", "");
        variants.put("wrong length", WRONG_TOKEN_OTHER_LENGTH);
        variants.put("wrong, same length", WRONG_TOKEN_SAME_LENGTH);
        long before = storedRequests();
        Map<String, Function<String, HttpRequest>> endpoints = new LinkedHashMap<>();
        endpoints.put("m2-rest GET /rest/V1/stockItems", bearer -> authorized(HttpRequest.newBuilder(
                URI.create(base + "rest/V1/stockItems/TIMING-1")).GET(), bearer));
        byte[] soap = PushClient.envelope(true, id(), List.of(Line.of("TIMING-1", 1, 1))).getBytes(StandardCharsets.UTF_8);
        endpoints.put("m2-soap POST push", bearer -> authorized(HttpRequest.newBuilder(
                URI.create(base + Target.M2_SOAP.path)).header("Content-Type", SOAP12)
                .POST(HttpRequest.BodyPublishers.ofByteArray(soap)), bearer));
        endpoints.put("m2-rest POST push", bearer -> authorized(HttpRequest.newBuilder(
                URI.create(base + Target.M2_REST.path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PushClient.json(1, List.of(Line.of("TIMING-1", 1, 1))))), bearer));

        endpoints.forEach((endpoint, requestFor) -> {
            Map<String, List<Long>> micros = new LinkedHashMap<>();
            variants.keySet().forEach(v -> micros.put(v, new ArrayList<>()));
            List<String> order = new ArrayList<>(variants.keySet());
            for (int round = 0; round < 250; round++) {
                Collections.rotate(order, 1); // interleaved, so load on the machine falls on every variant alike
                for (String variant : order) {
                    HttpRequest request = requestFor.apply(variants.get(variant));
                    long start = System.nanoTime();
                    HttpResponse<String> answer = send(request);
                    long took = (System.nanoTime() - start) / 1_000;
                    assertEquals(401, answer.statusCode(), endpoint + " with a " + variant + " token");
                    if (round >= 50) {
                        micros.get(variant).add(took);
                    }
                }
            }
            Map<String, Long> medians = new LinkedHashMap<>();
            micros.forEach((variant, values) -> {
                Collections.sort(values);
                medians.put(variant, values.get(values.size() / 2));
                System.out.printf("TOKEN TIMING | %-32s | %-18s | median %5d µs | p10 %5d µs | p90 %5d µs | n=%d%n",
                        endpoint, variant, values.get(values.size() / 2), values.get(values.size() / 10),
                        values.get(values.size() * 9 / 10), values.size());
            });
            long fastest = Collections.min(medians.values());
            long spread = Collections.max(medians.values()) - fastest;
            long bound = Math.max(TIMING_SPREAD_MICROS, fastest * 3 / 10);
            System.out.printf("TOKEN TIMING | %-32s | spread of the medians %d µs (bound %d µs)%n", endpoint, spread, bound);
            assertTrue(spread < bound, endpoint + ": medians " + medians);
        });
        assertEquals(before, storedRequests(), "a refused push stored a request");
    }

    static final long TIMING_SPREAD_MICROS = 1000;

    private static HttpRequest authorized(HttpRequest.Builder builder, String bearer) {
        builder.timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder.build();
    }

    // ---------------------------------------------------------------- console

    private static final List<String> CONSOLE_PAGES = List.of("index", "requests", "request", "imports", "import",
            "inventory-log", "stock", "settings", "audit", "password");

    /** Every console page, and its actions posted as the pages would post them, redirect to the login without a session. */
    @Test
    @Order(30)
    void consolePagesAndActionsAreUnreachableWithoutASession() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String page : CONSOLE_PAGES) {
            HttpResponse<String> answer = anonymous.send(HttpRequest.newBuilder(URI.create(base + "admin/" + page + ".xhtml?id=1"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertRedirectedToLogin(answer, "GET " + page);
        }
        String before = consoleState();
        Map<String, Map<String, String>> actions = new LinkedHashMap<>();
        actions.put("admin/requests.xhtml", form("requests", "requests", "requests:processSelected", "",
                "requests:grid_selection", "1,2,3", "jakarta.faces.ViewState", "-1:-1"));
        actions.put("admin/settings.xhtml", form("settings", "settings", "settings:save", "",
                "settings:importEnabled", "false", "settings:batchSize", "1", "jakarta.faces.ViewState", "-1:-1"));
        actions.put("admin/stock.xhtml", form("stock", "stock", "stock:resetWholeSource", "", "stock:resetSource", "default",
                "jakarta.faces.ViewState", "-1:-1"));
        actions.put("admin/password.xhtml", form("password", "password", "password:change", "",
                "password:current", "x", "password:next", "attacker-password", "password:repeated", "attacker-password",
                "jakarta.faces.ViewState", "-1:-1"));
        for (var action : actions.entrySet()) {
            for (String cookie : new String[] {null, "JSESSIONID=forged-session-id"}) {
                HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + action.getKey()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(action.getValue())));
                if (cookie != null) {
                    post.header("Cookie", cookie);
                }
                long start = System.nanoTime();
                HttpResponse<String> answer = anonymous.send(post.build(), HttpResponse.BodyHandlers.ofString());
                row("console", "POST " + action.getKey() + (cookie == null ? " without a session" : " with a forged session"),
                        answer.statusCode(), (System.nanoTime() - start) / 1_000_000);
                assertRedirectedToLogin(answer, "POST " + action.getKey());
            }
        }
        assertEquals(before, consoleState(), "an anonymous action changed something");
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static void assertRedirectedToLogin(HttpResponse<String> answer, String what) {
        assertEquals(302, answer.statusCode(), what + ": " + excerpt(answer.body()));
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                what + " -> " + answer.headers().firstValue("Location"));
    }

    /** What an anonymous action could change: requests and their statuses, the audit trail, the settings, the password. */
    private static String consoleState() throws SQLException {
        StringBuilder state = new StringBuilder();
        try (Connection c = TestServer.database(); Statement s = c.createStatement()) {
            for (String sql : List.of("SELECT id, status, attempts FROM inventory_request ORDER BY id",
                    "SELECT COUNT(*) FROM audit_entry", "SELECT name, setting_value FROM setting ORDER BY name",
                    "SELECT username, password_hash FROM admin_user ORDER BY username",
                    "SELECT sku, source, sequence_id FROM stock_item ORDER BY sku, source")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            state.append(rs.getString(i)).append(i < columns ? "," : "\n");
                        }
                    }
                }
            }
        }
        return state.toString();
    }

    /** Logged in, console pages carry the CSP (nonce, no unsafe-inline), no framing, no sniffing. */
    @Test
    @Order(31)
    void consolePagesCarryTheSecurityHeaders() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> login = logIn(browser, "admin", adminPassword());
        assertEquals(302, login.statusCode(), excerpt(login.body()));
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/admin/index.xhtml"), login.headers().toString());
        for (String page : List.of("login", "admin/index", "admin/requests", "admin/settings", "admin/audit")) {
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + page + ".xhtml")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), page);
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'").matcher(csp);
            assertTrue(nonce.find(), page + " CSP: " + csp);
            assertTrue(answer.body().contains("nonce=\"" + nonce.group(1) + "\""), page + ": its scripts carry the nonce");
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), page + " CSP: " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), page + " CSP: " + csp);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null), page);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), page);
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(null), page);
        }
    }

    /** Five wrong passwords for admin lock its logins out: the sixth attempt fails even with the right password. */
    @Test
    @Order(40)
    void adminLoginsAreThrottledAfterFiveFailures() throws Exception {
        String password = adminPassword();
        HttpResponse<String> control = logIn(browser(), "admin", password);
        assertEquals(302, control.statusCode(), "the right password logs in before any failure");
        for (int i = 1; i <= 5; i++) {
            long start = System.nanoTime();
            HttpResponse<String> wrong = logIn(browser(), "admin", WRONG_PASSWORD + i);
            row("console", "admin login, wrong password #" + i, wrong.statusCode(), (System.nanoTime() - start) / 1_000_000);
            assertEquals(200, wrong.statusCode());
            assertTrue(wrong.body().contains("Wrong username or password"), excerpt(wrong.body()));
        }
        HttpClient browser = browser();
        long start = System.nanoTime();
        HttpResponse<String> locked = logIn(browser, "admin", password);
        row("console", "admin login, right password after 5 failures", locked.statusCode(), (System.nanoTime() - start) / 1_000_000);
        assertEquals(200, locked.statusCode(), "refused: no redirect into the console");
        assertTrue(locked.body().contains("Wrong username or password"), excerpt(locked.body()));
        assertRedirectedToLogin(browser.send(HttpRequest.newBuilder(URI.create(base + "admin/index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()), "the console after a throttled login");
    }

    /** Magento 1: 5 failures lock a user out (429) even with the right key; 20 from one address lock the address. */
    @Test
    @Order(41)
    void magento1LoginsAreThrottledPerUserAndPerAddress() {
        assertEquals(200, m1Login(M1_USER, M1_KEY).status(), "the right key logs in before any failure");
        for (int i = 1; i <= 5; i++) {
            Answer wrong = m1Login(M1_USER, WRONG_KEY + i);
            assertEquals(401, wrong.status(), wrong.body());
            assertTrue(wrong.body().contains("Access denied."), wrong.body());
        }
        long start = System.nanoTime();
        Answer locked = m1Login(M1_USER, M1_KEY);
        row(Target.M1_SOAP, "login with the right key after 5 failures", locked.status(), (System.nanoTime() - start) / 1_000_000);
        assertEquals(429, locked.status(), locked.body());
        assertNotNull(locked.header("Retry-After"));

        // 5 failures so far from this address: 15 more for other users reach the address limit of 20.
        for (int i = 1; i <= 15; i++) {
            assertEquals(401, m1Login("sprayed-user-" + i, WRONG_KEY + "spray").status());
        }
        start = System.nanoTime();
        Answer address = m1Login("a-user-never-tried", WRONG_KEY + "fresh");
        row(Target.M1_SOAP, "login of a new user after 20 failures from the address", address.status(),
                (System.nanoTime() - start) / 1_000_000);
        assertEquals(429, address.status(), address.body());
    }

    // ---------------------------------------------------------------- the log

    /**
     * The server's whole log (start-up, every attack above, the logins) holds none of the secrets
     * this class used, right or wrong: the tokens, the Magento 1 keys, the admin passwords, and
     * not the file an external entity pointed at either.
     */
    @Test
    @Order(50)
    void noTokenKeyOrPasswordReachesTheServerLog() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!(SERVER_LOG.text().contains("Console login failed from") && SERVER_LOG.text().contains("throttled"))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        String log = SERVER_LOG.text();
        assertTrue(log.contains("Payara Micro") && log.contains("ready in"), "the capture holds the server's start-up");
        assertTrue(log.contains("Console login failed from"), "the capture holds this class's login failures");
        assertTrue(log.contains("Magento 1 login for '" + M1_USER + "'") && log.contains("throttled"),
                "the capture holds the Magento 1 throttling");
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("the API token (and the previous one, which contains it)", token);
        secrets.put("the wrong same-length token", WRONG_TOKEN_SAME_LENGTH);
        secrets.put("the wrong other-length token", WRONG_TOKEN_OTHER_LENGTH);
        secrets.put("the Magento 1 API key", M1_KEY);
        secrets.put("the wrong Magento 1 keys", WRONG_KEY);
        secrets.put("the admin password", adminPassword());
        secrets.put("the wrong admin passwords", WRONG_PASSWORD);
        secrets.put("the external entity's file content", marker);
        secrets.forEach((what, secret) -> assertFalse(log.contains(secret), what + " is in the server log"));
        System.out.println("SERVER LOG | " + log.lines().count() + " lines captured from start-up; none holds "
                + String.join(", ", secrets.keySet()));
    }


    private static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The login form as a browser posts it: its view state, PrimeFaces' CSP nonce, the session cookie. */
    private HttpResponse<String> logIn(HttpClient browser, String username, String password) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page.body());
        assertTrue(viewState.find(), "view state in " + excerpt(page.body()));
        assertTrue(nonce.find(), "CSP nonce in " + excerpt(page.body()));
        Map<String, String> form = form("login", "login", "login:username", username, "login:password", password,
                "login:submit", "", "jakarta.faces.ViewState", viewState.group(1), "primefaces.nonce", nonce.group(1));
        return browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String adminPassword() throws IOException {
        return Files.readString(Path.of(System.getProperty("it.dataDir"), "admin-initial-password"), StandardCharsets.UTF_8).strip();
    }
}
