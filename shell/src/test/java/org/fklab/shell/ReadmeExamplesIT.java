package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jline.terminal.Size;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shell block of README.md, pasted as written on a fresh workspace: a session ({@code fklab> ...} lines) typed
 * into the real interactive shell, answering yes when it asks; a command line ({@code ./fklab ...},
 * {@code echo ... | ./fklab ...}) run as a process of the packaged jar in a folder of its own. A line must not fail
 * unless its comment says it is refused, or quotes what it prints (a message it answers with); a part of its comment
 * in double quotes must be in what it prints; a comment that says it asks must be asked. Blocks of benchmarks ({@code bench/...}) are documented, not run here, and so are
 * the build commands and the bare {@code ./fklab} that starts the shell.
 */
class ReadmeExamplesIT {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern PROMPT = Pattern.compile("fklab(?: \\[\\d+\\.\\d+\\])?> ");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    @TempDir
    Path folder;

    /** One fenced block: where it starts, and its lines. */
    record Block(int line, List<String> lines) {

        boolean session() {
            return lines.stream().anyMatch(l -> PROMPT.matcher(l).lookingAt());
        }
    }

    /**
     * A command of a block with the comment written beside it; {@code typed} is the line as it is pasted into the
     * shell, comment and all.
     */
    record Example(String command, String comment, int line, String typed) {

        boolean refused() {
            return comment.contains("refused");
        }

        boolean asks() {
            return comment.contains("asks");
        }

        /** The parts of the comment in double quotes, split at "...": what the output must show. */
        List<String> shown() {
            List<String> parts = new ArrayList<>();
            Matcher m = QUOTED.matcher(comment);
            while (m.find()) {
                for (String part : m.group(1).split("\\.\\.\\.")) {
                    if (!part.isBlank()) {
                        parts.add(part.strip());
                    }
                }
            }
            return parts;
        }
    }

