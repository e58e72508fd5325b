package dev.inventoryimport.intake.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.activation.DataSource;
import jakarta.xml.ws.handler.MessageContext;

/**
 * The answer of a JAX-WS provider on the XML/HTTP binding: status and headers go through the
 * message context, the body is the returned data source. Shared by the SOAP endpoints.
 */
public final class ProviderAnswer {

    private ProviderAnswer() {
    }

    /** The status an answer set (200 when none was). */
    public static int status(MessageContext mc) {
        return mc.get(MessageContext.HTTP_RESPONSE_CODE) instanceof Integer status ? status : 200;
    }

    public static DataSource of(MessageContext mc, int status, Map<String, String> headers, String contentType,
                                byte[] content) {
        mc.put(MessageContext.HTTP_RESPONSE_CODE, status);
        Map<String, List<String>> h = new HashMap<>();
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        mc.put(MessageContext.HTTP_RESPONSE_HEADERS, h);
        return new DataSource() {
            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(content);
            }

            @Override
            public OutputStream getOutputStream() throws IOException {
                throw new IOException("read-only");
            }

            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            public String getName() {
                return "answer";
            }
        };
    }
}
