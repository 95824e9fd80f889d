package org.fklab.shell.command;

import java.nio.file.Path;

import picocli.CommandLine;

/**
 * How fklab reads option and parameter values, the same for its launch options, every command and sql's options after
 * the statement: an enum's value in any case ({@code --format CSV}), a file name through {@link PathConverter}.
 */
public final class ValueConversions {

    private ValueConversions() {
    }

    public static CommandLine applyTo(CommandLine commandLine) {
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(Path.class, new PathConverter());
        return commandLine;
    }
}
