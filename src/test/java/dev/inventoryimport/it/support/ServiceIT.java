package dev.inventoryimport.it.support;

import java.net.URL;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test class shares: the built WAR on a fresh Payara Micro and a clean
 * database ({@link TestServer}), driven from outside over real HTTP with the configured token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ServiceIT {

    @ArquillianResource
    protected URL base;

    /** The bearer token the server under test accepts (failsafe configuration). */
    protected String token;

    protected PushClient client;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return TestServer.freshDeployment();
    }

    @BeforeEach
    protected void connect() {
        token = System.getProperty("it.token");
        client = new PushClient(base, token);
        client.awaitServing(Duration.ofSeconds(30));
    }
}
