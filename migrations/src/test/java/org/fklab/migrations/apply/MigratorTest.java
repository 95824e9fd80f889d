package org.fklab.migrations.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fklab.migrations.catalog.MigrationCatalog;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;

class MigratorTest {

    @Test
    void migratesToHeadAndBackToZero() throws Exception {
        JDBCDataSource ds = new JDBCDataSource();
        ds.setUrl("jdbc:hsqldb:mem:" + UUID.randomUUID());
        ds.setUser("SA");
        ds.setPassword("");
        Migrator migrator = new Migrator(ds, MigrationCatalog.builtIn());
        long t0 = System.nanoTime();
        migrator.execute(migrator.planToLeaf());
        System.out.println("head in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertThat(migrator.applied()).containsExactly("0001_create_band", "0002_create_listing", "0003_listing_band", "0004_create_author_book");
        assertThat(tables(ds)).contains("BAND", "LISTING", "AUTHOR", "BOOK");
        t0 = System.nanoTime();
        migrator.execute(migrator.planTo(Migrator.ZERO));
        System.out.println("zero in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertThat(migrator.applied()).isEmpty();
        assertThat(tables(ds)).doesNotContain("BAND", "LISTING", "AUTHOR", "BOOK");
        t0 = System.nanoTime();
        migrator.execute(migrator.planToLeaf());
        System.out.println("head again in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertThat(tables(ds)).contains("BAND", "LISTING", "AUTHOR", "BOOK");
    }

    private static List<String> tables(JDBCDataSource ds) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
