package org.fklab.shell.render;

import java.io.PrintWriter;

/** Where a command's output goes: results on {@code out}, problems on {@code err}, styled or not. */
public final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Styles styles;
    private String location = "";

    public Console(PrintWriter out, PrintWriter err, Styles styles) {
        this.out = out;
        this.err = err;
        this.styles = styles;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Styles styles() {
        return styles;
    }

    public void println(String line) {
        out.println(line);
    }

    public void println() {
        out.println();
    }

    /** Where the command being run came from ({@code demo.fk:3}), named in front of its errors. */
    public void setLocation(String location) {
        this.location = location == null ? "" : location;
    }

    /** A problem: one message that names the cause and the fix. */
    public void error(String message) {
        out.flush();
        err.println((location.isEmpty() ? "" : location + ": ") + styles.error("error:") + " " + message);
        err.flush();
    }

    public void flush() {
        out.flush();
        err.flush();
    }
}
