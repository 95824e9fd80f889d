package org.fklab.shell.command;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command typed wrongly, found by fklab rather than by picocli's parser (two options that need each other, a value
 * out of range): a {@code ParameterException}, so it is reported as picocli's own are, with the usage and exit code 2,
 * and its message is one sentence in fklab's words, shown as it is.
 */
public final class UsageMistake extends CommandLine.ParameterException {

    private static final long serialVersionUID = 1L;

    public UsageMistake(CommandSpec spec, String sentence) {
        super(spec.commandLine(), sentence);
    }
}
