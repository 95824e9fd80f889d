package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DELETE typed in sql says what the foreign keys' ON DELETE rules did to the child rows, as band delete does. */
class SqlDeleteTest {

    @TempDir
    Path folder;

    @Test
    void aSqlDeleteOfABandNamesTheListingsItsForeignKeySetToNull() {
        FklabRun.Result result = FklabRun.commands("sql DELETE FROM band WHERE id = 1;", "listing show 2");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("1 row deleted.\n"
                        + "fk_listing_band is ON DELETE SET NULL, so 1 listing now has no band (band_id set to NULL):\n"
                        + "  #2 De La Soul tour poster\n")
                .containsPattern("band_id\\s+NULL");
    }

    @Test
    void aSqlDeleteOfAnAuthorNamesTheBooksDeletedWithIt() {
        FklabRun.Result result = FklabRun.commands("sql DELETE FROM author WHERE name = 'Louisa May Alcott';",
                "book list");

        assertThat(result.out()).contains("1 row deleted.\n"
                        + "fk_book_author is ON DELETE CASCADE, so 2 books were deleted with it:\n"
                        + "  #3 Little Women\n  #4 Good Wives\n")
                .contains("3 books");
    }

    @Test
    void aSqlDeleteOfSeveralBandsNamesTheListingsOfEach() {
        FklabRun.Result result = FklabRun.commands("sql DELETE FROM band b WHERE b.id IN (SELECT band_id FROM listing"
                + " WHERE title LIKE '%poster%') AND b.name <> 'Cut Copy';");

        assertThat(result.out()).contains("2 rows deleted.\n"
                + "fk_listing_band is ON DELETE SET NULL, so 2 listings now have no band (band_id set to NULL):\n"
                + "  #2 De La Soul tour poster\n  #3 Foo Fighters single poster\n");
    }

    @Test
    void aSqlDeleteInsideSeveralStatementsIsReportedWhereItRuns() {
        FklabRun.Result result = FklabRun.commands("sql INSERT INTO band (name) VALUES ('Wilco');"
                + " DELETE FROM band WHERE name = 'Wilco'; DELETE FROM band WHERE id = 2;"
                + " SELECT COUNT(*) AS n FROM band;");

        assertThat(result.out()).contains("1 row inserted.\n1 row deleted.\n"
                        + "No rows pointed at it, so nothing else changed.\n1 row deleted.\n"
                        + "fk_listing_band is ON DELETE SET NULL, so 1 listing now has no band (band_id set to NULL):\n"
                        + "  #3 Foo Fighters single poster\n")
                .containsPattern("│\\s+2 │");
    }

    @Test
    void aSqlDeleteFollowsAForeignKeyOfALearnersOwnTableMadeByAMigration() {
        Path workspace = folder.resolve("ws");
        FklabRun.Result result = FklabRun.inWorkspace(workspace,
                "makemigration 0005_gig create-table gig",
                "makemigration 0006_gig_title add-column gig title varchar(40)",
                "makemigration 0007_gig_band add-fk gig band_id --references band --on-delete cascade",
                "migrate",
                "sql INSERT INTO gig (title, band_id) VALUES ('Brixton', 3), ('Leeds', 3), ('Oslo', 2);",
                "sql DELETE FROM band WHERE id = 3;");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("1 row deleted.\n")
                .contains("fk_gig_band is ON DELETE CASCADE, so 2 gigs were deleted with it:\n"
                        + "  #1 Brixton\n  #2 Leeds\n")
                .contains("fk_listing_band is ON DELETE SET NULL, so 1 listing now has no band (band_id set to NULL):\n"
                        + "  #1 Cut Copy t-shirt\n");
    }

    @Test
    void aBareDeleteReportsTheSameAsSqlDelete() {
        FklabRun.Result result = FklabRun.commands("delete from band where name = 'De La Soul';");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("1 row deleted.\n"
                + "fk_listing_band is ON DELETE SET NULL, so 1 listing now has no band (band_id set to NULL):\n"
                + "  #2 De La Soul tour poster\n");
    }

    @Test
    void aDeleteFklabCannotReadAsASelectGetsNoReportRatherThanAWrongOne() {
        FklabRun.Result result = FklabRun.commands("sql DELETE /* the first band */ FROM band WHERE id = 1;",
                "listing show 2");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("1 row deleted.").doesNotContain("fk_listing_band", "pointed at")
                .containsPattern("band_id\\s+NULL");
    }
}
