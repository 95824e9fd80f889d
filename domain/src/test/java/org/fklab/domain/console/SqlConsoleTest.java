package org.fklab.domain.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.fklab.domain.DomainException;
import org.fklab.domain.TestSandbox;
import org.fklab.domain.band.Band;
import org.fklab.domain.band.Bands;
import org.fklab.domain.listing.Listings;
import org.fklab.domain.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

class SqlConsoleTest {

    private static ResultTable single(Sandbox sandbox, String sql) {
        List<SqlConsole.Outcome> outcomes = new SqlConsole(sandbox).run(sql);
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0).result();
    }

    @Test
    void selectReturnsColumnsAndRows() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("Blur");

            ResultTable result = single(sandbox, "SELECT id, name FROM band ORDER BY id DESC");

            assertThat(result.hasRows()).isTrue();
            assertThat(result.columns()).containsExactly("id", "name");
            assertThat(result.numeric()).containsExactly(true, false);
            assertThat(result.rows()).containsExactly(List.of(2L, "Blur"), List.of(1L, "Muse"));
            assertThat(result.totalRows()).isEqualTo(2L);
        }
    }

    @Test
    void joinKeepsBothIdColumnsNamedWithTheirTables() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("Blur");
            Listings listings = new Listings(sandbox, bands);
            listings.add("Sticker", Optional.empty());
            listings.add("Blur shirt", Optional.of("Blur"));

            // when
            ResultTable result = single(sandbox,
                    "SELECT b.id, b.name, l.id, l.title FROM band b JOIN listing l ON l.band_id = b.id");

            // then
            assertThat(result.columns()).containsExactly("band.id", "band.name", "listing.id", "listing.title");
            assertThat(result.rows()).containsExactly(List.of(2L, "Blur", 2L, "Blur shirt"));
        }
    }

    @Test
    void anAliasTheLearnerGaveWinsOverTheTableName() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            ResultTable result = single(sandbox, "SELECT l.id, b.id AS band_key, b.id FROM listing l"
                    + " JOIN band b ON b.id = l.band_id");

            assertThat(result.columns()).containsExactly("listing.id", "band_key", "band.id");
        }
    }

    @Test
    void columnsWithoutARepeatedLabelKeepTheirPlainNames() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            ResultTable result = single(sandbox, "SELECT l.title, b.name FROM listing l JOIN band b ON b.id = l.band_id");

            assertThat(result.columns()).containsExactly("title", "name");
        }
    }

    @Test
    void rowsGoToTheReceiverOneByOneUntilItWantsNoMore() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            List<Object[]> received = new ArrayList<>();
            List<SqlConsole.Outcome> done = new ArrayList<>();
            RowReceiver.Results results = new RowReceiver.Results() {
                @Override
                public RowReceiver open(String statement, List<String> columns, List<Boolean> numeric) {
                    assertThat(columns).containsExactly("n");
                    return values -> {
                        received.add(values);
                        return received.size() < 3;
                    };
                }

                @Override
                public void done(SqlConsole.Outcome outcome) {
                    done.add(outcome);
                }
            };

            // when
            Optional<String> stop = new SqlConsole(sandbox).run("SELECT n FROM UNNEST(SEQUENCE_ARRAY(1, 500, 1)) AS t(n);"
                    + " INSERT INTO band (name) VALUES ('Muse')", () -> false, results);

            // then
            assertThat(stop).isEmpty();
            assertThat(received).extracting(values -> values[0]).containsExactly(1, 2, 3);
            assertThat(done).hasSize(2);
            assertThat(done.get(0).result().totalRows()).isEqualTo(3);
            assertThat(done.get(1).result().updateCount()).isEqualTo(1);
            assertThat(new Bands(sandbox).list()).extracting(Band::getName).containsExactly("Muse");
        }
    }

    @Test
    void aStopWhileRowsAreReadUndoesTheCommandAndRunsNothingAfter() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            AtomicBoolean stopped = new AtomicBoolean();
            RowReceiver.Results results = new RowReceiver.Results() {
                @Override
                public RowReceiver open(String statement, List<String> columns, List<Boolean> numeric) {
                    return values -> {
                        stopped.set(true); // Ctrl-C at the first row
                        return false;
                    };
                }

                @Override
                public void done(SqlConsole.Outcome outcome) {
                }
            };

            // when
            Optional<String> stop = new SqlConsole(sandbox).run("INSERT INTO band (name) VALUES ('Muse');"
                    + " SELECT * FROM band; INSERT INTO band (name) VALUES ('Blur')", stopped::get, results);

            // then
            assertThat(stop).contains("The statements after it did not run. The statements before it were undone too.");
            assertThat(new Bands(sandbox).list()).isEmpty();
        }
    }

    @Test
    void aliasesInMixedCaseAreKept() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            ResultTable result = single(sandbox, "SELECT COUNT(*) AS \"Band Count\", COUNT(*) AS total FROM band");

            assertThat(result.columns()).containsExactly("Band Count", "total");
            assertThat(result.rows()).containsExactly(List.of(0L, 0L));
        }
    }

    @Test
    void nullValuesComeBackAsNull() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            new Listings(sandbox, new Bands(sandbox)).add("Sticker", Optional.empty());

            ResultTable result = single(sandbox, "SELECT title, band_id FROM listing");

            assertThat(result.rows()).containsExactly(Arrays.asList("Sticker", null));
        }
    }

    @Test
    void insertUpdateAndDeleteReportHowManyRowsTheyChanged() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // when
            List<SqlConsole.Outcome> outcomes = new SqlConsole(sandbox).run(
                    "INSERT INTO band (name) VALUES ('Muse'), ('Blur'), ('Oasis');"
                            + " UPDATE band SET name = UPPER(name) WHERE id > 1;"
                            + " DELETE FROM band WHERE id = 3;"
                            + " UPDATE band SET name = 'x' WHERE id = 99");

            // then
            assertThat(outcomes).extracting(SqlConsole.Outcome::verb)
                    .containsExactly("INSERT", "UPDATE", "DELETE", "UPDATE");
            assertThat(outcomes).extracting(o -> o.result().hasRows()).containsOnly(false);
            assertThat(outcomes).extracting(o -> o.result().updateCount()).containsExactly(3L, 2L, 1L, 0L);
            assertThat(new Bands(sandbox).list()).extracting(Band::getName).containsExactly("Muse", "BLUR");
        }
    }

    @Test
    void ddlReportsNoRowsAndNoChangedRows() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            ResultTable result = single(sandbox, "CREATE TABLE tour (id BIGINT PRIMARY KEY, title VARCHAR(20))");

            assertThat(result.hasRows()).isFalse();
            assertThat(result.updateCount()).isZero();
            assertThat(single(sandbox, "SELECT COUNT(*) FROM tour").rows()).containsExactly(List.of(0L));
        }
    }

    @Test
    void statementsAreCommitted() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            new SqlConsole(sandbox).run("INSERT INTO band (name) VALUES ('Muse');");

            assertThat(new Bands(sandbox).list()).extracting(Band::getName).containsExactly("Muse");
        }
    }

    @Test
    void verbIsTheFirstKeywordInUpperCase() {
        assertThat(new SqlConsole.Outcome("  select 1", null).verb()).isEqualTo("SELECT");
        assertThat(new SqlConsole.Outcome("create\ntable t (id int)", null).verb()).isEqualTo("CREATE");
    }

    @Test
    void verbSkipsACommentBeforeTheStatement() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // a script line with a comment above the statement, as split by SqlScript
            List<SqlConsole.Outcome> outcomes = new SqlConsole(sandbox).run(
                    "-- add a band\nINSERT INTO band (name) VALUES ('Muse');\n"
                            + "/* and rename it */ UPDATE band SET name = 'MUSE'");

            assertThat(outcomes).extracting(SqlConsole.Outcome::verb).containsExactly("INSERT", "UPDATE");
            assertThat(outcomes).extracting(o -> o.result().updateCount()).containsExactly(1L, 1L);
        }
    }

    @Test
    void shutdownAfterACommentIsRefusedToo() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SqlConsole console = new SqlConsole(sandbox);

            assertThatThrownBy(() -> console.run("/* done for today */ SHUTDOWN"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("SHUTDOWN manages the database files");

            // the database is still open
            assertThat(new Bands(sandbox).add("Muse").getId()).isEqualTo(1L);
        }
    }

    @Test
    void aSchemaChangeBeforeAFailingStatementIsSaidToStandForItDoes() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SqlConsole console = new SqlConsole(sandbox);

            assertThatThrownBy(() -> console.run("INSERT INTO band (name) VALUES ('Muse');"
                    + " ALTER TABLE listing DROP CONSTRAINT fk_listing_band; SELECT nothing FROM nowhere"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("Statement 3 of 3: ")
                    .hasMessageEndingWith("Statements 1 to 2 stand: HSQLDB makes a schema change (ALTER) for good the"
                            + " moment it runs, with everything before it. 'undo' takes the whole command back.");

            assertThat(single(sandbox, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS"
                    + " WHERE CONSTRAINT_NAME = 'FK_LISTING_BAND'").rows()).containsExactly(List.of(0L));
            assertThat(new Bands(sandbox).list()).extracting(b -> b.getName()).containsExactly("Muse");
        }
    }

    @Test
    void aFailingSecondStatementRollsBackTheFirst() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            SqlConsole console = new SqlConsole(sandbox);

            // when
            assertThatThrownBy(() -> console.run("INSERT INTO band (name) VALUES ('Muse');"
                    + " INSERT INTO listing (title, band_id) VALUES ('Poster', 99)"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("Statement 2 of 2: ")
                    .hasMessageContaining("fk_listing_band")
                    .hasMessageEndingWith("The statements before it were undone too.");

            // then
            assertThat(new Bands(sandbox).list()).isEmpty();
            assertThat(single(sandbox, "SELECT COUNT(*) FROM listing").rows()).containsExactly(List.of(0L));
        }
    }

    @Test
    void aFailingSingleStatementNamesNoPosition() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SqlConsole console = new SqlConsole(sandbox);

            assertThatThrownBy(() -> console.run("INSERT INTO listing (title, band_id) VALUES ('P', 5)"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("Refused by foreign key fk_listing_band: listing would point at 5");
        }
    }

    @Test
    void shutdownIsRefusedAndNothingElseInTheCommandRuns() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SqlConsole console = new SqlConsole(sandbox);

            assertThatThrownBy(() -> console.run("INSERT INTO band (name) VALUES ('Muse'); shutdown compact"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("SHUTDOWN manages the database files")
                    .hasMessageContaining("not available in 'sql'");
            assertThatThrownBy(() -> console.run("CHECKPOINT"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("CHECKPOINT");

            // the database is still open and the insert never ran
            assertThat(new Bands(sandbox).list()).isEmpty();
        }
    }

    @Test
    void noStatementIsRefused() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            assertThatThrownBy(() -> new SqlConsole(sandbox).run(" ; -- nothing"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("There is no statement to run.");
        }
    }

    @Test
    void misspelledKeywordIsASyntaxErrorNearIt() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            assertThatThrownBy(() -> new SqlConsole(sandbox).run("SELEC * FROM band"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("SQL syntax error near 'SELEC'.");
        }
    }

    @Test
    void unfinishedStatementSaysItEndsTooEarly() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            assertThatThrownBy(() -> new SqlConsole(sandbox).run("SELECT * FROM band WHERE"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("the statement ends too early");
        }
    }

    @Test
    void unknownColumnOrTableIsNamed() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SqlConsole console = new SqlConsole(sandbox);

            assertThatThrownBy(() -> console.run("SELECT nope FROM band"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("no table or column named nope");
            assertThatThrownBy(() -> console.run("SELECT * FROM bands"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("no table or column named bands");
        }
    }

    @Test
    void moreRowsThanTheLimitAreCountedButNotKept() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            int many = ResultTable.MAX_ROWS + 5;
            ResultTable insert = single(sandbox, "INSERT INTO band (name) SELECT 'band ' || x"
                    + " FROM UNNEST(SEQUENCE_ARRAY(1, " + many + ", 1)) AS t(x)");
            assertThat(insert.updateCount()).isEqualTo(many);

            // when
            ResultTable result = single(sandbox, "SELECT id, name FROM band ORDER BY id");

            // then
            assertThat(result.rows()).hasSize(ResultTable.MAX_ROWS);
            assertThat(result.totalRows()).isEqualTo(many);
            assertThat(result.rows().get(0)).containsExactly(1L, "band 1");
            assertThat(result.rows().get(ResultTable.MAX_ROWS - 1))
                    .containsExactly((long) ResultTable.MAX_ROWS, "band " + ResultTable.MAX_ROWS);
        }
    }

    @Test
    void learnersSqlReachesTheDatabaseVerbatim() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // #{...} and ${...} mean nothing to the console: they are stored as typed
            new SqlConsole(sandbox).run("INSERT INTO band (name) VALUES ('#{name} ${x}')");

            assertThat(new Bands(sandbox).list()).extracting(Band::getName).containsExactly("#{name} ${x}");
        }
    }

    @Test
    void theSameSelectRunTwiceSeesTheChangeBetween() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            List<SqlConsole.Outcome> outcomes = new SqlConsole(sandbox).run(
                    "SELECT COUNT(*) FROM band; INSERT INTO band (name) VALUES ('Muse'); SELECT COUNT(*) FROM band");

            assertThat(outcomes.get(0).result().rows()).containsExactly(List.of(0L));
            assertThat(outcomes.get(2).result().rows()).containsExactly(List.of(1L));
        }
    }

    @Test
    void aRunawayStatementCancelledFromAnotherThreadStopsAndChangesNothing() throws Exception {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SqlConsole console = new SqlConsole(sandbox);
            console.run("INSERT INTO band (name) SELECT 'Band ' || n FROM UNNEST(SEQUENCE_ARRAY(1, 2000, 1)) AS t(n);");
            AtomicBoolean stopped = new AtomicBoolean();
            CompletableFuture<List<SqlConsole.Outcome>> run = CompletableFuture.supplyAsync(() -> console.run(
                    "UPDATE band SET name = name || '!' WHERE id = 1; SELECT COUNT(*) FROM band a, band b, band c;",
                    stopped::get));

            Thread.sleep(500);
            stopped.set(true);
            boolean wasRunning = sandbox.cancelRunningStatements();

            assertThat(wasRunning).isTrue();
            assertThatThrownBy(() -> run.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(DomainException.class)
                    .cause().hasMessageStartingWith("Statement 2 of 2: stopped (Ctrl-C) before it finished;"
                            + " it changed nothing. The statements before it were undone too.");
            assertThat(single(sandbox, "SELECT name FROM band WHERE id = 1;").rows())
                    .containsExactly(List.of("Band 1")); // the UPDATE before it was undone
            assertThat(sandbox.cancelRunningStatements()).as("nothing runs any more").isFalse();
        }
    }
}
