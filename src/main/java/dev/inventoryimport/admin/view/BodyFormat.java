package dev.inventoryimport.admin.view;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.inventoryimport.intake.soap.SecureXml;
import dev.inventoryimport.platform.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;

/**
 * A received body indented for reading. Returns text, never markup: the page escapes it like any
 * other value (the body is untrusted input). XML is read with the intake's hardened parser (no
 * DTDs, no entities); a body that does not parse is shown exactly as received.
 */
public final class BodyFormat {

    private static final String INDENT = "  ";

    private BodyFormat() {
    }

    public static String pretty(String body) {
        String trimmed = body == null ? "" : body.strip();
        try {
            if (trimmed.startsWith("<")) {
                return xml(trimmed);
            }
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                return json(trimmed);
            }
        } catch (XMLStreamException | JsonException | IllegalStateException | IllegalArgumentException e) {
            return body;
        }
        return body;
    }

    private static String json(String body) {
        StringWriter out = new StringWriter();
        try (JsonParser parser = Json.provider().createParser(new StringReader(body));
             JsonGenerator generator = Json.provider().createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                     .createGenerator(out)) {
            parser.next();
            JsonValue value = parser.getValue();
            generator.write(value);
        }
        return out.toString().strip();
    }

    private static String xml(String body) throws XMLStreamException {
        XMLInputFactory factory = SecureXml.newInputFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = factory.createXMLStreamReader(new StringReader(body));
        StringBuilder out = new StringBuilder(body.length() * 2);
        int depth = 0;
        boolean open = false; // a start tag written whose end is not yet known
        boolean text = false; // the current element has text content: keep it on one line
        try {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open) {
                            out.append('>');
                        }
                        newLine(out, depth);
                        out.append('<').append(name(r.getPrefix(), r.getLocalName()));
                        for (int i = 0; i < r.getNamespaceCount(); i++) {
                            String prefix = r.getNamespacePrefix(i);
                            out.append(prefix == null || prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix)
                                    .append("=\"").append(escape(r.getNamespaceURI(i))).append('"');
                        }
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            out.append(' ').append(name(r.getAttributePrefix(i), r.getAttributeLocalName(i)))
                                    .append("=\"").append(escape(r.getAttributeValue(i))).append('"');
                        }
                        open = true;
                        text = false;
                        depth++;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!r.isWhiteSpace()) {
                            if (open) {
                                out.append('>');
                                open = false;
                            }
                            out.append(escape(r.getText().strip()));
                            text = true;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (open) {
                            out.append("/>");
                            open = false;
                        } else {
                            if (!text) {
                                newLine(out, depth);
                            }
                            out.append("</").append(name(r.getPrefix(), r.getLocalName())).append('>');
                        }
                        text = false;
                    }
                    case XMLStreamConstants.COMMENT -> {
                        if (open) {
                            out.append('>');
                            open = false;
                        }
                        newLine(out, depth);
                        out.append("<!--").append(r.getText()).append("-->");
                    }
                    default -> {
                        // processing instructions and the document end carry nothing to show
                    }
                }
            }
        } finally {
            r.close();
        }
        return out.toString().strip();
    }

    private static void newLine(StringBuilder out, int depth) {
        out.append('\n');
        out.append(INDENT.repeat(depth));
    }

    private static String name(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
