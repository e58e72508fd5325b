package dev.inventoryimport.tools;

import dev.inventoryimport.tools.SimulationConfig.Contract;
import dev.inventoryimport.tools.SimulationConfig.Mode;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@link PushSimulator}, turned into a {@link SimulationConfig}. Kept apart from
 * the run so the benchmark can build configs from the same strings people type, and so every
 * mistake is reported before anything is sent. Options that do not apply to the chosen mode or
 * contract are refused rather than ignored: {@code --mode full --sku X} is almost always a typo.
 */
public final class SimulatorOptions {

    /** A command line that cannot be run; the message says why, the process exits with 2. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public static final String USAGE = """
            Usage: PushSimulator [options]     pushes stock the way OrderFlow does

              --contract m2-soap|m2-rest|m1-soap   wire contract (default m2-soap)
              --mode single|full|incremental       kind of push (default full)
              --base-url URL                       service (default http://localhost:8080)
              --token TOKEN | --token-file FILE    bearer token (m2-soap, m2-rest), e.g. data/api-token
              --m1-user USER --m1-key KEY          Magento 1 API user (m1-soap)
              --seed N                             random seed (default 42)
              --concurrency K                      workers (default 4)
              --timeout-seconds S                  per request (default 30)
              --seq-base N                         first message and sequence id (default: now, epoch ms)
              --message-id-base N                  first message id, when it must differ from --seq-base
              --expected-out FILE                  write the expected final state, sku<TAB>qty<TAB>seq
              --help                               this text

            single:       --sku S --qty Q
            full:         --skus N [--chunk C (150)] [--sku-prefix P (SIM-)] [--shuffle F] [--repeat F]
            incremental:  [--rate R (50/s)] [--duration D (10 s)] [--lines L (20)] [--skus N (1000)]
                          [--sku-prefix P] [--shuffle F] [--repeat F]
              --shuffle F   fraction of messages held back and delivered after later ones
              --repeat F    fraction of messages sent again later (same message id and body)
              --rate counts repeats too, so --repeat F makes a run last about D x (1 + F); a service
              slower than K workers can keep up with makes it longer (the summary says so)

            Exit code: 0 every message acknowledged, 1 otherwise, 2 bad options.
            """;

    private static final Set<String> COMMON = Set.of("contract", "mode", "base-url", "seed", "concurrency",
            "timeout-seconds", "seq-base", "message-id-base", "expected-out");
    private static final Map<Mode, Set<String>> BY_MODE = Map.of(
            Mode.SINGLE, Set.of("sku", "qty"),
            Mode.FULL, Set.of("skus", "chunk", "sku-prefix", "shuffle", "repeat"),
            Mode.INCREMENTAL, Set.of("skus", "sku-prefix", "rate", "duration", "lines", "shuffle", "repeat"));
    private static final Set<String> M1 = Set.of("m1-user", "m1-key");
    private static final Set<String> M2 = Set.of("token", "token-file");

    private SimulatorOptions() {
    }

    /** True when the user asked for the usage text; checked first so it works next to bad options. */
    public static boolean wantsHelp(String... args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /** The {@code --expected-out} file, or {@code null}; not part of the run itself. */
    public static Path expectedOut(String... args) throws UsageException {
        String file = options(args).get("expected-out");
        return file == null ? null : Path.of(file);
    }

    public static SimulationConfig parse(String... args) throws UsageException {
        Map<String, String> o = options(args);
        try {
            Contract contract = Contract.fromCli(o.getOrDefault("contract", "m2-soap"));
            Mode mode = Mode.fromCli(o.getOrDefault("mode", "full"));
            checkApplicable(o, mode, contract);
            return new SimulationConfig(contract, mode,
                    baseUrl(o.getOrDefault("base-url", "http://localhost:8080")),
                    token(o), o.get("m1-user"), o.get("m1-key"),
                    longOpt(o, "seed", 42), intOpt(o, "concurrency", 4),
                    Duration.ofNanos(Math.round(number(o, "timeout-seconds", 30) * 1e9)),
                    // Epoch milliseconds: a later run starts from higher ids, as OrderFlow's own ids grow.
                    // A run that generates more updates than it lasts in ms can outrun the clock; its
                    // summary then names a safe --seq-base for the next one.
                    longOpt(o, "seq-base", System.currentTimeMillis()),
                    o.get("sku"), o.containsKey("qty") ? decimal(o, "qty") : null,
                    intOpt(o, "skus", mode == Mode.INCREMENTAL ? SimulationConfig.DEFAULT_INCREMENTAL_SKUS : 0),
                    intOpt(o, "chunk", SimulationConfig.DEFAULT_CHUNK),
                    o.getOrDefault("sku-prefix", SimulationConfig.DEFAULT_PREFIX),
                    number(o, "rate", 50), Duration.ofNanos(Math.round(number(o, "duration", 10) * 1e9)),
                    intOpt(o, "lines", 20), number(o, "shuffle", 0), number(o, "repeat", 0),
                    longOpt(o, "message-id-base", 0));
        } catch (IllegalArgumentException e) {
            // SimulationConfig words its checks in terms of the options.
            throw new UsageException(e.getMessage());
        }
    }

    /** {@code --name value} and {@code --name=value}, each option at most once. */
    private static Map<String, String> options(String... args) throws UsageException {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || a.length() == 2) {
                throw new UsageException("unexpected argument '" + a + "' (options start with --)");
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
            if (!COMMON.contains(name) && !M1.contains(name) && !M2.contains(name)
                    && BY_MODE.values().stream().noneMatch(s -> s.contains(name))) {
                throw new UsageException("unknown option --" + name);
            }
            String value;
            if (eq >= 0) {
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            if (o.put(name, value) != null) {
                throw new UsageException("--" + name + " is given twice");
            }
        }
        return o;
    }

    private static void checkApplicable(Map<String, String> o, Mode mode, Contract contract) throws UsageException {
        for (String name : o.keySet()) {
            if (M1.contains(name) && contract != Contract.M1_SOAP) {
                throw new UsageException("--" + name + " only applies to --contract m1-soap");
            }
            if (M2.contains(name) && contract == Contract.M1_SOAP) {
                throw new UsageException("--" + name + " does not apply to --contract m1-soap (it logs in with --m1-user/--m1-key)");
            }
            if (!COMMON.contains(name) && !M1.contains(name) && !M2.contains(name) && !BY_MODE.get(mode).contains(name)) {
                throw new UsageException("--" + name + " does not apply to --mode " + mode.cliName());
            }
        }
        if (mode == Mode.FULL && !o.containsKey("skus")) {
            throw new UsageException("--mode full needs --skus");
        }
    }

    private static URI baseUrl(String text) throws UsageException {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new UsageException("--base-url is not a URL: " + e.getMessage());
        }
    }

