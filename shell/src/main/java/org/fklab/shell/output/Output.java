package org.fklab.shell.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fklab.domain.DomainException;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Format;
import org.fklab.shell.render.LineWrap;
import org.fklab.shell.render.Styles;
import org.fklab.shell.session.ShellSession;
import org.fklab.shell.session.StopSignal;

/**
 * Where the rows one command prints go, and how. In the interactive shell, output longer than the screen goes
 * through the pager, every row of it, written only as far ahead as the person pages. Elsewhere (scripts, pipes, a
 * dumb terminal, {@code PAGER=cat}) a table prints at most {@link #ROW_LIMIT} rows unless {@code --all}, and says
 * how many more there are. With {@code --out FILE} every row goes to the file. Ctrl-C stops the output at once.
 */
public final class Output implements AutoCloseable {

    /**
     * Rows a table prints outside the pager: every built-in dataset but {@code large}, and a class's own, fits in
     * it; a {@code listing list} on {@code large} (100,000 rows) prints in a moment instead of flooding a script's
     * log. The same limit the SQL console kept to before it could stream.
     */
    public static final int ROW_LIMIT = 1000;

    private final Console console;
    private final StopSignal stop;
    private final Format format;
    private final Destination destination;
    private final boolean all;
    private final String optionsPlace;
    private final List<String> after = new ArrayList<>();
    private final StopSignal.Subscription interrupt;
    private boolean stopped;
    private boolean gone;
    private boolean failed;
    private boolean succeeded;
    private int tablesOpen;
    private int tablesEnded;
    private long rowsWritten;
    private String noun = "row";

    private Output(ShellSession session, Format format, Destination destination, boolean all, String optionsPlace) {
        this.console = session.console();
        this.stop = session.stopSignal();
        this.format = format;
        this.destination = destination;
        this.all = all;
        this.optionsPlace = optionsPlace;
        this.interrupt = stop.whenRequested(destination::stop);
    }

    /** What a command prints through an Output. */
    @FunctionalInterface
    public interface Body {
        void print(Output output);
    }

    /**
     * Runs {@code body} with the output the options ask for, then finishes it: waits for the pager, or puts the file
     * in place (only when the body ended without a failure).
     *
     * @param title what the pager shows at the bottom: the command, {@code listing list}
     */
    public static void print(ShellSession session, OutputOptions options, String title, Body body) {
        print(session, options, title, "", body);
    }

    /**
     * @param optionsPlace where --all and --out go in the command, said in the note under a cut table: "" or
     *                     {@code " after the ;"}
     */
    public static void print(ShellSession session, OutputOptions options, String title, String optionsPlace,
                             Body body) {
        try (Output output = open(session, options, title, optionsPlace)) {
            body.print(output);
            output.succeeded = true;
        }
    }

    private static Output open(ShellSession session, OutputOptions options, String title, String optionsPlace) {
        Console console = session.console();
        Format chosen = options.format != null ? options.format : console.format();
        if (options.out != null) {
            Optional<Format> named = Format.ofFile(options.out);
            if (named.isPresent() && chosen.dataOnly() && named.get() != chosen) {
                throw new DomainException("--out " + options.out + " names a " + named.get() + " file, but the format"
                        + " is " + chosen + ". Name the file for " + chosen + " (." + extension(chosen) + "), or choose"
                        + " --format " + named.get() + ".");
            }
            Format format = named.orElse(chosen);
            return new Output(session, format, new ToFile(OutFile.open(options.out, usage(title, optionsPlace),
                    "rows." + extension(format)), options.out), true, optionsPlace);
        }
        Optional<Pager> pager = session.pager();
        Destination destination = pager.isPresent() ? new Paged(console, pager.get(), title)
                : new Screen(console, session.stopSignal());
        return new Output(session, chosen, destination, options.all, optionsPlace);
    }

    /** How the command names its file, for the example of a refusal: {@code listing list --out}. */
    private static String usage(String title, String optionsPlace) {
        return optionsPlace.isEmpty() ? title + " --out" : title + " ...; --out";
    }

    private static String extension(Format format) {
        if (format == Format.box) {
            return "txt";
        }
        return format == Format.markdown ? "md" : format.name();
    }

    public Format format() {
        return format;
    }

    /** Whether only the data is printed (csv, json, markdown): no headings, counts or notes around the tables. */
    public boolean dataOnly() {
        return format.dataOnly();
    }

    public Styles styles() {
        return format.dataOnly() ? Styles.plain() : destination.styles();
    }

    /** A line around the tables (a heading, a row's fields) for people: printed in box format only. */
    public void text(String line) {
        if (!dataOnly()) {
            write(line);
        }
    }

    /** What a command says besides its rows ("1 row inserted."): printed in every format. */
    public void message(String line) {
        if (destination instanceof ToFile) {
            console.println(line);
        } else {
            write(line);
        }
    }

    /** A line for the console once the output is done (after the pager closes): a stop, a file written. */
    public void after(String line) {
        after.add(line);
    }

    /** Whether Ctrl-C stopped the output. */
    public boolean stopped() {
        return stopped;
    }

