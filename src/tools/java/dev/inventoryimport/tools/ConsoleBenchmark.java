package dev.inventoryimport.tools;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.inventoryimport.it.support.Browser;
import org.openqa.selenium.By;

/**
 * The console at scale: seeds N requests (a million by default) with their imports and lines into
 * MariaDB, starts the service on them and times, in a headless browser, the first page, sorts and
 * filters of the requests and imports grids, each a few times from a fresh page. Prints the median
 * and the slowest of each against the one-second target; a benchmark, so it exits 0 either way.
 * Screenshots and the service's log go to {@code target/console-benchmark/}.
 *
 * <p>Options: {@code --requests 1000000} {@code --db-url jdbc:mysql://127.0.0.1:3306/inventory_console}
 * {@code --db-user root} {@code --db-password ""} {@code --port 8191} {@code --repeats 3}
 * {@code --java-opts -Xmx512m}; flags {@code --reuse} (keep the database when it already holds that
 * many requests: seeding takes minutes) and {@code --keep} (leave the service running afterwards).
 */
public final class ConsoleBenchmark {

    private static final String ADMIN_PASSWORD = "console-benchmark-password";
    private static final double TARGET_MS = 1000;

    private final Map<String, String> options;
    private final Path project = Path.of("").toAbsolutePath();
    private final Path work = project.resolve("target/console-benchmark");
    private final long requests;
    private final ConsoleDatabase database;

    /**
     * One action on the grid of a console page ({@code form} is the page's and its form's name): set
     * up untimed on a fresh page, then the timed click ({@code null}: the page load is what counts).
     */
    private record Action(String form, String name, Runnable setUp, Runnable timed) {

        static Action firstPage(String form) {
            return new Action(form, "first page", () -> { }, null);
        }

        static Action sort(Browser b, String form, String column) {
            return new Action(form, "sort " + column, () -> { },
                    () -> b.click(ConsoleGrids.header(form + ":grid", column)));
        }

        static Action filter(Browser b, String form, String name, Runnable setUp) {
            return new Action(form, "filter " + name, setUp, () -> b.click(By.id(form + ":apply")));
        }

        String page() {
            return "admin/" + form + ".xhtml";
        }

        String grid() {
            return form + ":grid";
        }

        String title() {
            return form + " " + name;
        }
    }

    private record Result(Action action, List<ConsoleGrids.Timing> timings) {
    }

    private ConsoleBenchmark(Map<String, String> options) {
        this.options = options;
        this.requests = Long.parseLong(option("requests", "1000000"));
        this.database = new ConsoleDatabase(option("db-url", "jdbc:mysql://127.0.0.1:3306/inventory_console"),
                option("db-user", "root"), option("db-password", ""));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            // A flag (--reuse, --keep) has no value; nor has --db-password "" once the shell is done with it.
            boolean valued = i + 1 < args.length && !args[i + 1].startsWith("--");
            options.put(args[i].replaceFirst("^--", ""), valued ? args[++i] : "");
        }
        new ConsoleBenchmark(options).run();
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private void run() throws Exception {
        if (!Files.exists(project.resolve("target/inventory-import.war"))) {
            throw new IllegalStateException("Build first: mvn -B package -DskipTests");
        }
        deleteTree(work.resolve("service-data")); // the broker's store of an earlier run is of no use
        Files.createDirectories(work);
        boolean reuse = options.containsKey("reuse") && database.holds(requests);
        if (reuse) {
            log("reusing " + database.url() + ": it holds " + requests + " requests");
        } else {
            database.recreate();
            log("recreated " + database.url());
        }
        int port = Integer.parseInt(option("port", "8191"));
        ServiceProcess service = ServiceProcess.start(project, port, serviceEnv(), work.resolve("service.log"));
        try {
            if (!reuse) {
                new ConsoleSeed(database.url(), database.user(), database.password(), URI.create(service.baseUrl()))
                        .seed(requests);
            }
            print(measure(service.baseUrl()));
        } finally {
            if (options.containsKey("keep")) {
                log("the service keeps running at " + service.baseUrl() + " (pid " + service.pid()
                        + "); log in as admin / " + ADMIN_PASSWORD);
            } else {
                service.close();
            }
        }
    }

