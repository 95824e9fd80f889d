package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand generated command lines in one fklab process, on a workspace on disk: real commands with wrong,
 * odd and absurd arguments, broken quotes, backslashes, comments, SQL fragments, psql and sqlite3 habits, very long
 * lines. Every line must get an answer (no stack trace, no Java class name, no bug message), the run must end, and
 * afterwards the workspace must open clean, agree with what the run left, and still undo.
 *
 * <p>It runs the packaged jar in a temporary folder, so that the files the lines name are written there.
 * {@code -Dfklab.fuzz.lines=N} and {@code -Dfklab.fuzz.seed=S} run other trials; the figures are printed.
 */
class FuzzIT {

    private static final long SEED = Long.getLong("fklab.fuzz.seed", 20261201L);
    private static final int LINES = Integer.getInteger("fklab.fuzz.lines", 10_000);

    private static final String[] STARTS = {
        "band add", "band show", "band rename", "band delete", "band list", "bands",
        "listing add", "listing show", "listing rename", "listing set-band", "listing delete", "listing list",
        "author add", "author show", "author delete", "author list", "book add", "book set-author", "book show",
        "book delete", "book list", "tables", "describe", "diagram", "explain", "sql", "showmigrations",
        "migrate --plan", "migrate", "sqlmigrate", "makemigration", "makemigrations --merge", "migrations history",
        "seed list", "seed load", "seed export", "seed generate --bands", "tutorial", "tutorial start",
        "tutorial restart-step", "tutorial auto", "next", "back", "check", "goal", "hint", "answer", "solution",
        "snapshot", "restore", "undo", "reset", "demo run", "help", "expanded", "format", "config", "demo list", "demo show", "source",
        "\\d", "\\dt", "\\x", "\\?", ".tables", ".schema", ".mode", ".help", "select", "SELECT * FROM", "insert into",
        "update band set", "delete from", "with", "create table", "alter table", "drop table", "explain plan for",
        "bnad", "lst", "--help", "#", "!band show", "",
    };

    private static final String[] WORDS = {
        "1", "2", "3", "0", "-1", "99999999999", "9223372036854775807", "2147483647", "1e3", "abc", "none",
        "band", "listing", "author", "book", "bands", "De La Soul", "\"De La Soul\"", "'Cut Copy'", "\"open",
        "'open", "\\", "\\\\", "\\\"", "#", "# a comment's apostrophe", ";", "--yes", "--dry-run", "--all",
        "--format", "csv", "json", "markdown", "box", "--band", "--author", "--out", "/nonexistent/dir/x.csv",
        "--replace", "--table", "--on-delete", "cascade", "set-null", "restrict", "set-default", "--parent",
        "add-column", "add-fk", "drop-column", "rename-column", "create-table", "varchar(10)", "int", "id", "name",
        "band_id", "title", "0001", "0003", "zero", "--plan", "on", "off", "auto", "*", "FROM", "WHERE", "(", ")",
        "'", "''", "NULL", "=", "tutorial", "tutorial-unlinked", "--listings", "5", "Zürich", "日本", "🎸",
        "\t", "  ", "x".repeat(300), "%s", "${x}", "$(id)", "'; DROP TABLE band; --", "\u0000", "\u001b[A",
    };

    /** Printed just before the last 'tables': what follows it is the state the run left. */
    private static final String END = "sql SELECT 'END-OF-FUZZ' AS marker FROM (VALUES (0));";

    /**
     * Ends a statement the generated lines left open (which goes on over the lines after it, as it should), whatever
     * it is inside: a line alone ends it between words, the next closes a block comment, then a string, then a quoted
     * name. Once it has ended, each line left is one more refused line.
     */
    private static final String CLOSE = ";\n*/;\n';\n\";\n";

    @TempDir
    Path temp;

    @Test
    void everyGeneratedLineGetsAnAnswerAndTheWorkspaceStaysWhole() throws Exception {
        Path workspace = temp.resolve("ws");
        Random random = new Random(SEED);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            lines.add(line(random));
        }
        Path input = temp.resolve("lines.txt"); // kept, to read what was sent when it fails
        Files.writeString(input, String.join("\n", lines) + "\n" + CLOSE + "format box\nexpanded off\nexplain off\n"
                + END + "\ntables\n");

        long start = System.nanoTime();
        Run fuzzed = fklab(input, "--workspace", workspace.toString(), "--keep-going");
        long millis = (System.nanoTime() - start) / 1_000_000;

