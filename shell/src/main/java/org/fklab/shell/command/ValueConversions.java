package org.fklab.shell.command;

import java.nio.file.Path;

import org.fklab.engine.DeleteRule;
import picocli.CommandLine;

/**
 * How fklab reads option and parameter values, the same for its launch options, every command and sql's options after
 * the statement: an enum's value in any case ({@code --format CSV}), an ON DELETE rule as typed ({@code set-null}), a
 * file name through {@link PathConverter}.
 */
public final class ValueConversions {

    private ValueConversions() {
    }

    public static CommandLine applyTo(CommandLine commandLine) {
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(Path.class, new PathConverter());
        // set-null as the commands spell it, SET NULL as SQL does: not the Java name SET_NULL
        commandLine.registerConverter(DeleteRule.class, typed -> DeleteRule.fromTyped(typed).orElseThrow(
                () -> new CommandLine.TypeConversionException("'" + typed + "' is not an ON DELETE rule")));
        return commandLine;
    }
}
