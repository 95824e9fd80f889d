package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractiveShellTest {

    private static final String PROMPT = "fklab> ";

    @TempDir
    Path folder;

    @Test
    void welcomesTheLearnerAndRunsWhatTheyType() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("band list\r").await("3 bands");

            assertThat(shell.text()).contains("learn foreign keys and schema migrations by doing",
                    "Database: HSQLDB 2.7.4 (engine says how its foreign keys differ", "Type tutorial for the lessons, help for the commands",
                    "exit or Ctrl-D leaves", "│  1 │ De La Soul   │");
        }
    }

    @Test
    void ctrlDLeavesCleanly() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("\u0004");

            assertThat(shell.exitCode()).isZero();
        }
    }

    @Test
    void exitLeavesCleanly() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("exit\r");

            assertThat(shell.exitCode()).isZero();
        }
    }

    @Test
    void ctrlCDropsTheLineBeingTypedAndKeepsTheShell() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("band add Forgotten").awaitScreen("band add Forgotten").type("\u0003").awaitCount(PROMPT, 2)
                    .type("band list\r").await("3 bands");

            assertThat(shell.text()).doesNotContain("Added band");
            assertThat(shell.finished()).isFalse();
        }
    }

    @Test
    void anErrorIsShownAndTheShellGoesOn() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("band show 99\r").await("There is no band with id 99.")
                    .type("band lst\r").await("Did you mean 'band list'?")
                    .type("band list\r").await("3 bands");

            assertThat(shell.text()).doesNotContain("Exception");
        }
    }

    @Test
    void tabCompletesCommandsSubcommandsAndBandNames() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("desc\t").type("lis\t\r").await("listing (3 rows)")
                    .type("band sh\t").type("Foo\t\r").await("band 2: Foo Fighters");

            assertThat(shell.text()).contains("Foo Fighters single poster");
        }
    }

    @Test
    void aSqlStatementContinuesOverLinesUntilItsSemicolon() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("sql SELECT name\r").await("...> ").type("FROM band WHERE id = 3;\r")
                    .await("1 row");

            assertThat(shell.text()).contains("│ Cut Copy │");
        }
    }

    @Test
    void colourOnATerminalButNeverWithNoColor() throws Exception {
        String coloured;
        String plain;
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await(PROMPT).type("band show 99\r").await("There is no band");
            coloured = shell.raw();
        }
        try (VirtualTerminal shell = new VirtualTerminal(Map.of("NO_COLOR", "1"), "--in-memory")) {
            shell.await(PROMPT).type("band show 99\r").await("There is no band");
            plain = shell.raw();
        }
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory", "--no-color")) {
            shell.await(PROMPT).type("band list\r").await("3 bands");
            assertThat(shell.raw()).doesNotContain("\u001b[1m", "\u001b[32m");
        }

        assertThat(coloured).contains("\u001b[31;1merror:", "\u001b[32mfklab");
        assertThat(plain).doesNotContain("\u001b[31;1m", "\u001b[32m", "\u001b[1m");
    }

    @Test
    void historyIsKeptInTheWorkspace() throws Exception {
        Path workspace = folder.resolve("ws");
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--workspace", workspace.toString())) {
            shell.await(PROMPT).type("band show 1\r").await("band 1: De La Soul").type("exit\r");
            assertThat(shell.exitCode()).isZero();
        }

        assertThat(Files.readString(workspace.resolve("history"))).contains("band show 1");
    }
}
