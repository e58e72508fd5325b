package dev.inventoryimport.tools;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One instance of the two-instance run and the environment an operator gives it behind a load
 * balancer: the shared database and broker, its own {@code DATA_DIR}, and the secrets that must be
 * the same everywhere (a token or password generated per {@code DATA_DIR} would differ per instance).
 * Recovery timers are short so the run sees the survivor take over within seconds.
 */
record ScaleOutInstance(String name, int port, Path dataDir) {

    static final String TOKEN = "scale-out-token";
    static final String BROKER_USER = "orderflow";
    /** Every character launch.sh escapes for the post-boot file, and a URL's own. */
    static final String BROKER_PASSWORD = "Br0ker:pw=x\\y&z?a#b$c%d!e,f";

    /** @param db the database, with the user and password the service logs in with */
    Map<String, String> env(BrokerProcess broker, ScaleOutDatabase db, String dbUser, String dbPassword,
                            String javaOpts) {
        Map<String, String> env = new HashMap<>();
        env.put("DATA_DIR", dataDir.toString());
        env.put("DB_URL", db.url());
        env.put("DB_USER", dbUser);
        env.put("DB_PASSWORD", dbPassword);
        // Options on the URL, and a client id prefix the broker's log shows: they arrived intact.
        env.put("BROKER_URL", broker.url() + "?wireFormat.maxInactivityDuration=30000&jms.clientIDPrefix=" + clientIdPrefix());
        env.put("BROKER_USER", BROKER_USER);
        env.put("BROKER_PASSWORD", BROKER_PASSWORD);
        env.put("ORDERFLOW_API_TOKEN", TOKEN);
        env.put("ADMIN_PASSWORD", "scale-out-admin-password");
        env.put("MAGENTO1_API_USER", "orderflow");
        env.put("MAGENTO1_API_KEY", "scale-out-m1-key");
        env.put("PENDING_GRACE_SECONDS", "10");
        env.put("SWEEP_INTERVAL_SECONDS", "2");
        env.put("IMPORT_BATCH_SIZE", "1000");
        env.put("JAVA_OPTS", javaOpts);
        return env;
    }

    String clientIdPrefix() {
        return "scale-" + name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
