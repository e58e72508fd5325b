package dev.inventoryimport.tools;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.apache.activemq.broker.BrokerPlugin;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.security.AuthenticationUser;
import org.apache.activemq.security.SimpleAuthenticationPlugin;
import org.apache.activemq.store.kahadb.KahaDBPersistenceAdapter;

/**
 * A stand-alone ActiveMQ Classic broker, the external broker of the two-instance run
 * ({@link ScaleOut}). Built from the broker and KahaDB jars on Maven Central (the distribution
 * archive is not there), set up as a shop's broker would be: persistent (KahaDB under the data
 * directory), one TCP connector, and no anonymous access (simple authentication), so that the
 * service's {@code BROKER_URL}, {@code BROKER_USER} and {@code BROKER_PASSWORD} are exercised for real.
 *
 * <p>{@code StandaloneBroker <data dir> <connector URI, e.g. tcp://127.0.0.1:61616>}; the one user's
 * name and password come from {@code BROKER_USER} and {@code BROKER_PASSWORD} in the environment,
 * never from the command line, which {@code ps} shows. Prints {@value #READY} and the URI once it
 * takes connections, one line per connection accepted or refused ({@link BrokerConnectionLog}),
 * and runs until it is stopped (SIGTERM stops it cleanly).
 */
public final class StandaloneBroker {

    static final String READY = "broker ready: ";

    private StandaloneBroker() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: StandaloneBroker <data dir> <connector URI>  (BROKER_USER, BROKER_PASSWORD in the environment)");
            System.exit(2);
        }
        String user = System.getenv("BROKER_USER");
        String password = System.getenv("BROKER_PASSWORD");
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            System.err.println("StandaloneBroker: set BROKER_USER and BROKER_PASSWORD");
            System.exit(2);
        }
        BrokerService broker = broker(Path.of(args[0]).toAbsolutePath(), URI.create(args[1]), user, password);
        broker.start();
        broker.waitUntilStarted();
        System.out.println(READY + args[1]);
        broker.waitUntilStopped();
    }

    static BrokerService broker(Path dataDir, URI connector, String user, String password) throws Exception {
        BrokerService broker = new BrokerService();
        broker.setBrokerName("orderflow-scale-out");
        broker.setUseJmx(false);
        broker.setPersistent(true);
        broker.setDataDirectoryFile(dataDir.toFile());
        KahaDBPersistenceAdapter kahaDb = new KahaDBPersistenceAdapter();
        kahaDb.setDirectory(dataDir.resolve("kahadb").toFile());
        broker.setPersistenceAdapter(kahaDb);
        SimpleAuthenticationPlugin authentication = new SimpleAuthenticationPlugin(
                List.of(new AuthenticationUser(user, password, "users")));
        authentication.setAnonymousAccessAllowed(false);
        // Installed in order, each around the previous: the log sees the authentication's verdict.
        broker.setPlugins(new BrokerPlugin[]{authentication, new BrokerConnectionLog()});
        broker.addConnector(connector);
        broker.setUseShutdownHook(true);
        return broker;
    }
}
