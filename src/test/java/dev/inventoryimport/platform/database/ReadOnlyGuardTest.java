package dev.inventoryimport.platform.database;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.DeleteAllQuery;
import org.eclipse.persistence.queries.InsertObjectQuery;
import org.eclipse.persistence.queries.ReadAllQuery;
import org.eclipse.persistence.queries.UpdateAllQuery;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;

/** JPA refuses writes to entities marked read-only, and only to them. */
class ReadOnlyGuardTest {

    static class Mapped {
    }

    static class Written {
    }

    private final Session session = session();

    @Test
    void refusesBulkUpdatesDeletesAndInsertsOfAReadOnlyEntity() {
        assertThrows(IllegalStateException.class, () -> run(new UpdateAllQuery(Mapped.class)));
        assertThrows(IllegalStateException.class, () -> run(new DeleteAllQuery(Mapped.class)));
        assertThrows(IllegalStateException.class, () -> run(new InsertObjectQuery(new Mapped())));
    }

    @Test
    void letsReadsAndOtherEntitiesThrough() {
        assertDoesNotThrow(() -> run(new ReadAllQuery(Mapped.class)));
        assertDoesNotThrow(() -> run(new UpdateAllQuery(Written.class)));
        assertDoesNotThrow(() -> run(new DeleteAllQuery(Written.class)));
    }

    /** What the session does before it runs a query. */
    private void run(DatabaseQuery query) {
        ((AbstractSession) session).getEventManager().preExecuteQuery(query);
    }

    private static Session session() {
        Project project = new Project(new DatabaseLogin()); // never connects: only its descriptors are used
        project.addDescriptor(descriptor(Mapped.class, true));
        project.addDescriptor(descriptor(Written.class, false));
        Session session = project.createDatabaseSession();
        new ReadOnlyGuard().customize(session);
        return session;
    }

    private static RelationalDescriptor descriptor(Class<?> type, boolean readOnly) {
        RelationalDescriptor descriptor = new RelationalDescriptor();
        descriptor.setJavaClass(type);
        descriptor.setAlias(type.getSimpleName());
        descriptor.setShouldBeReadOnly(readOnly);
        return descriptor;
    }
}
