import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.fklab.migrations.Migrations;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.hsqldb.jdbc.JDBCDataSource;

/**
 * The drift benchmark, in one JVM: what Migrations.drift() costs the first time (it builds the scratch reference
 * the applied migrations make), asked again with nothing changed (two small queries), after a schema change (the
 * diff runs again; the reference is kept), and on a second database at the same migrations.
 * Usage: java -cp shell/target/fklab.jar bench/DriftTiming.java [RUNS]   (default 20; bench/drift.sh runs it)
 */
public final class DriftTiming {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.OFF);
        for (int i = 0; i < 3; i++) { // a warm JVM: Liquibase loaded and compiled, as in a shell that has migrated
            Migrations warmUp = migrations(migrated());
            warmUp.execute(warmUp.plan(Optional.of(Migrator.ZERO)), Migrator.Progress.SILENT);
        }
        DataSource database = migrated();
        Migrations migrations = migrations(database);
        System.out.printf("first drift on a warm JVM (builds the reference): %d ms%n", time(migrations));
        List<Long> unchanged = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            unchanged.add(time(migrations));
        }
        List<Long> changed = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            sql(database, "ALTER TABLE listing ALTER COLUMN band_id SET DEFAULT " + (i + 1));
            changed.add(time(migrations));
        }
        System.out.printf("again, nothing changed: median %d ms (max %d)%n", median(unchanged), Collections.max(unchanged));
        System.out.printf("again, after a schema change: median %d ms (max %d)%n", median(changed), Collections.max(changed));
        System.out.printf("a second database at the same migrations: %d ms%n", time(migrations(migrated())));
    }

    private static DataSource migrated() {
        JDBCDataSource dataSource = new JDBCDataSource();
        dataSource.setUrl("jdbc:hsqldb:mem:" + UUID.randomUUID());
        dataSource.setUser("SA");
        dataSource.setPassword("");
        Migrations migrations = migrations(dataSource);
        migrations.execute(migrations.plan(Optional.empty()), Migrator.Progress.SILENT);
        return dataSource;
    }

    private static Migrations migrations(DataSource dataSource) {
        return new Migrations(dataSource, MigrationCatalog.builtIn());
    }

    private static long time(Migrations migrations) {
        long start = System.nanoTime();
        migrations.drift();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void sql(DataSource dataSource, String statement) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
