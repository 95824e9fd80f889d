package org.fklab.shell.command.script;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.fklab.domain.DomainException;
import org.fklab.shell.command.ChangesWorkspace;
import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.script.Pacing;
import org.fklab.shell.script.ScriptFile;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs the commands of a file, as if typed; 'undo' takes the whole file back. */
@ChangesWorkspace(inSteps = true)
@Command(name = "source", description = {"Run the commands in a file, as if typed.",
        "One command a line; # starts a comment; a sql statement may span lines until its ;. It stops at the",
        "first command that fails. --step or --auto show each command with the comments above it before",
        "running it, as 'demo run' does. 'undo' takes the whole file back."})
public final class SourceCommand implements Callable<Integer> {

    private final ShellSession session;
    private final CommandRegistry registry;

    @Parameters(paramLabel = "FILE", description = "The script, e.g. class-3.fk.")
    Path file;

    @ArgGroup(exclusive = true)
    PacingOptions pacing = new PacingOptions();

    @Option(names = "--keep-going", description = "Run the rest of the file after a command fails.")
    boolean keepGoing;

    SourceCommand(ShellSession session, CommandRegistry registry) {
        this.session = session;
        this.registry = registry;
    }

    @Override
    public Integer call() {
        Pacing chosen = pacing.pacing(Pacing.STRAIGHT);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new DomainException("Cannot read " + file.toAbsolutePath() + ": "
                    + (Files.isDirectory(file) ? "it is a folder" : "there is no such file")
                    + ". Give the path of a script file, relative to " + Path.of("").toAbsolutePath() + " or absolute.");
        }
        return PacedRun.run(session, registry, ScriptFile.open(file), chosen, keepGoing).exitCode();
    }
}
