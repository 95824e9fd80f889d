package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long output in the interactive shell: through JLine's less (or $PAGER) a screen at a time, and stopped by
 * Ctrl-C where it is printed straight to the terminal.
 */
class PagerTest {

    private static final String PROMPT = "fklab> ";
    private static final String PAGER_STATUS = "listing list  (space: next page, /: search, q: quit)";

    @TempDir
    Path folder;

    @Test
    void aListLongerThanTheScreenShowsItsFirstScreenInThePagerAndQReturnsToThePrompt() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type(RowLimitTest.TWO_THOUSAND_LISTINGS + "\r").await("2000 rows inserted.")
                    .type("listing list\r").awaitScreen(PAGER_STATUS);

            // less draws the box with the terminal's line-drawing set, which the screen emulator shows as | and +
            assertThat(shell.screen()).contains("|    1 | Cut Copy t-shirt", "|   36 | Listing 33 ")
                    .doesNotContain("|   37 |");

            shell.type(" ").awaitScreen("|   74 | Listing 71 ").type("G").awaitScreen("2,003 listings")
                    .type("q").awaitCount(PROMPT, 3)
                    .type("band list\r").awaitScreen("3 bands");
            assertThat(shell.finished()).isFalse();
        }
    }

    @Test
    void outputThatFitsTheScreenIsPrintedWithoutThePager() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("listing list\r").await("3 listings").awaitCount(PROMPT, 2);

            assertThat(shell.text()).doesNotContain("q: quit");
        }
    }

    @Test
    void sqlResultsGoThroughThePagerToo() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("sql SELECT n FROM UNNEST(SEQUENCE_ARRAY(1, 5000, 1)) AS t(n);\r")
                    .awaitScreen("sql  (space: next page, /: search, q: quit)")
                    .type("q").awaitCount(PROMPT, 2);

            assertThat(shell.text()).doesNotContain("│ 5000 │", "5,000 rows", "more rows");
        }
    }

    @Test
    void ctrlCInThePagerStopsTheRestFromComingAndSaysSoAfterQ() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            // the pager holds less than these 2,003 rows: the command waits for it, and Ctrl-C stops it there
            shell.await(PROMPT).type(RowLimitTest.TWO_THOUSAND_LISTINGS + "\r").await("2000 rows inserted.")
                    .type("listing list\r").awaitScreen(PAGER_STATUS)
                    .type("\u0003").type("G").awaitScreen("(END)").type("q")
                    .await("Stopped (Ctrl-C) after ").awaitCount(PROMPT, 3);

            assertThat(shell.textAfterLast("Stopped (Ctrl-C) after "))
                    .containsPattern("Stopped \\(Ctrl-C\\) after [\\d,]+ of 2,003 listings\\. A list only reads:"
                            + " nothing was changed\\.");
            assertThat(shell.text()).doesNotContain("│ 2003 │", "2,003 listings\n");
        }
    }

    @Test
    void ctrlCWhileALongListIsPrintedStraightToTheTerminalStopsItAtOnce() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of("PAGER", "cat"), "--in-memory")) {
            shell.await(PROMPT).type(RowLimitTest.TWO_THOUSAND_LISTINGS + "\r").await("2000 rows inserted.")
                    .holdOutputOnceItShows("│ 1500 │").type("listing list --all\r").awaitHeld()
                    .ctrlCWhileHeld().release()
                    .await("Stopped (Ctrl-C) after ").awaitCount(PROMPT, 3);

            assertThat(shell.text()).containsPattern("Stopped \\(Ctrl-C\\) after 1,[5-9]\\d\\d of 2,003 listings\\.")
                    .doesNotContain("│ 2003 │", "2,003 listings\n", "q: quit");
            shell.type("band list\r").await("3 bands");
        }
    }

    @Test
    void pagerCatOrEmptyPrintsStraightToTheTerminalWithTheRowLimit() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of("PAGER", ""), "--in-memory")) {
            shell.await(PROMPT).type(RowLimitTest.TWO_THOUSAND_LISTINGS + "\r").await("2000 rows inserted.")
                    .type("listing list\r").await("… and 1,003 more listings: --all shows them all");

            assertThat(shell.text()).contains("│ 1000 │").doesNotContain("q: quit", "│ 1001 │");
        }
    }

    @Test
    void thePagerPagerNamesGetsThePlainTextAndMayQuitEarly() throws Exception {
        Path all = folder.resolve("all.txt");
        Path head = folder.resolve("head.txt");
        try (VirtualTerminal shell = new VirtualTerminal(Map.of("PAGER", "cat > " + all), "--in-memory")) {
            shell.await(PROMPT).type(RowLimitTest.TWO_THOUSAND_LISTINGS + "\r").await("2000 rows inserted.")
                    .type("listing list\r").awaitCount(PROMPT, 3);
        }
        try (VirtualTerminal shell = new VirtualTerminal(Map.of("PAGER", "head -n 5 > " + head), "--in-memory")) {
            shell.await(PROMPT).type(RowLimitTest.TWO_THOUSAND_LISTINGS + "\r").await("2000 rows inserted.")
                    .type("listing list\r").awaitCount(PROMPT, 3).type("band list\r").await("3 bands");

            assertThat(shell.text()).doesNotContain("error", "Exception");
        }

        assertThat(Files.readString(all)).contains("│ 2003 │ Listing 2000 ", "2,003 listings").doesNotContain("\u001b[");
        assertThat(Files.readAllLines(head)).hasSize(5);
    }

    @Test
    void aPagerThatDoesNotRunIsNamedWithTheFix() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of("PAGER", "no-such-pager-here"), "--in-memory")) {
            shell.await(PROMPT).type(RowLimitTest.TWO_THOUSAND_LISTINGS + "\r").await("2000 rows inserted.")
                    .type("listing list\r").await("or to cat for none.").awaitCount(PROMPT, 3);

            assertThat(shell.text().replace("\r\n", " ")).contains("The pager 'no-such-pager-here' that PAGER names did"
                    + " not run (exit code 127). Set PAGER to a pager such as less, or to cat for none.");
        }
    }

    @Test
    void sqlOptionsTypedAfterTheSemicolonEndTheStatement() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("sql SELECT name FROM band WHERE id = 1; --format csv\r")
                    .await("\"De La Soul\"").awaitCount(PROMPT, 2);

            assertThat(shell.text()).doesNotContain("...>");
        }
    }

    @Test
    void tabCompletesTheFormats() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("format js\t").awaitScreen("format json").type("\r").await("format is json")
                    .type("band list --format mark\t").awaitScreen("band list --format markdown").type("\r")
                    .await("| 1 | De La Soul |");
        }
    }
}
