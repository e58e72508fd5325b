package dev.inventoryimport.intake.magento1;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

import dev.inventoryimport.intake.auth.LoginThrottle;
import dev.inventoryimport.platform.ConcurrentStart;
import dev.inventoryimport.platform.UtcClock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Magento 1 API users and sessions: {@code login} checks a username and API key and opens a
 * session; a push must name a live session; sessions end on {@code endSession} or after
 * {@code MAGENTO1_SESSION_IDLE_MINUTES} without use. The user configured by
 * {@code MAGENTO1_API_USER} / {@code MAGENTO1_API_KEY} is created or updated at start-up.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration") // its start-up seeding needs the schema
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // every method is safe to run at once
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Magento1Sessions {

    private static final Logger LOG = Logger.getLogger(Magento1Sessions.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ConfiguredApiUser configuredApiUser;

    @Inject
    ConcurrentStart concurrentStart;

    @Inject
    @ConfigProperty(name = "MAGENTO1_API_USER")
    Optional<String> configuredUser;

    @Inject
    @ConfigProperty(name = "MAGENTO1_API_KEY")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "MAGENTO1_SESSION_IDLE_MINUTES", defaultValue = "60")
    int idleMinutes;

    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(5), Clock.systemUTC());

    /** Why a login was refused. */
    public enum Refusal { ACCESS_DENIED, THROTTLED }

    /** A login's outcome: a session id, or why not. */
    public record LoginResult(String sessionId, Refusal refusal) {
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each seeding attempt has its own
    void seedConfiguredUser() {
        String user = configuredUser.filter(u -> !u.isBlank()).orElse(null);
        String key = configuredKey.filter(k -> !k.isBlank()).orElse(null);
        if (user == null || key == null) {
            return;
        }
        concurrentStart.seed("the Magento 1 API user", () -> configuredApiUser.seed(user, key));
    }

    public LoginResult login(String username, String apiKey, String address) {
        if (!throttle.allows(username, address)) {
            LOG.warning(() -> "Magento 1 login for '" + username + "' from " + address + " throttled");
            return new LoginResult(null, Refusal.THROTTLED);
        }
        ApiUser user = em.find(ApiUser.class, username);
        // Hash even for an unknown user, so the answer takes as long either way.
        boolean ok = ApiKeyHash.matches(apiKey, user != null ? user.apiKeyHash() : DUMMY_HASH);
        if (user == null || !ok) {
            throttle.failed(username, address);
            return new LoginResult(null, Refusal.ACCESS_DENIED);
        }
        throttle.succeeded(username);
        String sessionId = HexFormat.of().formatHex(randomBytes());
        em.persist(new ApiSession(ApiKeyHash.sessionDigest(sessionId), username, UtcClock.now()));
        return new LoginResult(sessionId, null);
    }

    /** Whether the session is live; using it keeps it alive. */
    public boolean touch(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            return false;
        }
        LocalDateTime now = UtcClock.now();
        return em.createQuery("UPDATE ApiSession s SET s.lastUsedAt = :now"
                        + " WHERE s.sessionHash = :hash AND s.lastUsedAt > :cutoff")
                .setParameter("now", now)
                .setParameter("hash", ApiKeyHash.sessionDigest(sessionId))
                .setParameter("cutoff", now.minusMinutes(idleMinutes))
                .executeUpdate() == 1;
    }

    /** Ends a session; false when there was no live one. */
    public boolean end(String sessionId) {
        boolean live = touch(sessionId);
        if (live) {
            em.createQuery("DELETE FROM ApiSession s WHERE s.sessionHash = :hash")
                    .setParameter("hash", ApiKeyHash.sessionDigest(sessionId))
                    .executeUpdate();
        }
        return live;
    }

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public void removeExpired() {
        em.createQuery("DELETE FROM ApiSession s WHERE s.lastUsedAt <= :cutoff")
                .setParameter("cutoff", UtcClock.now().minusMinutes(idleMinutes))
                .executeUpdate();
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    private static final String DUMMY_HASH = ApiKeyHash.hash("not-a-key");
}
