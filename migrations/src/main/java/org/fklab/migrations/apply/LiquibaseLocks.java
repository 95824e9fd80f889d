package org.fklab.migrations.apply;

import javax.sql.DataSource;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.catalog.MigrationCatalog;

/** Liquibase's own release-locks command, for a lock left behind by a killed process. */
public final class LiquibaseLocks {

    private LiquibaseLocks() {
    }

    public static void release(DataSource dataSource, MigrationCatalog catalog) {
        try {
            new LiquibaseRunner(dataSource, catalog.workspaceFolder()).releaseLocks();
        } catch (Exception e) {
            throw new MigrationException("Cannot release Liquibase's lock: " + LiquibaseErrors.describe(e), e);
        }
    }
}
