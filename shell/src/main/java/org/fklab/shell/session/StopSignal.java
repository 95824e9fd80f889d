package org.fklab.shell.session;

import java.time.Duration;

/**
 * Ctrl-C pressed while a command runs: a demo or script stops before its next command, and a pause between
 * commands ends at once. Nothing is interrupted midway, so every command that ran, ran in full (interrupting
 * the thread would close HSQLDB's open files).
 */
public final class StopSignal {

    private boolean requested;

    /** Called from the terminal's signal handler. */
    public synchronized void request() {
        requested = true;
        notifyAll();
    }

    public synchronized boolean requested() {
        return requested;
    }

    /** Forgets an earlier Ctrl-C, before the next command from the prompt. */
    public synchronized void clear() {
        requested = false;
    }

    /** Waits for {@code pause}; false when Ctrl-C ended the wait (or came before it). */
    public synchronized boolean sleep(Duration pause) {
        long deadline = System.nanoTime() + pause.toNanos();
        while (!requested) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
