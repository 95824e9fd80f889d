package org.fklab.shell.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.fklab.domain.IoErrors;

/**
 * The words for a failure no command foresaw: a file problem in plain words, anything else as what it is (something
 * inside fklab went wrong), never a Java class name; --debug adds where it happened.
 */
public final class Unforeseen {

    private Unforeseen() {
    }

    /** One message about {@code failure}, which happened while doing {@code what} ("'seed load'"). */
    public static String describe(String what, Throwable failure, boolean debug) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof InvalidPathException) {
                return "Cannot use a file in " + what + ": " + IoErrors.explain(t, Path.of("")) + ".";
            }
            if (t instanceof StackOverflowError) {
                return what + " went deeper than fklab can follow (a statement or value nested far too deep). Make"
                        + " it simpler, or split it.";
            }
            if (t instanceof OutOfMemoryError) {
                return what + " needed more memory than fklab has. Ask for less at once (a WHERE, a LIMIT, fewer"
                        + " rows), or give Java more with FKLAB_JAVA_OPTS=-Xmx2g.";
            }
        }
        return "Something went wrong inside fklab in " + what + ", which it cannot explain: it is a bug. "
                + (debug ? "Where it happened follows." : "Run the same again with --debug to see where it happened,"
                + " and report it with what you typed.");
    }
}
