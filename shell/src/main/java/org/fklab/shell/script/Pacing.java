package org.fklab.shell.script;

import java.time.Duration;

/**
 * How a script's commands follow each other: straight on (a script, {@code -c}), one at a time as the person
 * at the keyboard presses Enter, or on their own after a pause. Paced commands are shown before they run,
 * with the comments above them, so an audience can follow.
 */
public record Pacing(Mode mode, Duration delay) {

    public enum Mode { STRAIGHT, ENTER, AUTO }

    public static final Pacing STRAIGHT = new Pacing(Mode.STRAIGHT, Duration.ZERO);
    public static final Pacing ENTER = new Pacing(Mode.ENTER, Duration.ZERO);

    public static Pacing auto(Duration delay) {
        return new Pacing(Mode.AUTO, delay);
    }

    /** Whether each command is shown, with its comments, before it runs. */
    public boolean shows() {
        return mode != Mode.STRAIGHT;
    }
}
