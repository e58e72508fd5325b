package dev.inventoryimport.intake.magento1;

import dev.inventoryimport.requests.InventoryPush;

/**
 * One call of the Magento 1 SOAP v2 API as OrderFlow makes it. Unlike Magento 2, a push is a
 * session: {@code login} trades credentials for a session id, each update names that session,
 * {@code endSession} closes it. The endpoint switches over these three cases.
 */
public sealed interface Magento1Call {

    /** {@code login(username, apiKey)}: both non-blank as read. */
    record Login(String username, String apiKey) implements Magento1Call {
    }

    /** {@code orderflowInventoryMultiUpdate}: the session it claims and the push it carries. */
    record MultiUpdate(String sessionId, InventoryPush push) implements Magento1Call {
    }

    /** {@code endSession(sessionId)}. */
    record EndSession(String sessionId) implements Magento1Call {
    }
}
