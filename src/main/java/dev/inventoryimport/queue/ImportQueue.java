package dev.inventoryimport.queue;

import java.util.Collection;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * Sends import triggers. Runs in the caller's JTA transaction: a trigger is delivered only if the
 * transaction that stored (or re-opened) its request commits. The ActiveMQ resource adapter lacks
 * the JMS 2.0 simplified API, hence the classic connection and session.
 */
@Stateless
public class ImportQueue {

    public static final String RESOURCE_ADAPTER = "activemq-rar";
    public static final String PHYSICAL_NAME = "inventory.import";
    /** Defined on the server (server-config/resources.asadmin), as is the queue. */
    public static final String CONNECTION_FACTORY = "jms/inventoryImportFactory";
    static final String QUEUE = "jms/inventoryImportQueue";
    static final String REQUEST_ID = "requestId";
    /** Set on the trigger of a push just stored, for the import's log lines (the request row has it too). */
    static final String MESSAGE_ID = "messageId";
    /** Set on triggers an operator asked for: they run even while the import is switched off. */
    static final String MANUAL = "manual";

    @Resource(lookup = CONNECTION_FACTORY)
    ConnectionFactory factory;

    @Resource(lookup = QUEUE)
    Queue queue;

    /** The trigger of a push just stored: it names the message too, for the log lines of its import. */
    public void enqueue(long requestId, long messageId) {
        send(java.util.List.of(requestId), false, messageId);
    }

    public void enqueueAll(Collection<Long> requestIds) {
        if (!requestIds.isEmpty()) {
            send(requestIds, false, null);
        }
    }

    /** Triggers for "Process now": run even while the import is switched off. */
    public void enqueueManual(Collection<Long> requestIds) {
        if (!requestIds.isEmpty()) {
            send(requestIds, true, null);
        }
    }

    private void send(Collection<Long> requestIds, boolean manual, Long messageId) {
        try (Connection connection = factory.createConnection();
             Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
             MessageProducer producer = session.createProducer(queue)) {
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (long id : requestIds) {
                TextMessage message = session.createTextMessage(Long.toString(id));
                message.setLongProperty(REQUEST_ID, id);
                if (manual) {
                    message.setBooleanProperty(MANUAL, true);
                }
                if (messageId != null) {
                    message.setLongProperty(MESSAGE_ID, messageId);
                }
                producer.send(message);
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException("Import queue unavailable: " + e.getMessage(), e.getErrorCode(), e);
        }
    }
}
