package dev.inventoryimport.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How JSON-B writes the records the REST resources answer with: Java names in snake_case, as
 * Magento's API spells them ({@code isInStock} is {@code is_in_stock}), and absent values as
 * {@code null} rather than left out, so every answer of a kind has the same fields. One instance
 * for the application: building one is costly, and it is thread-safe.
 */
@Provider
public class JsonAnswers implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The answer that only says something: {@code {"message": "..."}}. */
    public record Message(String message) {
    }
}
