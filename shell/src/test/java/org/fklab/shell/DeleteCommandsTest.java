package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeleteCommandsTest {

    @Test
    void deletingABandSetsItsListingsBandToNullAndSaysWhich() {
        FklabRun.Result result = FklabRun.commands("band delete \"De La Soul\"", "listing show 2");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("Deleted band 1 (De La Soul).")
                .contains("fk_listing_band is ON DELETE SET NULL, so 1 listing now has no band (band_id set to NULL):")
                .contains("  #2 De La Soul tour poster")
                .containsPattern("band_id\\s+NULL");
    }

    @Test
    void dryRunPreviewsTheDeleteAndChangesNothing() {
        FklabRun.Result result = FklabRun.commands("band delete 2 --dry-run", "band list", "listing show 3");

        assertThat(result.out())
                .contains("Dry run: nothing was changed. Deleting band 2 (Foo Fighters) would:")
                .contains("1 listing would have no band (band_id would be set to NULL):", "#3 Foo Fighters single poster")
                .contains("│  2 │ Foo Fighters │", "3 bands")
                .containsPattern("band\\s+Foo Fighters");
    }

    @Test
    void deletingAnAuthorCascadesToTheirBooksAndListsThem() {
        FklabRun.Result result = FklabRun.commands("author delete 2", "book list");

        assertThat(result.out())
                .contains("Deleted author 2 (Louisa May Alcott).")
                .contains("fk_book_author is ON DELETE CASCADE, so 2 books were deleted with it:")
                .contains("  #3 Little Women", "  #4 Good Wives", "3 books");
        assertThat(result.out().substring(result.out().indexOf("┌"))).doesNotContain("Little Women");
    }

    /** fk_listing_band made ON DELETE RESTRICT, then {@code delete}, then the bands. */
    private static FklabRun.Result withListingBandRestrict(String delete) {
        return FklabRun.run("--in-memory", "--keep-going",
                "-c", "sql ALTER TABLE listing DROP CONSTRAINT fk_listing_band;",
                "-c", "sql ALTER TABLE listing ADD CONSTRAINT fk_listing_band FOREIGN KEY (band_id) REFERENCES band (id)"
                        + " ON DELETE RESTRICT;",
                "-c", delete,
                "-c", "band list");
    }

    @Test
    void aRestrictForeignKeyRefusesTheDeleteAndNamesTheRowsInTheWay() {
        FklabRun.Result result = withListingBandRestrict("band delete 3");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("error: Cannot delete band 3 (Cut Copy): a foreign key protects it.")
                .contains("fk_listing_band is ON DELETE NO ACTION and 1 listing still points at it, so the delete is refused"
                        + " (RESTRICT is stored as NO ACTION):")
                .contains("#1 Cut Copy t-shirt", "Nothing was changed.");
        assertThat(result.out()).contains("│  3 │ Cut Copy     │");
    }

    @Test
    void deletingABandNoListingPointsAtSaysNothingElseChanged() {
        FklabRun.Result result = FklabRun.commands("band add Wilco", "band delete Wilco");

        assertThat(result.out()).contains("Deleted band 4 (Wilco).", "No rows pointed at it, so nothing else changed.");
    }

    @Test
    void deletingAListingLeavesItsBand() {
        FklabRun.Result result = FklabRun.commands("listing delete 1", "band show 3");

        assertThat(result.out()).contains("Deleted listing 1 (Cut Copy t-shirt).", "band 3: Cut Copy",
                "No listings point at it");
    }

    @Test
    void aSqlDeleteThatARestrictKeyRefusesNamesTheRowsInTheWayAndChangesNothing() {
        FklabRun.Result result = withListingBandRestrict("sql DELETE FROM band WHERE id = 3;");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("error: Refused by foreign key fk_listing_band:")
                .contains("\n  fk_listing_band is ON DELETE NO ACTION and 1 listing still points at it, so the"
                        + " delete is refused (RESTRICT is stored as NO ACTION):\n    #1 Cut Copy t-shirt")
                .doesNotContain("Exception");
        assertThat(result.out()).doesNotContain("row deleted").contains("│  3 │ Cut Copy     │", "3 bands");
    }
}