    private Map<String, String> serviceEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("DATA_DIR", work.resolve("service-data").toString());
        env.put("DB_URL", database.url());
        env.put("DB_USER", database.user());
        env.put("DB_PASSWORD", database.password());
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        // The seeded Pending requests stay Pending: the sweeper would otherwise import them mid-run.
        env.put("IMPORT_ENABLED", "false");
        env.put("JAVA_OPTS", option("java-opts", "-Xmx512m"));
        return env;
    }

    private List<Result> measure(String baseUrl) throws Exception {
        List<Result> results = new ArrayList<>();
        try (Browser browser = Browser.start(work)) {
            ConsoleGrids grids = new ConsoleGrids(browser, new URL(baseUrl + "/"));
            grids.logIn("admin", ADMIN_PASSWORD);
            List<Action> actions = actions(browser, grids);
            // One pass untimed: a fresh service compiles each page and query path on first use, and
            // the database reads the indexes in; neither is what the console costs once running.
            for (Action action : actions) {
                log("warm-up " + action.title() + ": " + millis(run(browser, grids, action, 1, null)));
            }
            for (Action action : actions) {
                String name = String.format("%02d-%s", results.size() + 1,
                        action.title().replaceAll("\\W+", "-").replaceAll("-$", ""));
                List<ConsoleGrids.Timing> timings = run(browser, grids, action,
                        Integer.parseInt(option("repeats", "3")), name);
                log(action.title() + ": " + millis(timings));
                results.add(new Result(action, timings));
            }
        }
        return results;
    }

    /** Each time from a fresh page; a screenshot of the first (and of a failure) when given a name. */
    private static List<ConsoleGrids.Timing> run(Browser browser, ConsoleGrids grids, Action action, int times,
                                                 String screenshot) {
        List<ConsoleGrids.Timing> timings = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            ConsoleGrids.Timing opened = grids.open(action.page(), action.grid());
            try {
                if (action.timed() == null) {
                    timings.add(opened);
                } else {
                    action.setUp().run();
                    timings.add(grids.act(action.grid(), action.timed()));
                }
            } catch (AssertionError e) { // a wait timed out: the page as it was tells why
                browser.screenshot((screenshot == null ? "warm-up" : screenshot) + "-failed");
                throw e;
            }
            if (i == 0 && screenshot != null) {
                browser.screenshot(screenshot);
            }
        }
        return timings;
    }

    private static List<String> millis(List<ConsoleGrids.Timing> timings) {
        return timings.stream().map(t -> Math.round(t.millis()) + " ms").toList();
    }

    /** What an operator does most: page in, sort by a column, filter by status, message ids, time, failures. */
    private List<Action> actions(Browser b, ConsoleGrids grids) throws SQLException {
        String from = Long.toString(requests / 2);
        String to = Long.toString(requests / 2 + 999);
        LocalDateTime day = database.receivedAt(requests / 2);
        return List.of(
                Action.firstPage("requests"),
                Action.sort(b, "requests", "Message ID"),
                Action.sort(b, "requests", "Received (UTC)"),
                Action.filter(b, "requests", "status Failed", () -> grids.choose("requests:status", "Failed")),
                Action.filter(b, "requests", "1,000 message ids", () -> {
                    b.type(By.id("requests:messageFrom"), from);
                    b.type(By.id("requests:messageTo"), to);
                }),
                Action.filter(b, "requests", "received 1 day", () -> {
                    grids.pickDate("requests:receivedFrom", day);
                    grids.pickDate("requests:receivedTo", day.plusDays(1));
                }),
                Action.firstPage("imports"),
                Action.sort(b, "imports", "Message ID"),
                Action.sort(b, "imports", "Successes"),
                Action.filter(b, "imports", "with failures",
                        () -> b.click(By.cssSelector("[id='imports:withFailures'] .ui-chkbox-box"))),
                Action.filter(b, "imports", "1,000 message ids", () -> {
                    b.type(By.id("imports:messageFrom"), from);
                    b.type(By.id("imports:messageTo"), to);
                }));
    }

    private void print(List<Result> results) {
        System.out.println();
        System.out.println("Console grids over " + requests + " requests, after a warm-up pass (ms on the"
                + " browser's clock; server = request sent to response received)");
        System.out.println(String.format("%-8s %-28s %9s %9s %9s %10s  %s", "grid", "action", "rows",
                "median ms", "max ms", "server ms", "under 1 s"));
        for (Result r : results) {
            List<Double> millis = r.timings().stream().map(ConsoleGrids.Timing::millis).sorted().toList();
            List<Double> server = r.timings().stream().map(ConsoleGrids.Timing::serverMillis).sorted().toList();
            double max = millis.get(millis.size() - 1);
            long rows = r.timings().get(r.timings().size() - 1).total();
            System.out.println(String.format("%-8s %-28s %9d %9.0f %9.0f %10.0f  %s", r.action().form(),
                    r.action().name(), rows, median(millis), max, median(server), max < TARGET_MS ? "OK" : "SLOW"));
        }
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static void log(String line) {
        System.err.println("console-benchmark: " + line);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