    /** A table's rows follow; {@code noun} counts them underneath ({@code band}: "3 bands"). */
    public Table table(List<String> headers, List<Boolean> numeric, String noun) {
        return table(headers, numeric, noun, null);
    }

    /**
     * A parent-and-children table ({@code id, name, child_id, child_title}, one row a child): in box format each
     * parent with its children under it, and no count; in the others, the rows as they are.
     *
     * @param none what a parent without children shows in box format: {@code (no books)}
     */
    public Table nested(List<String> headers, List<Boolean> numeric, String none) {
        return table(headers, numeric, "row", none);
    }

    private Table table(List<String> headers, List<Boolean> numeric, String noun, String nestedNone) {
        if (destination instanceof ToFile && tablesOpen > 0) {
            failed = true;
            throw new DomainException("--out writes the rows of one query to one file, and this command has more than"
                    + " one. Run each query on its own with its own --out.");
        }
        tablesOpen++;
        this.noun = noun;
        try {
            TableWriter writer = nestedNone != null && format == Format.box
                    ? new NestedWriter(destination.writer(), styles(), nestedNone)
                    : TableWriter.of(format, destination.writer(), headers, numeric, styles(), destination.unicode(),
                    console.expanded(), destination.width());
            return new Table(writer, noun, nestedNone == null);
        } catch (IOException e) {
            return new Table(null, noun, false).failedWith(e);
        }
    }

    private void write(String line) {
        if (gone || stopped) {
            return;
        }
        try {
            for (String part : destination.wraps() ? LineWrap.wrap(line, destination.width()) : List.of(line)) {
                destination.writer().write(part);
                destination.writer().write('\n');
            }
        } catch (IOException e) {
            handle(e);
        }
    }

    private void handle(IOException e) {
        if (e instanceof Pipe.Closed) {
            if (stop.requested()) {
                stopped = true;
            } else {
                gone = true; // the person quit the pager
            }
            return;
        }
        failed = true;
        throw destination.failure(e);
    }

    /** One table being written, a row at a time. */
    public final class Table {

        private final TableWriter writer;
        private final String noun;
        private final boolean countUnder;
        private long received;
        private boolean ended;

        private Table(TableWriter writer, String noun, boolean countUnder) {
            this.writer = writer;
            this.noun = noun;
            this.countUnder = countUnder;
        }

        private Table failedWith(IOException e) {
            handle(e);
            return this;
        }

        /** One row, a value per column; false when no more should come (Ctrl-C, the pager quit). */
        public boolean row(List<?> values) {
            if (stopped || gone || writer == null) {
                return false;
            }
            if (stop.requested()) {
                stopped = true;
                return false;
            }
            received++;
            if (!all && destination.limited() && received > ROW_LIMIT) {
                return true; // counted, for the note under the table
            }
            try {
                writer.row(values);
                return true;
            } catch (IOException e) {
                handle(e);
                return false;
            }
        }

        /** The rows given so far, shown or not. */
        public long received() {
            return received;
        }

        /** The rows written (shown, or in the file). */
        public long shown() {
            return writer == null ? 0 : writer.written();
        }

        /** After the last row: the end of the table, and in box format the count under it, or how many were cut. */
        public void end() {
            if (ended || writer == null) {
                return;
            }
            ended = true;
            if (stopped || gone) {
                return;
            }
            try {
                writer.end();
                destination.writer().flush();
            } catch (IOException e) {
                handle(e);
                return;
            }
            tablesEnded++;
            rowsWritten += writer.written();
            long cut = received - writer.written();
            if (cut > 0) {
                String note = "… and " + String.format(Locale.ROOT, "%,d", cut) + " more " + plural(cut)
                        + ": --all" + optionsPlace + " shows them all, --out FILE writes them";
                if (dataOnly()) {
                    console.err().println(note); // standard output holds only the data
                } else {
                    write(console.styles().dim(note));
                }
            } else if (!dataOnly() && countUnder) {
                write(count(received, noun));
            }
        }

        private String plural(long n) {
            return n == 1 ? noun : noun + "s";
        }
    }

