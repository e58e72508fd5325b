package dev.inventoryimport.intake.magento1;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Magento 1 API keys are stored only as salted PBKDF2 hashes, in the format Jakarta Security's
 * {@code Pbkdf2PasswordHash} uses: {@code PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>} (Base64).
 */
public final class ApiKeyHash {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyHash() {
    }

    public static String hash(String apiKey) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return format(ITERATIONS, salt, derive(apiKey, salt, ITERATIONS, HASH_BITS));
    }

    /** Whether {@code apiKey} matches {@code stored}; a malformed stored value never matches. */
    public static boolean matches(String apiKey, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(apiKey, salt, iterations, expected.length * 8));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String format(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    private static byte[] derive(String secret, byte[] salt, int iterations, int bits) {
        char[] chars = (secret == null ? "" : secret).toCharArray();
        try {
            return SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(chars, salt, iterations, bits)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }

    /** SHA-256 hex of a session id: what is stored, so a database reader cannot take over sessions. */
    static String sessionDigest(String sessionId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(64);
            for (byte b : d) {
                sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return sb.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
