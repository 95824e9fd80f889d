package org.fklab.migrations.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.fklab.migrations.TestDatabases;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.junit.jupiter.api.Test;

/**
 * Two workspaces opening at once in one JVM (an early opening being discarded while another starts) must not
 * leave one waiting for Liquibase's lock: Liquibase's singletons are shared by every database in the process.
 */
class ConcurrentMigrationsTest {

    @Test
    void databasesMigratedAtTheSameTimeAllReachTheLeafWithoutWaitingForALock() {
        List<String> reached = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<String>>> runs = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    runs.add(threads.submit(() -> {
                        DataSource database = TestDatabases.empty();
                        Migrator migrator = new Migrator(database, MigrationCatalog.builtIn());
                        migrator.execute(migrator.planToLeaf());
                        return List.copyOf(migrator.applied());
                    }));
                }
                List<String> last = List.of();
                for (Future<List<String>> run : runs) {
                    last = run.get();
                    assertThat(last).hasSize(4);
                }
                return last;
            } finally {
                threads.shutdownNow();
            }
        });

        assertThat(reached).endsWith("0004_create_author_book");
    }
}