    private static String token(Map<String, String> o) throws UsageException {
        if (o.containsKey("token") && o.containsKey("token-file")) {
            throw new UsageException("give --token or --token-file, not both");
        }
        if (!o.containsKey("token-file")) {
            return o.get("token");
        }
        try {
            return Files.readString(Path.of(o.get("token-file"))).strip();
        } catch (IOException e) {
            throw new UsageException("cannot read --token-file " + o.get("token-file") + ": " + e);
        }
    }

    private static long longOpt(Map<String, String> o, String name, long fallback) throws UsageException {
        String v = o.get(name);
        try {
            return v == null ? fallback : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + v + "'");
        }
    }

    private static int intOpt(Map<String, String> o, String name, int fallback) throws UsageException {
        long v = longOpt(o, name, fallback);
        if (v != (int) v) {
            throw new UsageException("--" + name + " is too large: " + v);
        }
        return (int) v;
    }

    private static double number(Map<String, String> o, String name, double fallback) throws UsageException {
        String v = o.get(name);
        try {
            double d = v == null ? fallback : Double.parseDouble(v.strip());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got '" + v + "'");
        }
    }

    private static BigDecimal decimal(Map<String, String> o, String name) throws UsageException {
        try {
            return new BigDecimal(o.get(name).strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got '" + o.get(name) + "'");
        }
    }
}
