package org.fklab.shell.session;

/** Asks the person at the keyboard: to confirm something that cannot be undone, or to go on. */
public interface Prompter {

    /** True when the answer is yes. */
    boolean confirm(String question);

    /** Waits for Enter; false when they pressed Ctrl-C or Ctrl-D instead (stop), or no one can answer. */
    boolean pause(String prompt);

    /** For scripts: no one to answer. */
    Prompter NOBODY = new Prompter() {
        @Override
        public boolean confirm(String question) {
            return false;
        }

        @Override
        public boolean pause(String prompt) {
            return false;
        }
    };
}
