package dev.inventoryimport.platform.database;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's Flyway configuration, without a container, so that start-up
 * ({@link DatabaseMigration}) and tests migrate a database the same way.
 *
 * <p>Several instances may start together on one MySQL/MariaDB database: Flyway holds a named lock
 * ({@code GET_LOCK}) while it migrates, so one instance applies each version and the others find
 * it applied (MigrationRaceIT shows it). An H2 file database belongs to one process: one instance.
 */
public final class Migrations {

    private Migrations() {
    }

    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(DatabaseKind.of(dataSource).migrationLocation())
                .load();
    }

    /** Brings the schema up to date; throws when a migration fails (the deployment must fail then). */
    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(dataSource).migrate();
    }
}
