package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

/** Outside the pager a table prints at most 1000 rows unless --all, and says how many more there are. */
class RowLimitTest {

    /** 2,000 more listings than the tutorial's 3, made by one statement: long enough, and quick. */
    static final String TWO_THOUSAND_LISTINGS = "sql INSERT INTO listing (title, band_id) SELECT 'Listing ' || n,"
            + " MOD(n, 3) + 1 FROM UNNEST(SEQUENCE_ARRAY(1, 2000, 1)) AS t(n);";

    @Test
    void aLongListPrintsTheFirstThousandRowsAndSaysHowManyMoreAndHowToSeeThem() {
        FklabRun.Result result = FklabRun.commands(TWO_THOUSAND_LISTINGS, "listing list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("│ 1000 │ Listing 997 ").doesNotContain("│ 1001 │", "2,003 listings")
                .contains("… and 1,003 more listings: --all shows them all, --out FILE writes them");
    }

    @Test
    void allPrintsEveryRow() {
        FklabRun.Result result = FklabRun.commands(TWO_THOUSAND_LISTINGS, "listing list --all");

        assertThat(result.out()).contains("│ 2003 │ Listing 2000 ", "2,003 listings").doesNotContain("more listings");
    }

    @Test
    void aLongQueryIsCutTooAndSaysItsOptionsGoAfterTheSemicolon() {
        String query = "sql SELECT n FROM UNNEST(SEQUENCE_ARRAY(1, 1500, 1)) AS t(n);";

        FklabRun.Result cut = FklabRun.commands(query);
        FklabRun.Result all = FklabRun.commands(query + " --all");

        assertThat(cut.out()).contains("│ 1000 │").doesNotContain("│ 1001 │")
                .contains("… and 500 more rows: --all after the ; shows them all, --out FILE writes them");
        assertThat(all.out()).contains("│ 1500 │", "1,500 rows");
    }

    @Test
    void inTheFormatsToTakeAwayTheNoteGoesToStandardErrorSoTheOutputStillParses() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--format", "json", "-c", TWO_THOUSAND_LISTINGS,
                "-c", "listing list");

        String out = result.out();
        assertThat(JsonParser.parseString(out.substring(out.indexOf('['))).getAsJsonArray()).hasSize(1000);
        assertThat(result.err()).contains("… and 1,003 more listings: --all shows them all");
    }
}
