package dev.inventoryimport.admin.security;

import dev.inventoryimport.platform.ConcurrentStart;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Makes sure the console can be logged into from the first start on. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InitialOperator {

    @Inject
    Operators operators;

    @Inject
    ConcurrentStart concurrentStart;

    @PostConstruct
    void ensure() {
        concurrentStart.seed("the admin account", operators::ensureAdmin);
    }
}
