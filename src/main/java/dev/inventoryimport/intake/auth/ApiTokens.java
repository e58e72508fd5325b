package dev.inventoryimport.intake.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

import dev.inventoryimport.settings.AppConfig;
import dev.inventoryimport.settings.SecretFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The bearer tokens that may push and read. {@code ORDERFLOW_API_TOKEN} lists them
 * (comma-separated, so an old and a new one are valid together while OrderFlow is switched over);
 * without it a token is generated once into {@code DATA_DIR/api-token}, readable by the owner only.
 * The token itself is never logged.
 */
@ApplicationScoped
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());
    private static final String FILE_NAME = "api-token";

    @Inject
    AppConfig config;

    private List<byte[]> digests;

    @PostConstruct
    void load() {
        String tokens = config.apiTokens().orElseGet(this::generatedToken);
        digests = Arrays.stream(tokens.split(","))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .map(ApiTokens::sha256)
                .toList();
        if (digests.isEmpty()) {
            throw new IllegalStateException("ORDERFLOW_API_TOKEN holds no token");
        }
    }

    /** Created with the application, so a generated token exists, and its place is logged, before any push. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing instantiates the bean: load() has run.
    }

    /** Whether an {@code Authorization} header carries a valid bearer token; constant time in the token. */
    public boolean accepts(String authorizationHeader) {
        String presented = bearer(authorizationHeader);
        byte[] candidate = sha256(presented == null ? "" : presented);
        boolean ok = false;
        for (byte[] d : digests) {
            // Compare digests of equal length so neither content nor length leaks through timing.
            ok |= MessageDigest.isEqual(d, candidate);
        }
        return ok && presented != null && !presented.isEmpty();
    }

    private static String bearer(String header) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return h.substring(7).trim();
    }

    private String generatedToken() {
        Path file = config.dataDir().resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            String token = SecretFiles.randomSecret(32);
            SecretFiles.writeOwnerOnly(file, token);
            LOG.info(() -> "ORDERFLOW_API_TOKEN is not set: generated a bearer token in " + file);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the API token file " + file, e);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
