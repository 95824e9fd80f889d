package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jline.terminal.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell as a person uses it, through a JLine terminal: completion, highlighting, suggestions
 * from history, expanded rows, a dumb terminal, Ctrl-C in a demo.
 */
class ShellCraftTest {

    private static final String PROMPT = "fklab> ";
    /** What xterm sends for the right arrow once JLine has turned on its application cursor keys. */
    private static final String RIGHT_ARROW = "\u001bOC";
    private static final Pattern SGR = Pattern.compile("\u001b\\[([0-9;]*)m");

    @TempDir
    Path folder;

    @Test
    void tabQuotesABandNameWithSpaces() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("band show Foo\t").awaitScreen("band show \"Foo Fighters\"").type("\r")
                    .await("band 2: Foo Fighters");
        }
    }

    @Test
    void tabCompletesTablesAndQualifiedColumnsInSql() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("sql SELECT band.na\t").awaitScreen("sql SELECT band.name")
                    .type(" FROM ba\t").awaitScreen("FROM band").type(";\r").await("3 rows");

            assertThat(shell.text()).contains("│ De La Soul");
        }
    }

    @Test
    void afterJoinTableOnTabOffersTheForeignKeyJoinCondition() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("sql SELECT listing.title, band.name FROM listing JOIN band ON \t")
                    .awaitScreen("ON listing.band_id = band.id").type(";\r").await("3 rows");

            assertThat(shell.text()).contains("│ Foo Fighters single poster │ Foo Fighters │");
        }
    }

    @Test
    void theJoinConditionUsesTheAliasesOfTheStatement() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("sql SELECT b.name, COUNT(*) FROM band b JOIN listing l ON \t")
                    .awaitScreen("ON l.band_id = b.id").type(" GROUP BY b.name;\r").await("3 rows");
        }
    }

    @Test
    void tabCompletesMigrationNamesLessonNamesAndFilePaths() throws Exception {
        Path csv = Files.writeString(folder.resolve("band-extra.csv"), "name\nKraftwerk\n");
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("sqlmigrate 0003_\t").awaitScreen("sqlmigrate 0003_listing_band").type("\r")
                    .await("ALTER TABLE")
                    .type("tutorial start when-a\t").awaitScreen("tutorial start when-a-parent-is-deleted").type("\u0003")
                    .awaitCount(PROMPT, 3)
                    .type("seed load " + folder + "/band-e\t").awaitScreen(csv.toString()).type(" --table band\r")
                    .await("Loaded 1 row");
        }
    }

    @Test
    void tabCompletesAMigrationsOperationThenItsTablesColumnsAndRules() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            // each completion ends its word with a space, as a person then types on
            shell.await(PROMPT).type("makemigration cascade alter-f\t").awaitScreen("makemigration cascade alter-fk")
                    .type("listi\t").awaitScreen("alter-fk listing").type("band_\t")
                    .awaitScreen("alter-fk listing band_id").type("--on-delete cas\t")
                    .awaitScreen("--on-delete cascade").type("\r").await("Wrote 0005_cascade");
        }
    }

    @Test
    void tabCompletesCommandNamesAfterHelpAndABandAfterAListingsId() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("help sqlmig\t").awaitScreen("help sqlmigrate").type("\r")
                    .await("Print the SQL a migration runs, without running it.")
                    .type("listing set-band 3 De\t").awaitScreen("listing set-band 3 \"De La Soul\"").type("\r")
                    .await("De La Soul");
        }
    }

    @Test
    void commandsAndSqlAreHighlightedInColour() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("sql SELECT name FROM band WHERE id = 1;\r").await("1 row")
                    .type("bnd list").await("bnd list");

            assertThat(shell.raw()).contains("\u001b[34;1mSELECT", "\u001b[35m1")
                    .containsPattern("\u001b\\[31mbnd");
        }
    }

    @Test
    void noColourAtAllUnderNoColorNotEvenInHighlighting() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of("NO_COLOR", "1"), "--in-memory")) {
            shell.await(PROMPT).type("sql SELECT name FROM band WHERE name = 'Cut Copy';\r").await("1 row")
                    .type("bnd list --x").await("bnd list --x").type("\u0003").awaitCount(PROMPT, 3)
                    .type("band show 99\r").await("There is no band");

            assertThat(colours(shell.raw())).isEmpty();
        }
    }

    @Test
    void noDimSuggestionUnderNoColorEither() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of("NO_COLOR", "1"), "--in-memory")) {
            shell.await(PROMPT).type("listing list --band \"Cut Copy\"\r").await("1 listing").type("l")
                    .awaitCount("fklab> l", 1);
            Thread.sleep(300); // time for a suggestion to be drawn, if one were

            assertThat(shell.raw()).doesNotContain("isting list --band \"Cut Copy\"\u001b");
            assertThat(shell.screen().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b)).hasValue("fklab> l");
        }
    }

    @Test
    void aSuggestionFromHistoryIsAcceptedWithTheRightArrow() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("listing list --band \"Cut Copy\"\r").await("1 listing")
                    .type("l").awaitRaw("l\u001b[2misting list --band \"Cut Copy\"") // the rest, faint
                    .type("isting l").awaitScreen("listing list --band \"Cut Copy\"\n");
            assertThat(count(shell.screen(), "fklab> listing list --band \"Cut Copy\"")).isEqualTo(2);

            shell.type(RIGHT_ARROW + "\r").awaitCount("1 listing", 2);
        }
    }

    @Test
    void aTableWiderThanTheTerminalIsShownOneFieldALine() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "xterm-256color", new Size(50, 40),
                "--in-memory")) {
            shell.await(PROMPT).type("sql SELECT * FROM book WHERE id = 1;\r").await("1 row");

            assertThat(shell.text()).contains("─[ row 1 ]", "title      │ Pride and Prejudice")
                    .doesNotContain("┌────");
        }
    }

    @Test
    void messagesLongerThanTheTerminalBreakBetweenWordsNeverInsideOne() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "xterm-256color", new Size(50, 40),
                "--in-memory")) {
            shell.await(PROMPT).type("listing set-band 1 Nobody\r").await("shows them.");

            List<String> lines = shell.screen().lines().map(String::stripTrailing).toList();
            int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("error:")).findFirst().orElseThrow());
            assertThat(lines.subList(first, first + 3)).containsExactly(
                    "error: There is no band named 'Nobody'. Names must",
                    "match exactly, capitals included; 'band list'",
                    "shows them.");
        }
    }

    @Test
    void aDumbTerminalGetsPlainLinesWithoutEscapeCodes() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "dumb", new Size(80, 24), "--in-memory")) {
            shell.await(PROMPT).type("band show 1\r").await("band 1: De La Soul")
                    .type("sql SELECT COUNT(*) FROM band;\r").await("1 row");

            assertThat(shell.raw()).doesNotContain("\u001b");
        }
    }

    @Test
    void ctrlCStopsADemoBetweenTwoCommandsAndUndoTakesItBack() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("band delete 1\r").await("Deleted band 1")
                    .type("demo run on-delete-rules\r").await("fklab> reset --yes").await("Enter runs it")
                    .type("\r").await("The workspace is as new").await("fklab> listing list")
                    .type("\u0003").await("Stopped before on-delete-rules.fk:")
                    .type("band list\r").await("3 bands")
                    .type("undo\r").await("Undid: demo run on-delete-rules")
                    .type("band list\r").await("2 bands");

            assertThat(shell.text()).doesNotContain("End of the demo", "Exception");
        }
    }

    @Test
    void ctrlCEndsTheWaitOfAnAutomaticDemoAtOnce() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("demo run rollback --auto 60\r").await("fklab> reset --yes")
                    .type("\u0003").await("Stopped before rollback.fk:")
                    .type("band list\r").await("3 bands");

            assertThat(shell.text()).doesNotContain("The workspace is as new");
        }
    }

    @Test
    void ctrlCStopsARunawayQueryAndTheShellGoesOn() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("sql INSERT INTO band (name) SELECT 'Band ' || n FROM"
                            + " UNNEST(SEQUENCE_ARRAY(1, 2000, 1)) AS t(n);\r").await("2000 rows")
                    .type("sql SELECT COUNT(*) FROM band a, band b, band c;\r");
            Thread.sleep(700); // the query is under way: 8 billion combinations
            shell.type("\u0003").await("stopped (Ctrl-C) before it finished; it changed nothing.")
                    .type("band show 1\r").await("band 1: De La Soul");

            assertThat(shell.text()).doesNotContain("Exception");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** The colour parameters (30-37, 38;..., 40-47, 90-97...) of every SGR escape in {@code raw}. */
    private static List<String> colours(String raw) {
        List<String> found = new ArrayList<>();
        Matcher matcher = SGR.matcher(raw);
        while (matcher.find()) {
            for (String parameter : matcher.group(1).split(";")) {
                if (parameter.matches("3[0-8]|4[0-8]|9[0-7]|10[0-7]")) {
                    found.add(matcher.group());
                }
            }
        }
        return found;
    }
}
