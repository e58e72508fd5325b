package dev.inventoryimport.intake;

import java.sql.SQLException;
import java.util.logging.Logger;

import dev.inventoryimport.platform.CrashPoint;
import dev.inventoryimport.platform.LogContext;
import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.queue.ImportQueue;
import dev.inventoryimport.requests.Contract;
import dev.inventoryimport.requests.InventoryPush;
import dev.inventoryimport.requests.RecentPushes;
import dev.inventoryimport.requests.RequestRows;
import dev.inventoryimport.settings.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Stores a push and queues it, in one JTA transaction: the request row and the JMS message naming
 * it commit together or not at all, and the push is acknowledged only after that commit.
 *
 * <p>The row goes through the local pool, so the container commits the database as the last agent:
 * the broker prepares the trigger, the database commits the row in one phase, then the broker
 * commits the trigger (an XA branch on the database as well cost a second log flush and three
 * more round trips per push). The row stays the truth: a failed database commit rolls the trigger
 * back, and the broker releases a trigger only after the row committed. If the process dies between
 * the two commits, the container's recovery commits the trigger in doubt as its log decided.
 */
@ApplicationScoped
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class.getName());

    @Inject
    RequestRows rows;

    @Inject
    ImportQueue queue;

    @Inject
    AppConfig config;

    @Inject
    RecentPushes recent;

    @Inject
    CrashPoint crashPoint;

    /** The acknowledgement of a stored push. */
    public record Receipt(long requestId, long messageId, String answer) {
    }

    public static String answerFor(long messageId) {
        return "Success - Message " + messageId + " Received";
    }

    public int maxBodyBytes() {
        return config.maxBodyBytes();
    }

    public int maxLines() {
        return config.maxLines();
    }

    /**
     * @throws RuntimeException when the database or the broker cannot take the request; nothing is
     *                          stored then, and the sender should try again later
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Receipt store(Contract contract, String contentType, byte[] body, InventoryPush push) {
        crashPoint.enter("intake");
        String answer = answerFor(push.messageId());
        long requestId;
        try {
            // Written before sending, so a failed insert never leaves a trigger to roll back.
            requestId = rows.insertPending(contract, push.messageId(), push.lines().size(), contentType, body,
                    answer, UtcClock.now());
        } catch (SQLException e) {
            throw new IllegalStateException("Request not stored: " + e.getMessage(), e);
        }
        recent.remember(requestId, push);
        queue.enqueue(requestId, push.messageId());
        LOG.fine(() -> LogContext.tag(requestId, push.messageId()) + "Stored and queued (" + contract + ", "
                + push.lines().size() + " lines)");
        return new Receipt(requestId, push.messageId(), answer);
    }
}
