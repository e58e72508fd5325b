package dev.inventoryimport.platform.database;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Makes JPA refuse every write to an entity marked {@code @ReadOnly} (the mappings of the tables
 * written in plain JDBC). EclipseLink's {@code @ReadOnly} alone only skips changes to loaded rows:
 * a JPQL {@code UPDATE} or {@code DELETE} on such an entity still runs, so a write could slip back
 * into JPA unnoticed. Registered in {@code persistence.xml} as the session customizer.
 */
public class ReadOnlyGuard implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preExecuteQuery(SessionEvent event) {
                refuseWriteToReadOnly(event.getSession(), event.getQuery());
            }
        });
    }

    static void refuseWriteToReadOnly(Session session, DatabaseQuery query) {
        if (!(query.isModifyAllQuery() || query.isObjectLevelModifyQuery()) || query.getReferenceClass() == null) {
            return;
        }
        ClassDescriptor descriptor = session.getDescriptor(query.getReferenceClass());
        if (descriptor != null && descriptor.shouldBeReadOnly()) {
            throw new IllegalStateException(descriptor.getAlias() + " is a read-only mapping: its table is written in"
                    + " plain JDBC (docs/architecture.md, decision 10)");
        }
    }
}
