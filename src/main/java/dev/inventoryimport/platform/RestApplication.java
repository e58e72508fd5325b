package dev.inventoryimport.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST twin of the push and the read APIs, under Magento's {@code /rest} prefix. */
@ApplicationPath("rest")
public class RestApplication extends Application {
}
