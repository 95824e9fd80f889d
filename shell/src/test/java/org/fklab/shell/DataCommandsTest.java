package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataCommandsTest {

    @Test
    void freshWorkspaceHoldsTheLessonsBandsAndListingsLinkedAsItsTableShows() {
        FklabRun.Result result = FklabRun.commands("band list", "listing list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("│  1 │ De La Soul   │", "│  2 │ Foo Fighters │", "│  3 │ Cut Copy     │", "3 bands")
                .contains("│  1 │ Cut Copy t-shirt           │       3 │ Cut Copy     │")
                .contains("│  2 │ De La Soul tour poster     │       1 │ De La Soul   │")
                .contains("│  3 │ Foo Fighters single poster │       2 │ Foo Fighters │");
    }

    @Test
    void bandShowListsItsListingsTheReverseSide() {
        FklabRun.Result result = FklabRun.commands("band show \"Foo Fighters\"", "band show 3");

        assertThat(result.out())
                .contains("band 2: Foo Fighters", "listing.band_id = 2", "Foo Fighters single poster")
                .contains("band 3: Cut Copy", "Cut Copy t-shirt");
    }

    @Test
    void listingShowShowsItsBandByDisplayNameTheForwardSide() {
        FklabRun.Result result = FklabRun.commands("listing show 2");

        assertThat(result.out()).contains("listing 2: De La Soul tour poster")
                .containsPattern("band_id\\s+1")
                .containsPattern("band\\s+De La Soul\\s+\\(listing\\.band → band 1\\)");
    }

    @Test
    void namesWithQuotesSemicolonsAndNonAsciiLettersAreStoredExactlyAsTyped() {
        FklabRun.Result result = FklabRun.commands("band add \"Guns N' Roses\"", "band add 'The \"Band\"'",
                "band add \"AC;DC\"", "band add \"Sigur Rós\"", "band add 東京事変", "band list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Added band 4: Guns N' Roses", "│  5 │ The \"Band\"", "│  6 │ AC;DC",
                "│  7 │ Sigur Rós", "│  8 │ 東京事変");
    }

    @Test
    void addingALinkedListingAndFilteringByBand() {
        FklabRun.Result result = FklabRun.commands("listing add \"Tour hoodie\" --band \"Cut Copy\"",
                "listing list --band 3");

        assertThat(result.out()).contains("Added listing 4: Tour hoodie (band 3: Cut Copy)")
                .contains("│  1 │ Cut Copy t-shirt │", "│  4 │ Tour hoodie      │", "2 listings")
                .doesNotContain("De La Soul tour poster");
    }

    @Test
    void aListingMayHaveNoBandAndOrphansCanBeListed() {
        FklabRun.Result result = FklabRun.commands("listing add Sticker", "listing set-band 1 none",
                "listing list --orphans");

        assertThat(result.out()).contains("Added listing 4: Sticker (no band)")
                .contains("Listing 1 now has no band (band_id = NULL).")
                .contains("Cut Copy t-shirt", "Sticker", "2 listings")
                .doesNotContain("Foo Fighters single poster");
    }

    @Test
    void setBandPointsAListingAtAnotherBand() {
        FklabRun.Result result = FklabRun.commands("listing set-band 1 \"De La Soul\"", "band show 1");

        assertThat(result.out()).contains("Listing 1 now belongs to band 1: De La Soul (band_id = 1).")
                .contains("Cut Copy t-shirt", "De La Soul tour poster");
    }

    @Test
    void pluralAliasesWorkLikeTheSingularCommands() {
        FklabRun.Result result = FklabRun.commands("bands", "listings list --band 1", "authors", "books");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("3 bands", "De La Soul tour poster", "3 authors", "5 books");
    }

    @Test
    void authorListWithBooksPrintsTheNestedAuthorToBooksView() {
        FklabRun.Result result = FklabRun.commands("author add \"Octavia Butler\"", "author list --with-books");

        assertThat(result.out()).contains("Jane Austen\n  • Pride and Prejudice\n  • Emma\n")
                .contains("Louisa May Alcott\n  • Little Women\n  • Good Wives\n")
                .contains("Octavia Butler\n  (no books)");
    }

    @Test
    void bookAddCreatesABookFromItsAuthorAndShowsBothTimestamps() {
        FklabRun.Result result = FklabRun.commands("book add Kindred --author \"Mary Shelley\"", "book show 6",
                "book list --author 3");

        assertThat(result.out()).contains("Added book 6: Kindred (author 3: Mary Shelley)")
                .containsPattern("created_at\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}")
                .containsPattern("updated_at\\s+\\d{4}-")
                .contains("Frankenstein", "Kindred", "2 books");
    }

    @Test
    void renamingMovesUpdatedAtButNotCreatedAt() throws Exception {
        FklabRun.Result result = FklabRun.commands("author show 1", "sql SELECT 1 FROM author WHERE id = 1;",
                "author rename 1 \"J. Austen\"", "author show 1");

        String[] shows = result.out().split("author 1: ");
        String before = shows[1];
        String after = shows[2];
        assertThat(field(after, "created_at")).isEqualTo(field(before, "created_at"));
        assertThat(field(after, "updated_at")).isGreaterThan(field(before, "updated_at"));
        assertThat(after).startsWith("J. Austen");
    }

    private static String field(String block, String name) {
        return block.lines().filter(l -> l.strip().startsWith(name)).findFirst().orElseThrow()
                .strip().substring(name.length()).strip();
    }
}
