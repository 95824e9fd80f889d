package org.fklab.shell.command;

/** Formats a failure with its causes, frame by frame: what --debug adds to an error message. */
public final class StackTraces {

    private StackTraces() {
    }

    public static String format(Throwable failure) {
        StringBuilder text = new StringBuilder();
        String prefix = "";
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(prefix).append(t).append(System.lineSeparator());
            for (StackTraceElement frame : t.getStackTrace()) {
                text.append("\tat ").append(frame).append(System.lineSeparator());
            }
            prefix = "Caused by: ";
        }
        return text.toString();
    }
}
