package org.fklab.seed.load;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with a load, each problem naming file:line, up to {@link #MAX}; then reading stops. */
final class Problems {

    static final int MAX = 50;

    private final List<String> list = new ArrayList<>();
    private boolean stopped;

    void add(String problem) {
        if (list.size() < MAX) {
            list.add(problem);
        }
    }

    /** No point reading on (the database refused a row, or the file cannot be read). */
    void stop() {
        stopped = true;
    }

    boolean full() {
        return stopped || list.size() >= MAX;
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<String> list() {
        return List.copyOf(list);
    }

    String summary() {
        String count = list.size() == 1 ? "1 problem" : list.size() + " problems";
        return count + (list.size() >= MAX && !stopped ? " (reading stopped after " + MAX + ")" : "") + ":";
    }
}
