package org.fklab.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jline.terminal.Terminal;

/**
 * Shows output longer than the screen a screen at a time, in the interactive shell: JLine's own less, or the
 * program that {@code $PAGER} names. Quitting it returns to the prompt.
 */
public interface Pager {

    /** One output being paged. */
    final class Session {
        private final Writer writer;
        private final Runnable stop;
        private final Supplier<Optional<String>> finish;

        Session(Writer writer, Runnable stop, Supplier<Optional<String>> finish) {
            this.writer = writer;
            this.stop = stop;
            this.finish = finish;
        }

        /** Where the text goes; a write fails with {@link Pipe.Closed} once the person has quit the pager. */
        Writer writer() {
            return writer;
        }

        /** Ctrl-C: the next write fails, and the pager shows what it has. */
        void stop() {
            stop.run();
        }

        /** No more text: waits until the person quits the pager. A problem to report, if the pager had one. */
        Optional<String> finish() {
            return finish.get();
        }
    }

    Session open(String title) throws IOException;

    /** Whether the pager shows colours (JLine's less does; another program gets plain text). */
    boolean showsColour();

    Terminal terminal();

    /**
     * The pager for this terminal: none on a dumb terminal, or when {@code PAGER} is empty or {@code cat}; the
     * program {@code PAGER} names; JLine's less when it is not set.
     */
    static Optional<Pager> choose(Terminal terminal, Optional<String> configured) {
        if (terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
            return Optional.empty();
        }
        if (configured.isEmpty()) {
            return Optional.of(new LessPager(terminal));
        }
        String command = configured.get().strip();
        return command.isEmpty() || command.equals("cat") ? Optional.empty()
                : Optional.of(new CommandPager(terminal, command));
    }
}
