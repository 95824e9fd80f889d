package org.fklab.shell.command.habit;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.fklab.shell.render.Console;

/**
 * The backslash commands of psql and the dot commands of sqlite3 that learners type from habit ({@code \d listing},
 * {@code .schema}), each read as the fklab command it stands for. The first time in a session that a habit is used,
 * fklab says which command that is, so the learner picks up fklab's name for it.
 */
public final class Habits {

    /** One habit: what is typed, where it comes from ({@code psql}, {@code sqlite3}) and what it stands for. */
    public record Habit(String word, String tool, String usage, String standsFor) {
    }

    /** A habit and how its line, with the words after its own and the current expanded setting, becomes a Use. */
    private record Known(Habit habit, BiFunction<String, Console.Expanded, Use> use) {

        Known(String word, String tool, String usage, String standsFor, BiFunction<String, Console.Expanded, Use> use) {
            this(new Habit(word, tool, usage, standsFor), use);
        }

        /** A habit that is one fklab command, with the same arguments. */
        static Known plain(String word, String tool, String command) {
            return new Known(word, tool, word, command, (rest, expanded) -> same(word, rest, command));
        }
    }

    /** What a habit's line does: runs {@code command}, or is refused with {@code refusal}. */
    private record Use(String key, String note, String command, String preface, String refusal) {

        static Use run(String key, String note, String command) {
            return new Use(key, note, command, null, null);
        }

        /** Runs {@code command}, first noting that {@code typed} is fklab's {@code command}. */
        static Use standsFor(String key, String typed, String command) {
            return run(key, typed + " is fklab's '" + command + "'", command);
        }

        static Use refuse(String message) {
            return new Use(null, null, null, null, message);
        }

        Use withPreface(String text) {
            return new Use(key, note, command, text, refusal);
        }

        /** Said once under {@code key}, rather than under the habit's word. */
        Use keyed(String other) {
            return new Use(other, note, command, preface, refusal);
        }
    }

    private static final String MODES = ".mode box, csv, json and markdown are 'format box' and so on (how tables are"
            + " printed), and .mode line is 'expanded on' (one field a line); 'expanded auto', the default, shows a"
            + " table one field a line when it is wider than the terminal.";

    private static final List<Known> HABITS = List.of(
            new Known("\\d", "psql", "\\d [TABLE]", "tables; with a table, describe TABLE", (rest, expanded) ->
                    rest.isEmpty() ? Use.run("\\d", "\\d is fklab's 'tables' (and \\d TABLE is 'describe TABLE')",
                            "tables")
                            : same("\\d", rest, "describe").keyed("\\d TABLE")),
            Known.plain("\\dt", "psql", "tables"),
            new Known("\\x", "psql", "\\x [on|off|auto]", "expanded; \\x alone switches it on and off",
                    Habits::expanded),
            Known.plain("\\q", "psql", "exit"),
            Known.plain("\\?", "psql", "help"),
            Known.plain(".tables", "sqlite3", "tables"),
            new Known(".schema", "sqlite3", ".schema [TABLE]", "describe [TABLE] --as sql: the CREATE statements",
                    (rest, expanded) -> {
                        String command = rest.isEmpty() ? "describe --as sql" : "describe " + rest + " --as sql";
                        return Use.standsFor(".schema", typed(".schema", rest), command);
                    }),
            new Known(".mode", "sqlite3", ".mode [box|csv|json|markdown|line]",
                    "format box|csv|json|markdown, or expanded on (line)", Habits::mode),
            Known.plain(".quit", "sqlite3", "exit"),
            Known.plain(".exit", "sqlite3", "exit"),
            Known.plain(".help", "sqlite3", "help"));

    private final Set<String> noted = new HashSet<>();

    /** The habits fklab knows, in the order {@code help} lists them. */
    public static List<Habit> all() {
        return HABITS.stream().map(Known::habit).toList();
    }

