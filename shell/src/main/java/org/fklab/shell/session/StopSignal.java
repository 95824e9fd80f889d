package org.fklab.shell.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Ctrl-C pressed while a command runs: a demo or script stops before its next command, a pause between
 * commands ends at once, and a command that subscribed (a long {@code sql} statement) is told at once. The thread
 * is never interrupted (that would close HSQLDB's open files); what stops, stops cleanly.
 */
public final class StopSignal {

    /** What {@link #whenRequested} returns: closing it stops the action from running on a later Ctrl-C. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private boolean requested;
    private final List<Runnable> actions = new ArrayList<>();

    /** Called from the terminal's signal handler. */
    public void request() {
        List<Runnable> now;
        synchronized (this) {
            requested = true;
            notifyAll();
            now = List.copyOf(actions);
        }
        now.forEach(Runnable::run); // outside the lock: an action may take a moment (cancelling a statement)
    }

    /** Runs {@code action} on the signal's thread when Ctrl-C comes, until the subscription is closed. */
    public synchronized Subscription whenRequested(Runnable action) {
        actions.add(action);
        return () -> {
            synchronized (StopSignal.this) {
                actions.remove(action);
            }
        };
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
