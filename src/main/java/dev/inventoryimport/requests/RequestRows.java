package dev.inventoryimport.requests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import javax.sql.DataSource;

import dev.inventoryimport.platform.database.DataSources;
import dev.inventoryimport.platform.database.IdBlocks;
import dev.inventoryimport.platform.database.UtcTimestampConverter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes a received push as a Pending {@link Request} row: one INSERT in plain JDBC on the local
 * pool, inside the caller's transaction (the one that also sends its JMS trigger, see
 * {@link IntakeService}). The entity still reads it back everywhere else; persisting it through JPA
 * cost more CPU per push than the SQL.
 */
@ApplicationScoped
public class RequestRows {

    private static final int MAX_CONTENT_TYPE = 255;

    @Resource(lookup = DataSources.LOCAL)
    DataSource dataSource;

    @Inject
    IdBlocks ids;

    /** @return the new request's id */
    public long insertPending(Contract contract, long messageId, int lineCount, String contentType, byte[] body,
                              String answer, LocalDateTime receivedAt) throws SQLException {
        long id = ids.next(IdBlocks.Row.REQUEST);
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO inventory_request (id, message_id, contract,"
                     + " entity, operation, status, line_count, received_at, attempts, content_type, body, answer)"
                     + " VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, 0, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, messageId);
            insert.setString(3, contract.name());
            insert.setString(4, Request.ENTITY);
            insert.setString(5, Request.OPERATION);
            insert.setInt(6, lineCount);
            insert.setString(7, UtcTimestampConverter.toColumn(receivedAt));
            insert.setString(8, contentType == null || contentType.length() <= MAX_CONTENT_TYPE
                    ? contentType : contentType.substring(0, MAX_CONTENT_TYPE));
            insert.setBytes(9, StoredBody.toColumn(body));
            insert.setString(10, answer);
            insert.executeUpdate();
        }
        return id;
    }
}
