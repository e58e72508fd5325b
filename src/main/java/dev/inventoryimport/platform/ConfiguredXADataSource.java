package dev.inventoryimport.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import javax.sql.XAConnection;
import javax.sql.XADataSource;

import com.mysql.cj.jdbc.MysqlXADataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One XA data source class for both databases, chosen by the JDBC URL, so that switching from the
 * embedded H2 default to MySQL/MariaDB is configuration only ({@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD}; unset URL: an H2 file under {@code DATA_DIR}). It reads the application's
 * MicroProfile Config itself: the container mangles a JDBC URL passed through the annotation.
 * The vendor's own XA data source does the work.
 * XA, not a plain data source, so that a request row and its JMS message commit in one two-phase
 * commit rather than with the database committed last, outside it.
 */
public class ConfiguredXADataSource extends PlainDataSource implements XADataSource {

    private String url;
    private String user;
    private String password;
    private volatile XADataSource delegate;
    private boolean serverPrepared;

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPassword() {
        return password;
    }

    // The container passes the annotation's defaults for these; the URL already says it all.
    public void setServerName(String ignored) {
    }

    public void setPortNumber(int ignored) {
    }

    public void setDatabaseName(String ignored) {
    }

    /**
     * MySQL: prepare statements on the server and send values in binary, so a statement of many rows
     * is parsed once per connection rather than on every execution (the local pool asks for it).
     */
    void prepareOnServer() {
        serverPrepared = true;
    }

    private XADataSource delegate() throws SQLException {
        XADataSource ds = delegate;
        if (ds == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create();
                }
                ds = delegate;
            }
        }
        return ds;
    }

    private XADataSource create() throws SQLException {
        Config config = ConfigProvider.getConfig(ConfiguredXADataSource.class.getClassLoader());
        if (url == null || url.isBlank()) {
            url = config.getOptionalValue("DB_URL", String.class).filter(u -> !u.isBlank())
                    .orElseGet(() -> embeddedUrl(config.getOptionalValue("DATA_DIR", String.class).orElse("./data")));
        }
        if (user == null || user.isBlank()) {
            user = config.getOptionalValue("DB_USER", String.class).orElse(null);
        }
        if (password == null || password.isEmpty()) {
            password = config.getOptionalValue("DB_PASSWORD", String.class).orElse("");
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            MysqlXADataSource mysql = new MysqlXADataSource();
            mysql.setUrl(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"));
            mysql.setUser(user);
            mysql.setPassword(password == null ? "" : password);
            // JDBC batches (JPA's batch writing) become multi-row statements.
            mysql.setRewriteBatchedStatements(true);
            // A rewritten batch of updates is one long multi-statement, parsed by the driver on every
            // execution unless cached (measured: a tenth of the service's CPU in a full push).
            mysql.setCachePrepStmts(true);
            // Multi-row statements have a text per row count (MultiRowInsert): room for the common ones.
            // Prepared on the server, each cached one holds a statement there: fewer, as MySQL counts
            // them against max_prepared_stmt_count (16,382 by default) for the whole server.
            mysql.setPrepStmtCacheSize(serverPrepared ? 64 : 256);
            mysql.setPrepStmtCacheSqlLimit(64 * 1024);
            // Measured on the floor's own writes: a quarter of the driver's CPU went to a tracing span
            // per statement (Payara ships OpenTelemetry), clock reads for idle-time statistics and
            // round trips asking the server for the session state the driver itself set.
            mysql.setOpenTelemetry("DISABLED");
            mysql.setMaintainTimeStats(false);
            mysql.setUseLocalSessionState(true);
            // XA branches must stay on one physical connection (MySQL cannot resume them elsewhere).
            mysql.setPinGlobalTxToPhysicalConnection(true);
            mysql.setConnectTimeout(5_000);
            mysql.setUseServerPrepStmts(serverPrepared);
            return mysql;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(writeThrough(url));
            h2.setUser(user == null || user.isBlank() ? "sa" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        throw new SQLException("Unsupported JDBC URL (use jdbc:mysql:, jdbc:mariadb: or jdbc:h2:): "
                + url.replaceAll("[?;].*", ""));
    }

    /**
     * The default: an H2 file database that other local processes (and tests) can open too. H2 does
     * not detect every lock cycle between imports; a short lock timeout turns one into a quick retry.
     */
    static String embeddedUrl(String dataDir) {
        String dir = Path.of(dataDir).toAbsolutePath().normalize().resolve("h2").resolve("inventory").toString();
        return "jdbc:h2:file:" + dir + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=2000";
    }

    /**
     * H2 writes a commit to its file up to half a second later (WRITE_DELAY 500): a process killed
     * in that window loses commits it has reported, among them pushes already acknowledged (CrashIT:
     * 34 of 2,000). With 0, every commit is in the file before it returns: it survives the process,
     * though not a power cut, as it is not forced to the disk.
     */
    static String writeThrough(String url) {
        return url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=") ? url : url + ";WRITE_DELAY=0";
    }

    @Override
    public XAConnection getXAConnection() throws SQLException {
        return delegate().getXAConnection();
    }

    @Override
    public XAConnection getXAConnection(String user, String password) throws SQLException {
        return delegate().getXAConnection(user, password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return ((DataSource) delegate()).getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return ((DataSource) delegate()).getConnection(user, password);
    }
}
