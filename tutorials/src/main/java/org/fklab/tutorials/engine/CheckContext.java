package org.fklab.tutorials.engine;

/** What a check may ask of the shell a lesson runs in (the tutorials module knows no terminal). */
@FunctionalInterface
public interface CheckContext {

    /** Whether the shell shows the SQL behind each command. */
    boolean explainOn();
}
