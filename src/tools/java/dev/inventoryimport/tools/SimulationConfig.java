package dev.inventoryimport.tools;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything one simulator run needs, validated once here so the command line and library callers
 * (the benchmark) cannot build a run the generator or sender would have to second-guess. Fields of
 * other modes are ignored (single mode ignores {@code skus}, {@code chunk}, ...). Error messages name
 * the command-line option, which is also how the fields are documented.
 *
 * @param contract       wire contract spoken to the service
 * @param mode           OrderFlow's kind of push: one SKU, a full stock list, or a stream of changes
 * @param baseUrl        the service, without a trailing slash
 * @param token          bearer token of the Magento 2 contracts; {@code null} for m1-soap
 * @param m1User         Magento 1 API user; {@code null} for the Magento 2 contracts
 * @param m1Key          Magento 1 API key; {@code null} for the Magento 2 contracts
 * @param seed           drives quantities, SKU choice, shuffles and repeats: same seed, same run
 * @param concurrency    workers, each with one request in flight
 * @param requestTimeout per request
 * @param seqBase        first message id and first sequence id
 * @param sku            single mode: the SKU
 * @param qty            single mode: the quantity
 * @param skus           full: SKUs pushed; incremental: SKUs the updates are drawn from
 * @param chunk          full: SKUs per message
 * @param skuPrefix      full and incremental: SKU names are this plus a 7-digit index from 1
 * @param rate           incremental: messages per second over all workers
 * @param duration       incremental: how long the stream is planned to last
 * @param lines          incremental: SKUs per message
 * @param shuffle        full and incremental: fraction of messages held back and delivered late
 * @param repeat         full and incremental: fraction of messages delivered a second time
 * @param messageIdBase  first message id when it must differ from {@code seqBase} (0: the same), e.g.
 *                       to send the same updates again as new messages
 */
public record SimulationConfig(Contract contract, Mode mode, URI baseUrl, String token, String m1User, String m1Key,
                               long seed, int concurrency, Duration requestTimeout, long seqBase,
                               String sku, BigDecimal qty,
                               int skus, int chunk, String skuPrefix,
                               double rate, Duration duration, int lines, double shuffle, double repeat,
                               long messageIdBase) {

    public static final int DEFAULT_CHUNK = 150; // OrderFlow's inventory.notification.chunk.size
    public static final int DEFAULT_INCREMENTAL_SKUS = 1000;
    public static final String DEFAULT_PREFIX = "SIM-";

    /** The Magento contracts the service speaks, by their command-line names. */
    public enum Contract {
        M2_SOAP, M2_REST, M1_SOAP;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Contract fromCli(String name) {
            for (Contract c : values()) {
                if (c.cliName().equals(name)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("--contract must be m2-soap, m2-rest or m1-soap, got '" + name + "'");
        }
    }

    /** OrderFlow's three ways of pushing stock. */
    public enum Mode {
        SINGLE, FULL, INCREMENTAL;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Mode fromCli(String name) {
            for (Mode m : values()) {
                if (m.cliName().equals(name)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("--mode must be single, full or incremental, got '" + name + "'");
        }
    }

    public SimulationConfig {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme()) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("--base-url must be an http(s) URL such as http://localhost:8080, got '" + baseUrl + "'");
        }
        String b = baseUrl.toString();
        baseUrl = b.endsWith("/") ? URI.create(b.substring(0, b.length() - 1)) : baseUrl;
        if (contract == Contract.M1_SOAP) {
            require(m1User != null && !m1User.isBlank(), "--contract m1-soap needs --m1-user");
            require(m1Key != null && !m1Key.isBlank(), "--contract m1-soap needs --m1-key");
        } else {
            require(token != null && !token.isBlank(), "--contract " + contract.cliName() + " needs --token or --token-file");
        }
        require(concurrency >= 1, "--concurrency must be at least 1");
        require(!requestTimeout.isNegative() && !requestTimeout.isZero(), "--timeout-seconds must be above 0");
        require(seqBase >= 0, "--seq-base must not be negative");
        require(messageIdBase >= 0, "--message-id-base must not be negative");
        switch (mode) {
            case SINGLE -> {
                require(sku != null && !sku.isBlank(), "--mode single needs --sku");
                require(qty != null, "--mode single needs --qty");
            }
            case FULL -> {
                require(skus >= 1, "--skus must be at least 1");
                require(chunk >= 1, "--chunk must be at least 1");
            }
            case INCREMENTAL -> {
                require(skus >= 1, "--skus must be at least 1");
                require(lines >= 1 && lines <= skus, "--lines must be between 1 and --skus (" + skus + ")");
                require(rate > 0 && Double.isFinite(rate), "--rate must be above 0");
                require(duration != null && !duration.isNegative() && !duration.isZero(), "--duration must be above 0");
                require(Math.round(rate * duration.toNanos() / 1e9) >= 1, "--rate times --duration must make at least one message");
            }
        }
        require(shuffle >= 0 && shuffle <= 1, "--shuffle must be between 0 and 1");
        require(repeat >= 0 && repeat <= 1, "--repeat must be between 0 and 1");
        skuPrefix = skuPrefix == null ? DEFAULT_PREFIX : skuPrefix;
    }

    /** The id of the first message. */
    public long firstMessageId() {
        return messageIdBase > 0 ? messageIdBase : seqBase;
    }

    /** Fresh messages the run generates (repeats not counted). */
    public long plannedMessages() {
        return switch (mode) {
            case SINGLE -> 1;
            case FULL -> (skus + (long) chunk - 1) / chunk;
            case INCREMENTAL -> Math.round(rate * duration.toNanos() / 1e9);
        };
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
