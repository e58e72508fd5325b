package dev.inventoryimport.intake.soap;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The WSDL of the Magento 2 push, with this host's endpoint address (Magento uses the endpoint URL
 * as target namespace, so do we), and the rules for the {@code wsdl} and {@code services} query.
 */
final class Wsdl {

    private static final WsdlTemplate TEMPLATE = WsdlTemplate.load(Wsdl.class, "magento2-inventory.wsdl");

    private Wsdl() {
    }

    static boolean isRequested(String query) {
        return Arrays.stream(query.split("&")).anyMatch(p -> p.equalsIgnoreCase("wsdl") || p.toLowerCase().startsWith("wsdl="));
    }

    /** Magento names the service in the query; absent is tolerated, another service is not. */
    static boolean servicesParameterAccepted(String query) {
        for (String p : query.split("&")) {
            if (p.startsWith("services=")) {
                return Arrays.asList(p.substring("services=".length()).split(",")).contains(Magento2SoapEndpoint.SERVICE);
            }
        }
        return true;
    }

    static byte[] render(HttpServletRequest http) {
        return TEMPLATE.render(http.getRequestURL() + "?services=" + Magento2SoapEndpoint.SERVICE);
    }
}
