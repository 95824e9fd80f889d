package org.fklab.shell.session;

/** Asks the person at the keyboard to confirm something that cannot be undone. */
@FunctionalInterface
public interface Prompter {

    /** True when the answer is yes. */
    boolean confirm(String question);
}
