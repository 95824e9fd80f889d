package org.fklab.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fklab.domain.sandbox.Sandbox;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;

/**
 * A fresh in-memory database built by the real built-in migrations, for tests of any module. Liquibase migrates
 * the first one to each target in a test run; HSQLDB's {@code SCRIPT} of that database (its tables, keys, indexes,
 * identity counters and Liquibase's own bookkeeping rows) is then replayed into every later one, which holds the
 * same and costs a fraction of a migration.
 */
public final class TestSandbox {

    /** The statements that make a database migrated to a target ("" for the head), once Liquibase has made one. */
    private static final Map<String, List<String>> SCRIPTS = new ConcurrentHashMap<>();

    private TestSandbox() {
    }

    /** Migrated to the head of the built-in migrations, with no rows. */
    public static Sandbox migrated() {
        return migratedTo(null);
    }

    /** Migrated to {@code target} (null for the head). */
    public static Sandbox migratedTo(String target) {
        String key = target == null ? "" : target;
        List<String> script = SCRIPTS.get(key);
        if (script == null) {
            Sandbox sandbox = migratedByLiquibase(target);
            SCRIPTS.putIfAbsent(key, scriptOf(sandbox));
            return sandbox;
        }
        Sandbox sandbox = Sandbox.inMemory();
        replay(sandbox, script);
        return sandbox;
    }

    /** Migrated to {@code target} (null for the head) by Liquibase itself, never from a saved script. */
    public static Sandbox migratedByLiquibase(String target) {
        Sandbox sandbox = Sandbox.inMemory();
        Migrator migrator = new Migrator(sandbox.dataSource(), MigrationCatalog.builtIn());
        migrator.execute(target == null ? migrator.planToLeaf() : migrator.planTo(target));
        return sandbox;
    }

    /** The statements, from HSQLDB's own SCRIPT, that make a new database hold what {@code sandbox} holds. */
    static List<String> scriptOf(Sandbox sandbox) {
        // SCRIPT with a file writes the rows too; without one it returns only the tables' definitions
        List<String> statements = new ArrayList<>();
        try (Connection connection = sandbox.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            Path file = Files.createTempFile("fklab-test-database-", ".script");
            try {
                Files.delete(file); // SCRIPT refuses to overwrite a file
                statement.execute("SCRIPT '" + file + "'");
                String schema = "PUBLIC";
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("SET SCHEMA ")) {
                        schema = line.substring("SET SCHEMA ".length()).strip();
                    }
                    if (!madeWithEveryDatabase(line) && !schema.equals("SYSTEM_LOBS")) {
                        statements.add(line);
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot script the migrated test database", e);
        }
        return List.copyOf(statements);
    }

    /**
     * The settings, user, schema and grants a new HSQLDB database already has, which a replay cannot make again
     * (the rows of its SYSTEM_LOBS schema, where it keeps large values, are left out the same way).
     */
    private static boolean madeWithEveryDatabase(String line) {
        return line.startsWith("CREATE USER ") || line.startsWith("ALTER USER ") || line.startsWith("CREATE SCHEMA PUBLIC ")
                || line.startsWith("GRANT DBA TO ") || line.startsWith("SET DATABASE ") || line.startsWith("SET FILES ");
    }

    private static void replay(Sandbox sandbox, List<String> script) {
        try (Connection connection = sandbox.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String line : script) {
                statement.execute(line);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot replay the migrated test database: " + e.getMessage(), e);
        }
    }
}
