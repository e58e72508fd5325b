package dev.inventoryimport.intake.rest;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dev.inventoryimport.intake.LineAssembler;
import dev.inventoryimport.intake.PushRejected;
import dev.inventoryimport.platform.Json;
import dev.inventoryimport.requests.InventoryPush;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

/**
 * Reads the REST twin of OrderFlow's Magento 2 inventory push
 * ({@code {"productQtys":[...],"productSeqs":[...],"messageSeqId":71}}).
 *
 * <p>Streamed with JSON-P, never built into a tree, with nesting and the members of an object
 * capped (the twins of the XML readers' depth and attribute limits), so hostile input costs little.
 * Quantities, sequence ids and the message id may be JSON strings or numbers; numbers keep their
 * exact text.
 */
public final class Magento2JsonReader {

    static final int MAX_DEPTH = 32;
    /** Most members one object may have; the contract's objects have three, unknown ones are skipped. */
    static final int MAX_MEMBERS = 64;

    /** Looking the provider up per parser is slow; the factory itself is thread-safe. */
    private static final JsonParserFactory PARSERS = Json.provider().createParserFactory(null);

    private final JsonParser json;
    private final LineAssembler lines = new LineAssembler();
    private int depth;
    /** Members seen so far in the object open at each depth (arrays leave their slot unused). */
    private final int[] members = new int[MAX_DEPTH + 1];

    private Magento2JsonReader(JsonParser json) {
        this.json = json;
    }

    /**
     * Parses a REST request body (UTF-8, an optional byte order mark is skipped).
     *
     * @param maxLines the most lines a message may form
     * @throws PushRejected (always {@code INVALID}) for malformed JSON, an unexpected shape, a bad
     *                      message id or more than {@code maxLines} lines
     */
    public static InventoryPush read(byte[] body, int maxLines) throws PushRejected {
        if (body == null || body.length == 0) {
            throw PushRejected.invalid("empty body");
        }
        try (JsonParser json = PARSERS.createParser(strictUtf8(body))) {
            return new Magento2JsonReader(json).message(maxLines);
        } catch (JsonParsingException e) {
            throw PushRejected.invalid("malformed JSON" + where(e.getLocation()) + ": " + e.getMessage());
        } catch (JsonException e) {
            // Invalid UTF-8 arrives here, wrapped around the decoder's MalformedInputException.
            String cause = e.getCause() != null ? e.getCause().toString() : e.getMessage();
            throw PushRejected.invalid("malformed JSON: " + e.getMessage() + " (" + cause + ")");
        } catch (RuntimeException e) {
            // e.g. the parser's own nesting limit; input must never escape as a 500.
            throw PushRejected.invalid("malformed JSON: " + e.getMessage());
        }
    }

    /**
     * A decoder that reports bad bytes: the parser's own InputStream handling would silently turn
     * them into U+FFFD and store a SKU nobody sent.
     */
    private static Reader strictUtf8(byte[] body) {
        int bom = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(body, bom, body.length - bom),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private InventoryPush message(int maxLines) throws PushRejected {
        Event first = next();
        if (first != Event.START_OBJECT) {
            throw PushRejected.invalid("JSON body must be an object, found " + describe(first));
        }
        for (Event e = next(); e != Event.END_OBJECT; e = next()) {
            String key = json.getString();
            switch (key) {
                case "productQtys" -> array(key, this::quantityItem);
                case "productSeqs" -> array(key, this::sequenceItem);
                case "messageSeqId" -> lines.messageSeqId(scalar(key));
                default -> skipValue(); // unknown fields are tolerated so the contract can grow
            }
        }
        // hasNext() makes the parser check that nothing but whitespace follows.
        if (json.hasNext()) {
            throw PushRejected.invalid("unexpected content after the JSON object");
        }
        return lines.build(maxLines);
    }

    private interface ItemReader {
        void read(String path) throws PushRejected;
    }

    private void array(String name, ItemReader reader) throws PushRejected {
        Event e = next();
        if (e == Event.VALUE_NULL) {
            return;
        }
        if (e != Event.START_ARRAY) {
            throw PushRejected.invalid(name + " must be an array, found " + describe(e));
        }
        int index = 0;
        for (e = next(); e != Event.END_ARRAY; e = next(), index++) {
            String path = name + "[" + index + "]";
            if (e != Event.START_OBJECT) {
                throw PushRejected.invalid(path + " must be an object, found " + describe(e));
            }
            reader.read(path);
        }
    }

    private void quantityItem(String path) throws PushRejected {
        String sku = null;
        String qty = null;
        String source = null;
        for (Event e = next(); e != Event.END_OBJECT; e = next()) {
            String key = json.getString();
            switch (key) {
                case "sku" -> sku = scalar(path + ".sku");
                case "qty" -> qty = scalar(path + ".qty");
                case "source" -> source = scalar(path + ".source");
                default -> skipValue();
            }
        }
        lines.quantity(source, sku, qty);
    }

    private void sequenceItem(String path) throws PushRejected {
        String sku = null;
        String seq = null;
        String lastOrderExported = null;
        for (Event e = next(); e != Event.END_OBJECT; e = next()) {
            String key = json.getString();
            switch (key) {
                case "sku" -> sku = scalar(path + ".sku");
                case "seq" -> seq = scalar(path + ".seq");
                case "lastOrderExported" -> lastOrderExported = scalar(path + ".lastOrderExported");
                default -> skipValue();
            }
        }
        lines.sequence(sku, seq, lastOrderExported);
    }

    /** A string, number or boolean as its exact text; {@code null} for JSON null. */
    private String scalar(String path) throws PushRejected {
        Event e = next();
        return switch (e) {
            case VALUE_STRING, VALUE_NUMBER -> json.getString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default -> throw PushRejected.invalid(path + " must be a string or number, found " + describe(e));
        };
    }

    private void skipValue() throws PushRejected {
        int target = depth;
        do {
            next();
        } while (depth > target);
    }

    /** The only method that advances the parser, so nesting and members are always counted. */
    private Event next() throws PushRejected {
        Event e = json.next();
        switch (e) {
            case START_OBJECT, START_ARRAY -> {
                if (++depth > MAX_DEPTH) {
                    throw PushRejected.invalid("JSON is nested deeper than " + MAX_DEPTH + " levels"
                            + where(json.getLocation()));
                }
                members[depth] = 0;
            }
            case KEY_NAME -> {
                if (++members[depth] > MAX_MEMBERS) {
                    throw PushRejected.invalid("JSON object has more than " + MAX_MEMBERS + " members"
                            + where(json.getLocation()));
                }
            }
            case END_OBJECT, END_ARRAY -> depth--;
            default -> {
                // scalars and keys do not change the depth
            }
        }
        return e;
    }

    private static String describe(Event e) {
        return switch (e) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> e.toString();
        };
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }
}
