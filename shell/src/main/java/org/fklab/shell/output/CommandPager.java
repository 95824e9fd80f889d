package org.fklab.shell.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jline.terminal.Terminal;

/**
 * The pager {@code $PAGER} names, run by {@code sh -c} with the output piped to it, on the shell's terminal (JLine
 * reads no keys while a command runs). It gets plain text: not every pager shows colours.
 */
final class CommandPager implements Pager {

    private final Terminal terminal;
    private final String command;

    CommandPager(Terminal terminal, String command) {
        this.terminal = terminal;
        this.command = command;
    }

    @Override
    public Session open(String title) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder("sh", "-c", command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new IOException("Cannot start the pager '" + command + "' that PAGER names (" + e.getMessage()
                    + "). Set PAGER to a pager such as less, or to cat for none.", e);
        }
        Writer pipe = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicBoolean quit = new AtomicBoolean();
        Writer writer = new Writer() {
            @Override
            public void write(char[] text, int off, int len) throws IOException {
                if (stopped.get() || quit.get()) {
                    throw new Pipe.Closed();
                }
                try {
                    pipe.write(text, off, len);
                } catch (IOException e) {
                    quit.set(true); // the pager quit before reading everything: a broken pipe
                    throw new Pipe.Closed();
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    pipe.flush();
                } catch (IOException e) {
                    quit.set(true);
                    throw new Pipe.Closed();
                }
            }

            @Override
            public void close() {
            }
        };
        return new Session(writer, () -> stopped.set(true), () -> {
            try {
                pipe.close();
            } catch (IOException e) {
                // it quit early: nothing more to say
            }
            try {
                int exit = process.waitFor();
                return exit == 126 || exit == 127 ? Optional.of("The pager '" + command + "' that PAGER names"
                        + " did not run (exit code " + exit + "). Set PAGER to a pager such as less, or to cat"
                        + " for none.") : Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        });
    }

    @Override
    public boolean showsColour() {
        return false;
    }

    @Override
    public Terminal terminal() {
        return terminal;
    }
}
