package dev.inventoryimport.adjustment;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.inventoryimport.platform.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads the storefront feed's JSON documents. Every problem is reported by the name of
 * the field, so the shop's developers see at once what to fix; nothing is stored for a bad document.
 */
public final class FeedDocuments {

    static final int MAX_ITEMS = 1000;
    private static final BigDecimal QTY_LIMIT = new BigDecimal("100000000");

    private FeedDocuments() {
    }

    /** A document that cannot be accepted; the message names the field. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message, null, false, false);
        }
    }

    public static OrderDocument order(String json, ZoneId storeZone) throws Invalid {
        JsonObject o = object(json);
        String status = text(o, "status", true);
        if (status.length() > 32) {
            throw new Invalid("status is longer than 32 characters");
        }
        return new OrderDocument(status, time(o, "created_at", storeZone, true), time(o, "updated_at", storeZone, true),
                bool(o, "is_virtual", false), time(o, "exported_at", storeZone, false), items(o));
    }

    public static QuoteDocument quote(String json, ZoneId storeZone) throws Invalid {
        JsonObject o = object(json);
        if (!o.containsKey("is_active") || o.isNull("is_active")) {
            throw new Invalid("is_active is required (true or false)");
        }
        return new QuoteDocument(bool(o, "is_active", false), time(o, "updated_at", storeZone, true), items(o));
    }

    /** Checks an id from the path: what the shop calls its order or cart. */
    public static String id(String name, String value) throws Invalid {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new Invalid(name + " must be 1 to 64 characters");
        }
        return value;
    }

    static boolean sameItems(List<ItemUnits> a, List<ItemUnits> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static JsonObject object(String json) throws Invalid {
        try (var reader = Json.provider().createReader(new StringReader(json == null ? "" : json))) {
            JsonValue v = reader.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Invalid("body must be a JSON object");
            }
            return v.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new Invalid("body is not valid JSON: " + e.getMessage());
        }
    }

    private static String text(JsonObject o, String field, boolean required) throws Invalid {
        return text(o, field, field, required);
    }

    /** @param label how the field is named in a message, e.g. {@code items[2].sku} */
    private static String text(JsonObject o, String field, String label, boolean required) throws Invalid {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new Invalid(label + " is required");
            }
            return null;
        }
        if (v instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString().trim();
        }
        throw new Invalid(label + " must be a non-empty string");
    }

    private static boolean bool(JsonObject o, String field, boolean absent) throws Invalid {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        if (v instanceof JsonNumber n && (n.toString().equals("0") || n.toString().equals("1"))) {
            return n.intValue() == 1; // Magento's 0/1 flags
        }
        throw new Invalid(field + " must be true or false");
    }

    private static LocalDateTime time(JsonObject o, String field, ZoneId zone, boolean required) throws Invalid {
        String t = text(o, field, required);
        if (t == null) {
            return null;
        }
        try {
            return StoreTime.toUtc(t, zone);
        } catch (DateTimeParseException e) {
            throw new Invalid(field + " is not a date-time (e.g. 2024-02-16 10:00:00 or 2024-02-16T10:00:00Z): " + t);
        }
    }

    private static List<ItemUnits> items(JsonObject o) throws Invalid {
        JsonValue v = o.get("items");
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new Invalid("items is required: a list of {sku, qty}");
        }
        var array = v.asJsonArray();
        if (array.size() > MAX_ITEMS) {
            throw new Invalid("items has more than " + MAX_ITEMS + " entries");
        }
        List<ItemUnits> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "items[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Invalid(where + " must be an object {sku, qty}");
            }
            JsonObject item = array.getJsonObject(i);
            String sku = text(item, "sku", where + ".sku", true);
            if (sku.length() > 64) {
                throw new Invalid(where + ".sku is longer than 64 characters");
            }
            items.add(new ItemUnits(sku, qty(item, where + ".qty")));
        }
        return items;
    }

    private static BigDecimal qty(JsonObject item, String where) throws Invalid {
        JsonValue v = item.get("qty");
        BigDecimal q;
        try {
            if (v instanceof JsonNumber n) {
                q = n.bigDecimalValue();
            } else if (v instanceof JsonString s) {
                q = new BigDecimal(s.getString().trim());
            } else {
                throw new Invalid(where + " is required: a number");
            }
        } catch (NumberFormatException e) {
            throw new Invalid(where + " is not a number");
        }
        if (q.signum() < 0 || q.compareTo(QTY_LIMIT) >= 0 || q.scale() > 4) {
            throw new Invalid(where + " must be from 0 to 99999999.9999 with at most 4 decimals");
        }
        return q;
    }
}
