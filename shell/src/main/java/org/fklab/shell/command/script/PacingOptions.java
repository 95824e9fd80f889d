package org.fklab.shell.command.script;

import java.time.Duration;

import org.fklab.shell.command.UsageMistake;
import org.fklab.shell.script.Pacing;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --step} or {@code --auto [SECONDS]}, shared by {@code demo run} and {@code source}: an exclusive
 * {@code @ArgGroup}, declared as {@link org.fklab.shell.command.ExclusiveOptions} says.
 */
public final class PacingOptions {

    private static final double MAX_SECONDS = 600;

    @Spec
    CommandSpec spec;

    @Option(names = "--step", required = true, defaultValue = Option.NULL_VALUE,
            description = "Show each command and wait for Enter before running it.")
    Boolean step;

    private Double autoSeconds;

    @Option(names = "--auto", arity = "0..1", paramLabel = "SECONDS", fallbackValue = "2", required = true,
            defaultValue = Option.NULL_VALUE,
            description = "Show each command and run it after SECONDS (default 2) without waiting for Enter.")
    void autoSeconds(Double seconds) {
        if (seconds != null && (seconds.isNaN() || seconds < 0 || seconds > MAX_SECONDS)) {
            throw new UsageMistake(spec, "--auto takes the seconds between two commands, from 0 to"
                    + " 600, e.g. --auto 3.");
        }
        autoSeconds = seconds;
    }

    /** The pacing asked for, or {@code otherwise} when neither option was given. */
    public Pacing pacing(Pacing otherwise) {
        if (autoSeconds != null) {
            return Pacing.auto(Duration.ofMillis(Math.round(autoSeconds * 1000)));
        }
        return Boolean.TRUE.equals(step) ? Pacing.ENTER : otherwise;
    }
}
