package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.fklab.domain.sandbox.Sandbox;
import org.fklab.engine.Engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseCommandsTest {

    @TempDir
    Path folder;

    @Test
    void aMisspelledTableOrColumnInSqlGetsTheNameThatExists() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "sql SELECT * FROM listings;",
                "-c", "select titel from listing;", "-c", "sql SELECT * FROM zzz;");

        assertThat(result.err()).contains("There is no table or column named listings.", "Did you mean 'listing'?",
                "There is no table or column named titel.", "Did you mean 'title'?");
        assertThat(result.err().lines().filter(line -> line.contains("named zzz")).findFirst().orElseThrow())
                .doesNotContain("Did you mean");
    }

    @Test
    void explainFoldsTheCatalogQueriesFklabMakesToReadTheSchema() {
        FklabRun.Result result = FklabRun.commands("explain on", "describe listing", "diagram", "band delete 1");

        assertThat(result.out()).contains("── explain: 0 statements (and", "catalog queries to read the schema, folded) ──",
                "BandMapper.findById").doesNotContain("INFORMATION_SCHEMA", "SchemaMapper");
    }

    @Test
    void engineNamesTheEngineItsVersionWhereTheDataIsAndHowItsForeignKeysDiffer() {
        FklabRun.Result inMemory = FklabRun.commands("engine");
        FklabRun.Result onDisk = FklabRun.inWorkspace(folder.resolve("ws"), "engine");

        assertThat(inMemory.out()).startsWith("HSQLDB 2.7.4, embedded in fklab: the database is in memory")
                .contains("an index on every foreign key's column by itself", "PostgreSQL makes none",
                        "refuses ON DELETE SET DEFAULT on a column that has no default",
                        "a constraint cannot be deferred");
        assertThat(onDisk.out()).startsWith("HSQLDB 2.7.4, embedded in fklab: the database is in "
                + folder.resolve("ws").resolve("db") + ".");
    }

    @Test
    void theEngineFactsAreWhatHsqldbDoes() throws Exception {
        // what 'engine' says about HSQLDB, tried on HSQLDB itself
        try (Sandbox sandbox = Sandbox.inMemory();
             Connection connection = sandbox.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE p (id BIGINT PRIMARY KEY)");
            statement.execute("CREATE TABLE c (id BIGINT PRIMARY KEY, p_id BIGINT)");
            statement.execute("ALTER TABLE c ADD CONSTRAINT fk_c_p FOREIGN KEY (p_id) REFERENCES p (id)");
            try (ResultSet indexes = statement.executeQuery("SELECT COUNT(*) FROM information_schema.system_indexinfo"
                    + " WHERE table_name = 'C' AND column_name = 'P_ID'")) {
                indexes.next();
                assertThat(indexes.getInt(1)).isEqualTo(1); // the foreign key's own index
            }
            assertThatThrownBy(() -> statement.execute("ALTER TABLE c ADD CONSTRAINT fk_c_p2 FOREIGN KEY (p_id)"
                    + " REFERENCES p (id) ON DELETE SET DEFAULT")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("SET DEFAULT requires column default");
            assertThatThrownBy(() -> statement.execute("CREATE TABLE d (id BIGINT PRIMARY KEY, p_id BIGINT,"
                    + " CONSTRAINT fk_d_p FOREIGN KEY (p_id) REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("DEFERRABLE");
            assertThat(sandbox.engine().engine()).isEqualTo(Engine.HSQLDB);
        }
    }

    @Test
    void tablesListsEachTableWithItsRowCountAndNamesLiquibasesOwn() {
        FklabRun.Result result = FklabRun.commands("tables");

        assertThat(result.out()).contains("│ author  │    3 │", "│ band    │    3 │", "│ book    │    5 │",
                "│ listing │    3 │", "Also the record of applied migrations (Liquibase's and fklab's): databasechangelog (9)");
    }

    @Test
    void describeShowsColumnsKeysForeignKeysWithTheirDeleteRuleAndIndexes() {
        FklabRun.Result result = FklabRun.commands("describe listing", "describe band");

        assertThat(result.out())
                .contains("listing (3 rows)")
                .contains("│ band_id │ BIGINT       │ NULL ok  │", "→ band.id")
                .contains("│ title   │ VARCHAR(100) │ NOT NULL │")
                .contains("Primary key: id")
                .contains("fk_listing_band: listing.band_id → band.id  ON DELETE SET NULL")
                .contains("ix_listing_band_id (band_id)  (the column HSQLDB's own index for fk_listing_band covers"
                        + " already: HSQLDB could do without it; the migration adds it, as Django's does, for engines"
                        + " that index no foreign key, such as PostgreSQL)")
                .contains("Referenced by (rows elsewhere that point at band):");
    }

    @Test
    void describeOfTheBookTableShowsTheCascadeRuleAndTimestampDefaults() {
        FklabRun.Result result = FklabRun.commands("describe BOOK");

        assertThat(result.out()).contains("fk_book_author: book.author_id → author.id  ON DELETE CASCADE")
                .contains("│ author_id  │ BIGINT       │ NOT NULL │")
                .containsPattern("created_at\\s+│ TIMESTAMP\\s+│ NOT NULL │ LOCALTIMESTAMP");
    }

    @Test
    void sqlPrintsABoxTableWithNullShownAsNullAndBothIdsOfAJoinNamedWithTheirTables() {
        FklabRun.Result result = FklabRun.commands("listing set-band 1 none",
                "sql SELECT l.id, l.title, b.id, b.name FROM listing l LEFT JOIN band b ON b.id = l.band_id ORDER BY l.id;");

        assertThat(result.out())
                .contains("│ listing.id │ listing.title              │ band.id │ band.name    │")
                .contains("│          1 │ Cut Copy t-shirt           │    NULL │ NULL         │")
                .contains("│          2 │ De La Soul tour poster     │       1 │ De La Soul   │")
                .contains("3 rows");
    }

    @Test
    void selectStarOfAJoinNamesEveryColumnWithItsTableAndAnAliasStaysAsGiven() {
        FklabRun.Result result = FklabRun.commands("sql SELECT * FROM listing l JOIN band b ON b.id = l.band_id"
                + " ORDER BY l.id;", "sql SELECT l.id AS listing, b.id FROM listing l JOIN band b ON b.id = l.band_id;");

        assertThat(result.out()).contains("│ listing.id │ listing.title              │ listing.band_id │ band.id │"
                + " band.name    │").contains("│ listing │ id │");
    }

    @Test
    void sqlReportsChangedRowsAndRunsSeveralStatements() {
        FklabRun.Result result = FklabRun.commands("sql INSERT INTO band (name) VALUES ('Wilco'); UPDATE listing SET band_id = 4"
                + " WHERE id > 1; DELETE FROM listing WHERE id = 3;", "listing list --band Wilco");

        assertThat(result.out()).contains("1 row inserted.", "2 rows updated.", "1 row deleted.")
                .contains("De La Soul tour poster", "1 listing");
    }

    @Test
    void aFailingStatementUndoesTheEarlierOnesOfTheSameCommand() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going",
                "-c", "sql INSERT INTO band (name) VALUES ('Wilco'); INSERT INTO listing (title, band_id) VALUES ('x', 99);",
                "-c", "band list");

        assertThat(result.err()).contains("Statement 2 of 2: Refused by foreign key fk_listing_band")
                .contains("The statements before it were undone too.");
        assertThat(result.out()).contains("3 bands").doesNotContain("Wilco");
    }

    @Test
    void sqlMaySpanLinesInAScriptUntilItsSemicolon() throws Exception {
        FklabRun.Result result = FklabRun.withInput("sql SELECT name\n   FROM band\n  WHERE name LIKE 'F%';\nband list\n",
                "--in-memory");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("│ Foo Fighters │", "1 row", "3 bands");
    }

    @Test
    void explainOnShowsEachStatementMyBatisRanWithItsParametersAndTime() {
        FklabRun.Result result = FklabRun.commands("explain on", "band show 1", "explain off", "band list");

        String out = result.out();
        assertThat(out).contains("explain is on")
                .contains("BandMapper.findById")
                .contains("SELECT id, name FROM band WHERE id = ?")
                .contains("? = 1")
                .contains("BandMapper.findWithListings")
                .containsPattern("\\d+\\.\\d ms")
                .contains("LEFT JOIN listing l ON l.band_id = b.id");
        assertThat(out.substring(out.indexOf("explain is off"))).doesNotContain("BandMapper.findAll");
    }

    @Test
    void explainOnAlsoShowsTheStatementsTypedIntoSql() {
        FklabRun.Result result = FklabRun.commands("explain on", "sql INSERT INTO author (name) VALUES ('Emily Dickinson');",
                "sql SELECT name FROM author WHERE id = 4;");

        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("1 row inserted.", "│ Emily Dickinson │", "SqlConsoleMapper.execute");
    }
}