    /** Whether the line is written as a psql backslash command or a sqlite3 dot command, known or not. */
    public static boolean isHabit(String line) {
        String word = firstWord(line);
        return word.startsWith("\\")
                || word.length() > 1 && word.charAt(0) == '.' && Character.isLetter(word.charAt(1));
    }

    /** The habit a word names ({@code \d}, {@code .schema}). */
    public static Optional<Habit> find(String word) {
        return known(word).map(Known::habit);
    }

    private static Optional<Known> known(String word) {
        return HABITS.stream().filter(h -> h.habit().word().equals(word)).findFirst();
    }

    /**
     * What a value after the habit's word is ({@code TABLE}, {@code on|off|auto}), for completion; empty when it takes
     * none.
     */
    public static Optional<String> parameter(Habit habit) {
        int space = habit.usage().indexOf(" [");
        return space < 0 ? Optional.empty()
                : Optional.of(habit.usage().substring(space + 2, habit.usage().length() - 1));
    }

    /**
     * The fklab command line that a habit's line stands for, after saying so the first time the habit is used; empty
     * when fklab does not know the habit or its value, which it has said.
     */
    public Optional<String> translate(String line, Console console) {
        String word = firstWord(line);
        String rest = line.strip().substring(word.length()).strip();
        Use use = known(word).map(h -> h.use().apply(rest, console.expanded()))
                .orElseGet(() -> Use.refuse(unknown(word)));
        if (use.refusal() != null) {
            console.error(use.refusal());
            return Optional.empty();
        }
        if (noted.add(use.key())) {
            console.println(console.styles().dim(use.note() + "."));
        }
        if (use.preface() != null) {
            console.println(use.preface());
        }
        return Optional.of(use.command());
    }

    /** The habit run with the same arguments, which the fklab command checks. */
    private static Use same(String word, String rest, String command) {
        return Use.standsFor(word, typed(word, rest), typed(command, rest));
    }

    /** psql's \x: with a value, that setting; alone, on after off (or auto, fklab's default), off after on. */
    private static Use expanded(String rest, Console.Expanded now) {
        if (!rest.isEmpty()) {
            return same("\\x", rest, "expanded");
        }
        String command = "expanded " + (now == Console.Expanded.on ? "off" : "on");
        return Use.run("\\x", "\\x is fklab's '" + command + "' (\\x alone switches between on and off; \\x auto is"
                + " 'expanded auto')", command);
    }

    /** sqlite3's .mode: the table formats fklab has, and one field a line. */
    private static Use mode(String rest, Console.Expanded now) {
        String mode = rest.toLowerCase(Locale.ROOT);
        switch (mode) {
            case "":
                return Use.standsFor(".mode", ".mode", "format").withPreface("fklab's modes: " + MODES);
            case "box": case "csv": case "json": case "markdown":
                return Use.standsFor(".mode", ".mode " + mode, "format " + mode);
            case "line":
                return Use.standsFor(".mode", ".mode line", "expanded on");
            default:
                return Use.refuse(".mode " + rest + " is not one of fklab's modes: " + MODES);
        }
    }

    /** What fklab says of a backslash or dot command it does not know: the ones it knows. */
    public static String unknown(String word) {
        return "fklab does not know " + word + ". From psql it knows " + usages("psql") + "; from sqlite3 "
                + usages("sqlite3") + ". 'help' lists fklab's own commands.";
    }

    private static String usages(String tool) {
        List<String> usages = all().stream().filter(h -> h.tool().equals(tool)).map(Habit::usage).toList();
        return String.join(", ", usages.subList(0, usages.size() - 1)) + " and " + usages.get(usages.size() - 1);
    }

    /** {@code word} and the words after it, if any. */
    private static String typed(String word, String rest) {
        return rest.isEmpty() ? word : word + " " + rest;
    }

    private static String firstWord(String line) {
        String stripped = line.strip();
        int end = 0;
        while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
            end++;
        }
        return stripped.substring(0, end);
    }
}
