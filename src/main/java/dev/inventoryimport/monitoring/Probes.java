package dev.inventoryimport.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import dev.inventoryimport.platform.database.DataSources;
import dev.inventoryimport.queue.ImportQueue;
import dev.inventoryimport.requests.RequestStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;

/**
 * The looks at the database and the broker behind the health checks and the backlog gauges. Each
 * runs on the container's asynchronous EJB threads (with the application's resources, whatever
 * thread asked: a probe of {@code /health} or a scrape of {@code /metrics}) and outside any
 * transaction; {@link BoundedCall} bounds how long anyone waits for one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Probes {

    /** Seconds a database round trip may take before the database counts as unreachable. */
    static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = DataSources.NON_TRANSACTIONAL)
    DataSource dataSource;

    @Resource(lookup = ImportQueue.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    /** A round trip to the database on a pooled connection (JDBC's validation: a ping on MySQL/MariaDB). */
    @Asynchronous
    public Future<Boolean> database() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(DATABASE_TIMEOUT_SECONDS)) {
                throw new SQLException("connection not valid within " + DATABASE_TIMEOUT_SECONDS + " s");
            }
        }
        return new AsyncResult<>(true);
    }

    /**
     * A round trip to the broker: a pooled connection and a session (which fail at once on a
     * connection whose transport the client already knows is down), then a temporary queue
     * created and deleted, which waits for the broker's answer (a live-looking connection to a
     * broker that stopped answering does not pass).
     */
    @Asynchronous
    public Future<Boolean> broker() throws JMSException {
        try (jakarta.jms.Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TemporaryQueue queue = session.createTemporaryQueue();
            queue.delete();
        }
        return new AsyncResult<>(true);
    }

    /** The Pending requests: how many, and when the oldest arrived (one index range: status, received_at). */
    @Asynchronous
    public Future<Backlog> backlog() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(*), MIN(received_at) FROM inventory_request WHERE status = ?")) {
            s.setQueryTimeout(DATABASE_TIMEOUT_SECONDS);
            s.setString(1, RequestStatus.PENDING.name());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new AsyncResult<>(new Backlog(rs.getLong(1), rs.getObject(2, LocalDateTime.class)));
            }
        }
    }
}
