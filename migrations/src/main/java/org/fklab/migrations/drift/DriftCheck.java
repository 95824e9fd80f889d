package org.fklab.migrations.drift;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.apply.LiquibaseErrors;
import org.fklab.migrations.catalog.MigrationCatalog;

import liquibase.exception.LiquibaseException;

/**
 * Finds drift: Liquibase's diff between the database and the reference its applied migrations make. The answer
 * for a schema fingerprint and a set of applied changeSets is kept, so asking again after a command that changed
 * no schema costs two small queries.
 */
public final class DriftCheck {

    private static final int KEPT = 16;
    private static final String CANNOT = "Drift could not be checked: ";

    private static final Map<String, Drift> FOUND = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Drift> eldest) {
            return size() > KEPT;
        }
    };

    private DriftCheck() {
    }

    /**
     * The drift of the database behind {@code dataSource}, whose migrations {@code catalog} finds.
     *
     * @throws MigrationException when it cannot be checked, saying why
     */
    public static Drift run(DataSource dataSource, MigrationCatalog catalog) {
        try {
            String applied = AppliedChangeSetsKey.of(dataSource);
            String key = applied + "\n" + catalog.fingerprint() + "\n" + SchemaFingerprint.of(dataSource);
            synchronized (FOUND) {
                Drift known = FOUND.get(key);
                if (known != null) {
                    return known;
                }
            }
            List<Difference> differences = new ArrayList<>();
            LiquibaseDiff.withDiff(dataSource, catalog, applied, (diff, database, migrations) ->
                    differences.addAll(Descriptions.of(diff)));
            Drift drift = new Drift(differences);
            synchronized (FOUND) {
                FOUND.put(key, drift);
            }
            return drift;
        } catch (MigrationException e) {
            throw new MigrationException(CANNOT + sentence(e.getMessage()), e);
        } catch (Exception e) {
            throw new MigrationException(CANNOT + sentence(reason(e)), e);
        }
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /** What the database or Liquibase said; a failure inside Liquibase with no such word is said as one. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof LiquibaseException) {
                return LiquibaseErrors.describe(failure);
            }
        }
        return "Liquibase's diff failed unexpectedly (run fklab with --debug to see where)";
    }
}