    static List<Block> blocks() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```") && !lines.get(i).strip().equals("```text")) {
                int start = i + 1;
                int end = start;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                blocks.add(new Block(start + 1, lines.subList(start, end)));
                i = end;
            } else if (lines.get(i).startsWith("```")) {
                while (++i < lines.size() && !lines.get(i).startsWith("```")) {
                    // a ```text block is not for pasting (a synopsis)
                }
            }
        }
        return blocks;
    }

    @TestFactory
    Stream<DynamicTest> everyShellBlockRunsAsWrittenOnAFreshWorkspace() throws IOException {
        List<Block> blocks = blocks();
        assertThat(blocks).as("README.md's shell blocks").hasSizeGreaterThan(5);
        return blocks.stream().filter(b -> !documentedOnly(b)).map(b -> DynamicTest.dynamicTest(
                "README.md:" + b.line(), () -> {
                    if (b.session()) {
                        session(b);
                    } else {
                        commandLines(b);
                    }
                }));
    }

    /** Benchmarks, the build and test commands, and the bare ./fklab that starts the shell. */
    private static boolean documentedOnly(Block block) {
        return block.lines().stream().map(ReadmeExamplesIT::withoutComment).filter(l -> !l.isBlank())
                .allMatch(l -> l.startsWith("bench/") || l.startsWith("mvn ") || l.startsWith("./mvnw ")
                        || l.equals("./fklab") || l.equals("$ ./fklab"));
    }

    private static Example example(String line, int number) {
        int hash = commentStart(line);
        return new Example(hash < 0 ? line.strip() : line.substring(0, hash).strip(),
                hash < 0 ? "" : line.substring(hash + 1).strip(), number, line.strip());
    }

    private static String withoutComment(String line) {
        return example(line, 0).command();
    }

    /** Where a # outside quotes starts the line's comment, or -1. */
    private static int commentStart(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return i;
            }
        }
        return -1;
    }

    /** Types each command into the interactive shell, as pasted, and reads what it printed before the next prompt. */
    private void session(Block block) throws Exception {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < block.lines().size(); i++) {
            String line = block.lines().get(i);
            Matcher prompt = PROMPT.matcher(line);
            if (prompt.lookingAt()) {
                examples.add(example(line.substring(prompt.end()), block.line() + i));
            } else if (line.strip().startsWith("...>") && !examples.isEmpty()) {
                Example last = examples.remove(examples.size() - 1);
                String more = line.strip().substring(4).strip();
                examples.add(new Example(last.command() + "\n" + more, last.comment(), last.line(),
                        last.typed() + "\n" + more));
            }
        }
        String workspace = folder.resolve("ws-" + block.line()).toString();
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "dumb", new Size(200, 2000), "--workspace",
                workspace)) {
            int prompts = awaitPrompts(shell, 1);
            for (Example example : examples) {
                int before = shell.text().length();
                List<String> lines = example.typed().lines().toList(); // as pasted: its comment too
                for (String part : lines) {
                    shell.type(part + "\r");
                }
                boolean asked = false;
                prompts = prompts + 1;
                while (true) {
                    if (shell.text().substring(before).contains("[y/N] ") && !asked) {
                        asked = true;
                        shell.type("y\r");
                    }
                    if (countPrompts(shell.text()) >= prompts) {
                        break;
                    }
                    Thread.sleep(20);
                    if (shell.finished()) {
                        break;
                    }
                }
                prompts = countPrompts(shell.text());
                judge(example, shell.text().substring(before), asked);
            }
        }
    }

    private static int awaitPrompts(VirtualTerminal shell, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (countPrompts(shell.text()) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The shell never showed its prompt:\n" + shell.text());
            }
            Thread.sleep(20);
        }
        return countPrompts(shell.text());
    }

    private static int countPrompts(String text) {
        Matcher m = PROMPT.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Runs each line of a block of shell commands as the jar in a folder of its own, with a home of its own. */
    private void commandLines(Block block) throws Exception {
        Path cwd = Files.createDirectories(folder.resolve("cwd-" + block.line()));
        for (int i = 0; i < block.lines().size(); i++) {
            Example example = example(block.lines().get(i), block.line() + i);
            if (example.command().isEmpty()) {
                continue;
            }
            String command = example.command();
            String input = null;
            Matcher pipe = Pattern.compile("^echo (\"[^\"]*\"|'[^']*') \\| (.*)$").matcher(command);
            if (pipe.matches()) {
                input = pipe.group(1).substring(1, pipe.group(1).length() - 1) + "\n";
                command = pipe.group(2);
            }
            List<String> words = words(command);
            assertThat(words.get(0)).as("README.md:%d runs fklab", example.line()).isEqualTo("./fklab");
            List<String> process = PackagedJar.command(List.of("-Duser.home=" + cwd.toAbsolutePath()),
                    words.subList(1, words.size()));
            Process started = new ProcessBuilder(process).directory(cwd.toFile()).redirectErrorStream(true).start();
            try (OutputStream stdin = started.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(started.exitValue() == 0).as("README.md:%d '%s' exits 0:%n%s", example.line(), command, output)
                    .isEqualTo(!example.refused());
            judge(example, output, false);
        }
    }

    /** A command line split into words as a POSIX shell would (quotes group, and are taken away). */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static void judge(Example example, String output, boolean asked) {
        String where = "README.md:" + example.line() + " '" + example.command() + "'";
        if (example.refused()) {
            assertThat(output).as("%s is refused, as its comment says:%n%s", where, output).contains("error:");
        } else if (example.shown().isEmpty()) {
            assertThat(output).as("%s works as written:%n%s", where, output).doesNotContain("error:")
                    .doesNotContain("Unexpected failure");
        }
        if (example.asks()) {
            assertThat(asked).as("%s asks first, as its comment says:%n%s", where, output).isTrue();
        }
        for (String part : example.shown()) {
            assertThat(output).as("%s shows what its comment quotes", where).contains(part);
        }
    }
}
