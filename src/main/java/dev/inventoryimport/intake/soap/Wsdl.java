package dev.inventoryimport.intake.soap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The WSDL of the Magento 2 push, with this host's endpoint address (Magento uses the endpoint URL
 * as target namespace, so do we), and the rules for the {@code wsdl} and {@code services} query.
 */
final class Wsdl {

    private static final String TEMPLATE = load();

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
        String address = http.getRequestURL() + "?services=" + Magento2SoapEndpoint.SERVICE;
        return TEMPLATE.replace("@ADDRESS@", xmlEscape(address)).getBytes(StandardCharsets.UTF_8);
    }

    private static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String load() {
        try (InputStream in = Wsdl.class.getResourceAsStream("magento2-inventory.wsdl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
