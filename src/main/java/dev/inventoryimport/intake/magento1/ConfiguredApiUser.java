package dev.inventoryimport.intake.magento1;

import java.util.logging.Logger;

import dev.inventoryimport.platform.UtcClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates or updates the Magento 1 API user of {@code MAGENTO1_API_USER} / {@code MAGENTO1_API_KEY}
 * at start-up, in a transaction of its own, so {@link Magento1Sessions} can try again when another
 * instance starting at the same moment inserted the same user first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ConfiguredApiUser {

    private static final Logger LOG = Logger.getLogger(ConfiguredApiUser.class.getName());

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    public void seed(String user, String key) {
        ApiUser existing = em.find(ApiUser.class, user);
        if (existing == null) {
            em.persist(new ApiUser(user, ApiKeyHash.hash(key), UtcClock.now()));
            LOG.info(() -> "Magento 1 API user '" + user + "' created from configuration");
        } else if (!ApiKeyHash.matches(key, existing.apiKeyHash())) {
            existing.changeKey(ApiKeyHash.hash(key));
            LOG.info(() -> "Magento 1 API key of '" + user + "' updated from configuration");
        }
    }
}
