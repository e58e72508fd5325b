package dev.inventoryimport.queue;

import java.util.logging.Level;
import java.util.logging.Logger;

import dev.inventoryimport.imports.ImportRunner;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Consumes import triggers and hands the request id to the import. The trigger is acknowledged
 * whatever the outcome: each attempt runs in its own transaction inside {@link ImportRunner}, and a
 * request that could not be finished stays Pending (for the sweeper) or ends Failed (the dead
 * letter, in the database where operators see it) — nothing piles up in the broker.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = ImportQueue.PHYSICAL_NAME),
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = ImportQueue.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "${MPCONFIG=IMPORT_CONSUMERS:4}"),
        @ActivationConfigProperty(propertyName = "maximumRedeliveries", propertyValue = "3"),
        @ActivationConfigProperty(propertyName = "initialRedeliveryDelay", propertyValue = "1000")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ImportListener.class.getName());

    @Inject
    ImportRunner runner;

    @Override
    public void onMessage(Message message) {
        long requestId;
        Long messageId;
        boolean manual;
        try {
            requestId = message.getLongProperty(ImportQueue.REQUEST_ID);
            messageId = message.propertyExists(ImportQueue.MESSAGE_ID) ? message.getLongProperty(ImportQueue.MESSAGE_ID) : null;
            manual = message.propertyExists(ImportQueue.MANUAL) && message.getBooleanProperty(ImportQueue.MANUAL);
        } catch (JMSException | NumberFormatException e) {
            LOG.log(Level.WARNING, "Dropping an import trigger without a request id", e);
            return;
        }
        runner.run(requestId, messageId, manual);
    }
}
