package org.fklab.shell.command.script;

import java.time.Duration;

import org.fklab.domain.DomainException;
import org.fklab.shell.script.Pacing;

import picocli.CommandLine.Option;

/** {@code --step} and {@code --auto [SECONDS]}, shared by {@code demo run} and {@code source}. */
public final class PacingOptions {

    private static final double MAX_SECONDS = 600;

    @Option(names = "--step", description = "Show each command and wait for Enter before running it.")
    boolean step;

    @Option(names = "--auto", arity = "0..1", paramLabel = "SECONDS", fallbackValue = "2",
            description = "Show each command and run it after SECONDS (default 2) without waiting for Enter.")
    Double autoSeconds;

    /** The pacing asked for, or {@code otherwise} when neither option was given. */
    public Pacing pacing(Pacing otherwise) {
        if (step && autoSeconds != null) {
            throw new DomainException("Choose either --step (wait for Enter) or --auto SECONDS, not both.");
        }
        if (autoSeconds != null) {
            if (autoSeconds.isNaN() || autoSeconds < 0 || autoSeconds > MAX_SECONDS) {
                throw new DomainException("--auto takes the seconds between two commands, from 0 to 600, e.g."
                        + " --auto 3.");
            }
            return Pacing.auto(Duration.ofMillis(Math.round(autoSeconds * 1000)));
        }
        return step ? Pacing.ENTER : otherwise;
    }
}
