package org.fklab.tutorials.lesson;

/** A lesson that cannot be read or used; the message names the file and line, or the lesson, and the fix. */
public class LessonException extends RuntimeException {

    public LessonException(String message) {
        super(message);
    }

    public LessonException(String message, Throwable cause) {
        super(message, cause);
    }
}
