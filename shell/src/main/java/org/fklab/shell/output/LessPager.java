package org.fklab.shell.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jline.builtins.Less;
import org.jline.builtins.Source;
import org.jline.terminal.Terminal;

/**
 * JLine's less on the shell's own terminal. It runs on a thread of its own and reads from a {@link Pipe}, so the
 * command goes on writing rows only as far as the person pages: the first screen shows at once, and quitting stops
 * the command from reading the rest.
 */
final class LessPager implements Pager {

    private final Terminal terminal;

    LessPager(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Session open(String title) {
        Pipe pipe = new Pipe();
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(() -> {
            try {
                Less less = new Less(terminal, Path.of("").toAbsolutePath());
                less.run(new ArrayList<>(List.of(new Source.InputStreamSource(pipe.input(), true,
                        title + "  (space: next page, /: search, q: quit)"))));
            } catch (IOException | InterruptedException | RuntimeException e) {
                failure[0] = e;
            } finally {
                pipe.closeReader();
            }
        }, "fklab-pager");
        thread.setDaemon(true);
        thread.start();
        return new Session(pipe.output(), pipe::stopWriter, () -> {
            pipe.closeWriter();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.ofNullable(failure[0]).map(e -> "The pager stopped: " + e.getMessage() + ".");
        });
    }

    @Override
    public boolean showsColour() {
        return true;
    }

    @Override
    public Terminal terminal() {
        return terminal;
    }
}
