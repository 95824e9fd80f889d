package org.fklab.migrations.drift;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.fklab.migrations.Jdbc;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.TestDatabases;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;

/** A fresh in-memory database at the latest built-in migration, with a migrations folder, and what a learner types. */
final class MigratedWorkspace {

    final DataSource database = TestDatabases.empty();
    final Migrations migrations;

    MigratedWorkspace(Path folder) {
        migrations = new Migrations(database, MigrationCatalog.withWorkspace(folder));
        migrate(null);
    }

    /** {@code migrate [TARGET]}: to the latest migration when {@code target} is null. */
    void migrate(String target) {
        migrations.execute(migrations.plan(Optional.ofNullable(target)), Migrator.Progress.SILENT);
    }

    /** {@code sql STATEMENT;} for each statement, a schema change by hand. */
    void sql(String... statements) throws SQLException {
        for (String statement : statements) {
            Jdbc.update(database, statement);
        }
    }
}
