package dev.inventoryimport.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the service, looked up once: {@code jakarta.json.Json.create...} and
 * {@link JsonProvider#provider()} search the class path for a provider on every call.
 */
public final class Json {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {
    }

    public static JsonProvider provider() {
        return PROVIDER;
    }
}
