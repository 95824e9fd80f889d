package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void helpListsEveryCommandByArea() {
        FklabRun.Result result = FklabRun.commands("help");

        assertThat(result.out()).contains("Data (one-to-many", "Database", "Shell")
                .contains("band (bands)", "listing (listings)", "author (authors)", "book (books)")
                .contains("tables", "describe", "sql", "explain", "help", "exit")
                .contains("add | delete | list | rename | show");
    }

    @Test
    void helpOfACommandAndOfASubcommandShowsTheirUsage() {
        FklabRun.Result result = FklabRun.commands("help band delete", "help listing");

        assertThat(result.out()).contains("Usage: band delete [--dry-run] BAND", "--dry-run", "Only say what would happen")
                .contains("Usage: listing [COMMAND]", "set-band");
    }

    @Test
    void helpOfAnUnknownCommandSaysSo() {
        FklabRun.Result result = FklabRun.commands("help bandz");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("There is no command 'bandz'.");
    }
}
