package dev.inventoryimport.admin.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;

import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.settings.AppConfig;
import dev.inventoryimport.settings.SecretFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

/**
 * The console's operator account {@value #ADMIN}: created at the first start, its password checked
 * and changed here. {@code ADMIN_PASSWORD}, when set, is the password at every start (the way to
 * reset a forgotten one); when unset, the first start generates one into
 * {@code DATA_DIR/admin-initial-password}, which a password change removes.
 */
@ApplicationScoped
@Transactional
public class Operators {

    public static final String ADMIN = "admin";
    public static final String ROLE = "admin";
    static final String INITIAL_PASSWORD_FILE = "admin-initial-password";
    static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger LOG = Logger.getLogger(Operators.class.getName());

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    AppConfig config;

    /** Checked against when the username is unknown, so a wrong name costs as long as a wrong password. */
    private String decoyHash;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoyHash = hash.generate(SecretFiles.randomSecret(16).toCharArray());
    }

    /** At start-up: the admin account exists, with the configured password if there is one. */
    public void ensureAdmin() {
        Operator admin = em.find(Operator.class, ADMIN, LockModeType.PESSIMISTIC_WRITE);
        var configured = config.adminPassword();
        if (configured.isPresent()) {
            char[] password = configured.get().toCharArray();
            if (admin == null) {
                em.persist(new Operator(ADMIN, hash.generate(password), UtcClock.now()));
            } else if (!hash.verify(password, admin.passwordHash())) {
                admin.changePassword(hash.generate(password), UtcClock.now());
            }
            removeInitialPasswordFile();
            LOG.info("Console user 'admin' has the password of ADMIN_PASSWORD");
        } else if (admin == null) {
            String password = initialPassword();
            em.persist(new Operator(ADMIN, hash.generate(password.toCharArray()), UtcClock.now()));
            LOG.info(() -> "Console user 'admin' created; its initial password is in " + initialPasswordFile()
                    + " (change it in the console: that removes the file)");
        }
    }

    /** Whether the password is the user's; as slow for an unknown user as for a wrong password. */
    public boolean verify(String username, char[] password) {
        Operator operator = username == null ? null : em.find(Operator.class, username);
        boolean matches = hash.verify(password, operator == null ? decoyHash : operator.passwordHash());
        return operator != null && matches;
    }

    /**
     * @throws IllegalArgumentException when the current password is wrong or the new one too weak,
     *                                  with a message for the operator
     */
    public void changePassword(String username, char[] current, char[] next) {
        Operator operator = em.find(Operator.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (operator == null || !hash.verify(current, operator.passwordHash())) {
            throw new IllegalArgumentException("The current password is wrong");
        }
        if (next.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("The new password needs at least " + MIN_PASSWORD_LENGTH
                    + " characters");
        }
        if (hash.verify(next, operator.passwordHash())) {
            throw new IllegalArgumentException("The new password must differ from the current one");
        }
        operator.changePassword(hash.generate(next), UtcClock.now());
        removeInitialPasswordFile();
    }

    public boolean initialPasswordPending() {
        return Files.exists(initialPasswordFile());
    }

    Path initialPasswordFile() {
        return config.dataDir().resolve(INITIAL_PASSWORD_FILE);
    }

    /** The file's password if a start before this one generated it (the database was reset since), else a new one. */
    private String initialPassword() {
        Path file = initialPasswordFile();
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            String password = SecretFiles.randomSecret(18);
            SecretFiles.writeOwnerOnly(file, password);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the initial admin password to " + file, e);
        }
    }

    private void removeInitialPasswordFile() {
        try {
            if (Files.deleteIfExists(initialPasswordFile())) {
                LOG.info(() -> "Removed " + initialPasswordFile());
            }
        } catch (IOException e) {
            LOG.warning(() -> "Could not remove " + initialPasswordFile() + ": " + e.getMessage());
        }
    }
}