        int refused = refused(fuzzed.err());
        System.out.printf(Locale.ROOT, "fuzz: %,d lines (seed %d) in one process, %,d ms (%.1f ms a line): %,d"
                + " answered with an error message, %,d ran; no stack trace, no hang%n", LINES, SEED, millis,
                (double) millis / LINES, refused, LINES - refused);
        assertThat(fuzzed.out() + fuzzed.err()).as("seed %d: the lines are in %s", SEED, input)
                .doesNotContain("\tat ", "Exception", "java.", "org.fklab", "Something went wrong inside fklab",
                        "Unexpected failure", "StackOverflow", "OutOfMemory");
        assertThat(fuzzed.out()).contains("END-OF-FUZZ"); // the run got to its end: nothing stopped it early

        // then: a new start opens it clean, holds what the run left, and can still undo
        String out = fuzzed.out();
        String tablesAtEnd = out.substring(out.indexOf("┌", out.lastIndexOf("END-OF-FUZZ")));
        Path check = temp.resolve("check.txt");
        Files.writeString(check, "tables\nshowmigrations\nundo\n");
        Run reopened = fklab(check, "--workspace", workspace.toString(), "--keep-going");
        assertThat(reopened.err()).doesNotContain("warning:", "error:");
        assertThat(reopened.out()).startsWith(tablesAtEnd).doesNotContain("note:", "drift:").contains("Undid: ");
        try (Stream<Path> files = Files.walk(workspace)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.contains(".partial") || f.contains("savepoint-")
                    || f.endsWith("journal.properties") || f.endsWith(".incoming") || f.endsWith(".previous"));
        }
    }

    /** What one run of the packaged fklab printed; it runs in the temporary folder, where the lines may write files. */
    record Run(String out, String err) {
    }

    private Run fklab(Path stdin, String... options) throws Exception {
        List<String> command = PackagedJar.command(List.of("-Xmx512m"), List.of(options));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(temp.toFile()).redirectInput(stdin.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) { // a guard against a hang, not a target: the figures are printed
            process.destroyForcibly();
            throw new AssertionError("fklab did not finish the lines in 10 minutes: a line hangs (seed " + SEED + ")");
        }
        String keep = System.getProperty("fklab.fuzz.keep"); // a folder to keep what was sent and said, to read it
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            String run = stdin.getFileName().toString().replace(".txt", "");
            Files.copy(stdin, Path.of(keep, run + ".txt"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(out, Path.of(keep, run + ".out"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(err, Path.of(keep, run + ".err"), StandardCopyOption.REPLACE_EXISTING);
        }
        return new Run(Files.readString(out), Files.readString(err));
    }

    private static String line(Random random) {
        int kind = random.nextInt(100);
        if (kind < 2) {
            return "band show " + "\\".repeat(1 + random.nextInt(20_000)); // deep escapes
        }
        if (kind < 4) {
            return "band add" + " x".repeat(1 + random.nextInt(60_000)); // many words, or one line too long
        }
        StringBuilder line = new StringBuilder(STARTS[random.nextInt(STARTS.length)]);
        int words = random.nextInt(6);
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (random.nextInt(10) == 0) {
                word = mutate(word, random);
            }
            line.append(random.nextInt(8) == 0 ? "" : " ").append(word);
        }
        String text = line.toString();
        if ((text.startsWith("sql") || text.matches("(?i)^(select|insert|update|delete|with|create|alter|drop|explain plan)"
                + ".*")) && random.nextInt(20) != 0) {
            text = text + ";"; // most statements are ended; a few run on over the next lines, as a learner's would
        }
        return text.startsWith("exit") || text.startsWith("quit") ? "# " + text : text; // the run must reach the end
    }

    private static String mutate(String word, Random random) {
        char[] odd = {'"', '\'', '\\', '#', ';', ' ', '\t', '\u00e9', '\u2028', '\ufeff', '\u0007'};
        StringBuilder text = new StringBuilder(word);
        int at = text.offsetByCodePoints(0, random.nextInt(word.codePointCount(0, word.length()) + 1)); // whole characters
        text.insert(at, odd[random.nextInt(odd.length)]);
        return text.toString();
    }

    /** How many of the generated lines were answered with an error (not the closing lines after them). */
    private static int refused(String err) {
        Matcher matcher = Pattern.compile("(?m)^stdin:(\\d+): error: ").matcher(err);
        int found = 0;
        while (matcher.find()) {
            found += Integer.parseInt(matcher.group(1)) <= LINES ? 1 : 0;
        }
        return found;
    }

}
