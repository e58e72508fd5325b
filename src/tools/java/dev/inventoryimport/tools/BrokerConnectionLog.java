package dev.inventoryimport.tools;

import org.apache.activemq.broker.BrokerPluginSupport;
import org.apache.activemq.broker.ConnectionContext;
import org.apache.activemq.command.ConnectionInfo;

/**
 * One line on standard output per client connection the broker accepts or refuses, with its client
 * id and user: how the two-instance run sees that each instance logged in with its configured
 * credentials and that the options of its {@code BROKER_URL} arrived intact (a client id prefix set
 * there shows up here), and that a wrong password is turned away.
 */
final class BrokerConnectionLog extends BrokerPluginSupport {

    static final String ACCEPTED = "broker: accepted ";
    static final String REFUSED = "broker: refused ";

    @Override
    public void addConnection(ConnectionContext context, ConnectionInfo info) throws Exception {
        String who = "client-id=" + info.getClientId() + " user=" + info.getUserName() + " from "
                + context.getConnection().getRemoteAddress();
        try {
            super.addConnection(context, info);
        } catch (Exception e) {
            System.out.println(REFUSED + who + ": " + e.getMessage());
            throw e;
        }
        System.out.println(ACCEPTED + who);
    }
}