    /** Rows and noun as "3 bands", with thousands marked. */
    public static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? noun : noun + "s");
    }

    @Override
    public void close() {
        interrupt.close();
        boolean complete = succeeded && !stopped && !gone && !failed && tablesEnded == tablesOpen;
        Optional<String> problem = destination.finish(complete);
        problem.ifPresent(console::error);
        if (destination instanceof ToFile file) {
            if (complete) {
                console.println("Wrote " + count(rowsWritten, noun) + " to " + file.typed + " (" + format + ").");
            } else if (stopped) {
                console.println(console.styles().warning("Stopped (Ctrl-C): " + file.typed + " was not written."));
            }
        }
        after.forEach(console::println);
        console.flush();
    }

    /** Where the text goes: the screen, a pager, a file. */
    private abstract static class Destination {

        abstract Writer writer();

        /** Whether a table prints at most {@link #ROW_LIMIT} rows here, unless --all. */
        boolean limited() {
            return false;
        }

        /** Whether lines of text are broken to fit the width. */
        boolean wraps() {
            return false;
        }

        abstract Styles styles();

        abstract boolean unicode();

        /** Columns of the screen; 0 for a file. */
        abstract int width();

        /** Ctrl-C: a write blocked on the reader gives up. */
        void stop() {
        }

        /** A write that failed for another reason than Ctrl-C or a pager that quit. */
        DomainException failure(IOException e) {
            return new DomainException("Cannot print the output: " + e.getMessage() + ".");
        }

        /** The output is done ({@code complete}: every row went out); a problem to report, if any. */
        abstract Optional<String> finish(boolean complete);
    }

    /** The terminal, or standard output: a write after Ctrl-C fails, so that printing stops within a row. */
    private static final class Screen extends Destination {
        private final Console console;
        private final Writer writer;

        Screen(Console console, StopSignal stop) {
            this.console = console;
            PrintWriter out = console.out();
            this.writer = new Writer() {
                @Override
                public void write(char[] text, int off, int len) throws IOException {
                    if (stop.requested()) {
                        throw new Pipe.Closed();
                    }
                    out.write(text, off, len);
                }

                @Override
                public void write(String text) throws IOException {
                    if (stop.requested()) {
                        throw new Pipe.Closed();
                    }
                    out.write(text);
                }

                @Override
                public void flush() {
                    out.flush();
                }

                @Override
                public void close() {
                    out.flush();
                }
            };
        }

        @Override
        Writer writer() {
            return writer;
        }

        @Override
        boolean limited() {
            return true;
        }

        @Override
        boolean wraps() {
            return true;
        }

        @Override
        Styles styles() {
            return console.styles();
        }

        @Override
        boolean unicode() {
            return console.unicode();
        }

        @Override
        int width() {
            return console.width();
        }

        @Override
        Optional<String> finish(boolean complete) {
            console.out().flush();
            return Optional.empty();
        }
    }

    /**
     * The interactive shell's terminal: text is held until it is longer than the screen, then handed to the pager
     * (the screen's worth held, and the rest as it comes); shorter output is printed as it is when the command ends.
     */
    private static final class Paged extends Destination {
        private final Console console;
        private final Pager pager;
        private final String title;
        private final StringBuilder held = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private int screenRows;
        private Pager.Session session;
        private volatile boolean stopRequested;
        private final Writer writer = new Writer() {
            @Override
            public void write(char[] text, int off, int len) throws IOException {
                if (session != null) {
                    session.writer().write(text, off, len);
                    return;
                }
                if (stopRequested) {
                    throw new Pipe.Closed();
                }
                for (int i = off; i < off + len; i++) {
                    char c = text[i];
                    held.append(c);
                    if (c == '\n') {
                        screenRows += Math.max(1, (Styles.width(line.toString()) + width() - 1) / Math.max(1, width()));
                        line.setLength(0);
                    } else {
                        line.append(c);
                    }
                }
                if (screenRows >= pager.terminal().getHeight()) {
                    startPager();
                }
            }

            @Override
            public void flush() throws IOException {
                if (session != null) {
                    session.writer().flush();
                }
            }

            @Override
            public void close() {
            }
        };

        Paged(Console console, Pager pager, String title) {
            this.console = console;
            this.pager = pager;
            this.title = title;
        }

        private void startPager() throws IOException {
            try {
                session = pager.open(title);
            } catch (IOException e) {
                throw new DomainException(e.getMessage());
            }
            if (stopRequested) {
                session.stop();
            }
            String text = held.toString();
            held.setLength(0);
            session.writer().write(text);
        }

        @Override
        Writer writer() {
            return writer;
        }

        @Override
        Styles styles() {
            return pager.showsColour() ? console.styles() : Styles.plain();
        }

        @Override
        boolean unicode() {
            return console.unicode();
        }

        @Override
        int width() {
            return pager.terminal().getWidth();
        }

        @Override
        void stop() {
            stopRequested = true;
            Pager.Session now = session;
            if (now != null) {
                now.stop();
            }
        }

        @Override
        Optional<String> finish(boolean complete) {
            if (session == null) {
                console.out().print(held);
                console.out().flush();
                return Optional.empty();
            }
            try {
                session.writer().flush();
            } catch (IOException e) {
                // quit or stopped: the pager shows what it has
            }
            return session.finish();
        }
    }

    /** {@code --out FILE}: every row, no colour, into a file put in place when complete. */
    private static final class ToFile extends Destination {
        private final OutFile file;
        private final Path typed;

        ToFile(OutFile file, Path typed) {
            this.file = file;
            this.typed = typed;
        }

        @Override
        Writer writer() {
            return file.writer();
        }

        @Override
        Styles styles() {
            return Styles.plain();
        }

        @Override
        boolean unicode() {
            return true;
        }

        @Override
        int width() {
            return 0;
        }

        @Override
        DomainException failure(IOException e) {
            return OutFile.failure(typed, e);
        }

        @Override
        Optional<String> finish(boolean complete) {
            file.finish(complete);
            return Optional.empty();
        }
    }
}
