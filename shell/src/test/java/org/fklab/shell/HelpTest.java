package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Styles;
import org.fklab.shell.session.ShellSession;
import org.fklab.shell.workspace.Workspace;
import org.fklab.shell.workspace.WorkspaceOpener;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class HelpTest {

    @Test
    void fklabsOwnHelpBreaksNoSentenceInTwo() {
        FklabRun.Result result = FklabRun.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(
                "The words after fklab's own options are one command, run as if typed (fklab band list).\n",
                "The workspace folder (created if needed). Default: ~/.fklab\n");
        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(100));
    }

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

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("There is no command 'bandz'. Did you mean 'band'");
    }

    /**
     * Lists of commands (help, help COMMAND, completion) show only the first line of each description, so that
     * line must be a whole sentence that fits beside the command's name.
     */
    @Test
    void everyCommandsFirstDescriptionLineIsAWholeShortSentence() {
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        Workspace workspace = Workspace.temporary();
        WorkspaceOpener.Opened opened = WorkspaceOpener.open(workspace);
        try (ShellSession session = new ShellSession(CompletableFuture.completedFuture(workspace),
                CompletableFuture.completedFuture(opened.sandbox()), new Console(nowhere, nowhere, Styles.plain()),
                false, false)) {
            CommandRegistry registry = new CommandRegistry(session);
            List<CommandLine> all = new ArrayList<>();
            registry.names().forEach(name -> registry.find(name).ifPresent(command -> addWithSubcommands(command, all)));

            assertThat(all).hasSizeGreaterThan(40).allSatisfy(command -> {
                String first = command.getCommandSpec().usageMessage().description()[0];
                assertThat(first).as(command.getCommandSpec().qualifiedName(" "))
                        .hasSizeLessThanOrEqualTo(76).matches("[A-Z'].*[.:)]");
            });
        }
    }

    private static void addWithSubcommands(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> addWithSubcommands(sub, all));
    }
}
