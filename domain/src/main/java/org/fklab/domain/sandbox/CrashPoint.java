package org.fklab.domain.sandbox;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A place where the crash tests stop fklab to kill it: with {@code -Dfklab.crash=NAME:N}, the N-th time the place NAME
 * is reached the process says so on standard error and waits to be killed. Without the property, nothing happens.
 */
public final class CrashPoint {

    private static final String SETTING = System.getProperty("fklab.crash", "");
    private static final ConcurrentHashMap<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();

    private CrashPoint() {
    }

    /** Marks that the place {@code name} is reached (a batch committed, a migration applied, a file copied). */
    public static void reached(String name) {
        if (SETTING.isEmpty() || !SETTING.startsWith(name + ":")) {
            return;
        }
        int count = REACHED.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        if (String.valueOf(count).equals(SETTING.substring(name.length() + 1))) {
            System.err.println(System.lineSeparator() + "fklab-crash-point " + SETTING);
            System.err.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
