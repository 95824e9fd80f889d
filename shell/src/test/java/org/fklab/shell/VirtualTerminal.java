package org.fklab.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.fklab.shell.launch.Fklab;
import org.jline.builtins.ScreenTerminal;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;

/**
 * The real interactive shell on a JLine terminal made of streams: keys go in as a person types them, and
 * the screen is what they would see.
 */
final class VirtualTerminal implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final Screen screen = new Screen();
    private final CompletableFuture<Integer> exitCode;
    private final Size size;
    private final Terminal terminal;
    private final Object gate = new Object();
    private byte[] holdAfter;
    private int searchedUpTo;
    private boolean held;

    /** The bytes written to the terminal, searchable without copying them. */
    private static final class Screen extends ByteArrayOutputStream {
        synchronized int indexOf(byte[] part, int from) {
            for (int i = Math.max(0, from); i + part.length <= count; i++) {
                if (java.util.Arrays.equals(buf, i, i + part.length, part, 0, part.length)) {
                    return i;
                }
            }
            return -1;
        }
    }

    VirtualTerminal(Map<String, String> env, String... args) throws IOException {
        this(env, "xterm-256color", new Size(120, 40), args);
    }

    /** A terminal of the given type ({@code dumb}...) and size. */
    VirtualTerminal(Map<String, String> env, String type, Size size, String... args) throws IOException {
        this.size = size;
        PipedInputStream keys = new PipedInputStream(keyboard, 1 << 16);
        OutputStream screenSink = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (screen) {
                    screen.write(b);
                }
                holdIfAsked();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (screen) {
                    screen.write(b, off, len);
                }
                holdIfAsked();
            }
        };
        // the exec provider emulates the line discipline in-process (Ctrl-C raises INT here); others open a real pty
        terminal = TerminalBuilder.builder().system(false).provider("exec").streams(keys, screenSink)
                .type(type)
                .encoding(StandardCharsets.UTF_8).size(size).build();
        Fklab fklab = new Fklab(new ByteArrayInputStream(new byte[0]), screenSink, screenSink, env, true, () -> terminal);
        exitCode = CompletableFuture.supplyAsync(() -> fklab.run(args));
    }

    /**
     * Makes the shell's next write block, once the screen shows {@code marker}, until {@link #release}: output that
     * stands still, so that a test can press Ctrl-C in the middle of it without a race.
     */
    VirtualTerminal holdOutputOnceItShows(String marker) {
        synchronized (gate) {
            holdAfter = marker.getBytes(StandardCharsets.UTF_8);
            searchedUpTo = screen.size();
        }
        return this;
    }

    /** Waits until the output is held ({@link #holdOutputOnceItShows}). */
    VirtualTerminal awaitHeld() throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (gate) {
            while (!held) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("The output was never held. The screen shows:\n" + text());
                }
                gate.wait(Math.max(1, left / 1_000_000));
            }
        }
        return this;
    }

    /**
     * Ctrl-C as the terminal delivers it to the shell (its INT handler), called here because the terminal's own
     * line discipline would first echo ^C through the writer the held output is blocking.
     */
    VirtualTerminal ctrlCWhileHeld() {
        Terminal.SignalHandler handler = terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_DFL);
        terminal.handle(Terminal.Signal.INT, handler);
        handler.handle(Terminal.Signal.INT);
        return this;
    }

    /** Lets held output go on. */
    VirtualTerminal release() {
        synchronized (gate) {
            holdAfter = null;
            held = false;
            gate.notifyAll();
        }
        return this;
    }

    private void holdIfAsked() {
        synchronized (gate) {
            if (holdAfter == null || held) {
                return;
            }
            boolean shown = screen.indexOf(holdAfter, searchedUpTo - holdAfter.length) >= 0;
            searchedUpTo = screen.size();
            if (!shown) {
                return;
            }
            held = true;
            gate.notifyAll();
            while (held) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Sends keys: text as typed, {@code \r} for Enter, {@code \t} for Tab, {@code \u0003} for Ctrl-C. */
    VirtualTerminal type(String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        return this;
    }

    /** Everything on the screen so far, escape sequences included. */
    String raw() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    /** The screen as a person reads it: without escape sequences. */
    String text() {
        return AttributedString.stripAnsi(raw());
    }

    /** Waits until the screen shows {@code expected} (counting from the start of the session). */
    VirtualTerminal await(String expected) throws InterruptedException {
        return awaitCount(expected, 1);
    }

    /** Waits until the raw screen, escape sequences included, shows {@code expected}. */
    VirtualTerminal awaitRaw(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!raw().contains(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The screen never showed (raw) '" + expected + "':\n" + raw());
            }
            Thread.sleep(20);
        }
        return this;
    }

    /**
     * What the terminal shows now, line by line, as a VT100 would draw it (JLine's own screen emulator):
     * redrawn lines as they ended up, not every keystroke.
     */
    String screen() {
        ScreenTerminal emulator = new ScreenTerminal(size.getColumns(), size.getRows());
        emulator.write(raw().replace("\n", "\r\n"));
        return emulator.toString().lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
    }

    /** Waits until the screen, as drawn now, shows {@code expected}. */
    VirtualTerminal awaitScreen(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!screen().contains(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The screen never showed '" + expected + "'. It shows:\n" + screen()
                        + "\n(raw: " + raw().replace("\u001b", "ESC") + ")");
            }
            Thread.sleep(20);
        }
        return this;
    }

    /** Waits until {@code expected} has appeared at least {@code times} times. */
    VirtualTerminal awaitCount(String expected, int times) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (count(text(), expected) < times) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The screen never showed '" + expected + "' " + times + " time(s):\n" + text());
            }
            Thread.sleep(20);
        }
        return this;
    }

    /** The screen's text from the last time it showed {@code marker}. */
    String textAfterLast(String marker) {
        String text = text();
        int at = text.lastIndexOf(marker);
        return at < 0 ? "" : text.substring(at);
    }

    /** The lines of output that follow the last prompt showing {@code command}. */
    List<String> linesAfter(String command) {
        String text = text();
        int at = text.lastIndexOf(command);
        List<String> lines = new ArrayList<>(text.substring(at + command.length()).lines().toList());
        return lines;
    }

    int exitCode() throws Exception {
        return exitCode.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    boolean finished() {
        return exitCode.isDone();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        if (!exitCode.isDone()) {
            type("\u0004");
        }
        keyboard.close();
    }
}
