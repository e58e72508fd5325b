package dev.inventoryimport.intake.soap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A WSDL shipped as a resource with an {@code @ADDRESS@} placeholder for this host's endpoint. */
public final class WsdlTemplate {

    private final String text;

    private WsdlTemplate(String text) {
        this.text = text;
    }

    /** Loads {@code resource} relative to {@code owner}'s package. */
    public static WsdlTemplate load(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing WSDL resource " + resource + " beside " + owner.getName());
            }
            return new WsdlTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(String address) {
        String escaped = address.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return text.replace("@ADDRESS@", escaped).getBytes(StandardCharsets.UTF_8);
    }
}
