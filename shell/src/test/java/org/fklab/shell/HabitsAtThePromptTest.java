package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Bare SQL and the psql and sqlite3 habits at the interactive prompt: continued lines, completion, colour. */
class HabitsAtThePromptTest {

    private static final String PROMPT = "fklab> ";

    @Test
    void aBareSelectGoesOnOverLinesUntilItsSemicolon() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("select name\r").await("...> ").type("from band\r").awaitCount("...> ", 2)
                    .type("where id = 3;\r").await("1 row");

            assertThat(shell.text()).contains("│ Cut Copy │").doesNotContain("There is no command");
        }
    }

    @Test
    void tabCompletesInsideBareSqlAsInsideSql() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("select band.na\t").awaitScreen("select band.name")
                    .type(" from ba\t").awaitScreen("from band").type(";\r").await("3 rows");
        }
    }

    @Test
    void bareSqlIsHighlightedAsSqlAndAHabitAsACommand() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("select name from band where id = 1;\r").await("1 row")
                    .type("\\dt\r").await("\\dt is fklab's 'tables'.")
                    .type("\\zz band").await("\\zz band");

            assertThat(shell.raw()).contains("\u001b[34;1mselect", "\u001b[35m1", "\u001b[1m\\d")
                    .containsPattern("\u001b\\[31m\\\\zz");
        }
    }

    @Test
    void backslashDDescribesATableAndSaysSoOnce() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("\\d listing\r").await("listing (3 rows)")
                    .type("\\d listing\r").awaitCount("listing (3 rows)", 2);

            assertThat(shell.text()).containsOnlyOnce("\\d listing is fklab's 'describe listing'.");
        }
    }

    @Test
    void tabCompletesTableNamesAfterBackslashDAndDotSchema() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("\\d lis\t").awaitScreen("\\d listing").type("\r").await("listing (3 rows)")
                    .type(".sch\t").awaitScreen(".schema").type("boo\t").awaitScreen(".schema book").type("\r")
                    .await("CREATE CACHED TABLE PUBLIC.BOOK(");
        }
    }

    @Test
    void backslashQLeaves() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("\\q\r");

            assertThat(shell.exitCode()).isZero();
            assertThat(shell.text()).contains("\\q is fklab's 'exit'.");
        }
    }
}
