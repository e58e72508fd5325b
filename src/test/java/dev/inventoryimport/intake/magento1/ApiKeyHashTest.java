package dev.inventoryimport.intake.magento1;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeyHashTest {

    @Test
    void apiKeyHashesVerifyAndDoNotLeakTheKey() {
        String stored = ApiKeyHash.hash("s3cret");
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:"));
        assertFalse(stored.contains("s3cret"));
        assertTrue(ApiKeyHash.matches("s3cret", stored));
        assertFalse(ApiKeyHash.matches("s3cret!", stored));
        assertFalse(ApiKeyHash.matches("s3cret", "garbage"));
        assertTrue(!ApiKeyHash.hash("s3cret").equals(stored), "salted");
    }
}
