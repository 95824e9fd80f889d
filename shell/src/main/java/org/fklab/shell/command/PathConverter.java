package org.fklab.shell.command;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.fklab.domain.IoErrors;

import picocli.CommandLine;

/** A file name as typed; one no file may have (a NUL in it) is refused in words, not with a Java class's name. */
public final class PathConverter implements CommandLine.ITypeConverter<Path> {

    @Override
    public Path convert(String typed) {
        try {
            return Path.of(typed);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + typed.replace('\0', ' ') + "' cannot be a file name: "
                    + IoErrors.explain(e, Path.of("")));
        }
    }
}
