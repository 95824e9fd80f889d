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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged fklab as a person starts it: the launcher script and the jar, as separate processes. */
class FklabProcessIT {

    private static final Path LAUNCHER = Path.of("..", "fklab");

    @TempDir
    Path folder;

    /** What a finished process printed and returned. */
    record Outcome(int exitCode, String out, String err) {
    }

    @Test
    void theLauncherRunsACommandOnAFreshInMemoryWorkspaceWithUtf8Names() throws Exception {
        Outcome outcome = finish(start(List.of("bash", LAUNCHER.toString(), "--in-memory", "-c", "band add \"Sigur Rós\"",
                "-c", "band list")));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("Added band 4: Sigur Rós", "│  4 │ Sigur Rós    │", "4 bands");
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void theLauncherNamesAJavaHomeWithoutJava() throws Exception {
        Path notAJdk = Files.createDirectories(folder.resolve("not-a-jdk"));

        Outcome outcome = finish(start(List.of("bash", LAUNCHER.toString(), "--in-memory", "-c", "band list"),
                Map.of("JAVA_HOME", notAJdk.toString())));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).isEqualTo("fklab: JAVA_HOME is set to " + notAJdk
                + ", which has no bin/java: point it at a JDK 17 or newer, or unset it.\n");
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void theLauncherRefusesAJavaOlderThan17BeforeStartingIt() throws Exception {
        // given a JDK 11 whose java would say so if it were started
        Path oldJdk = Files.createDirectories(folder.resolve("jdk-11"));
        Files.writeString(oldJdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"11.0.2\"\n");
        Path java = Files.createDirectories(oldJdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'the old java was started' >&2\nexit 3\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();

        // when
        Outcome outcome = finish(start(List.of("bash", LAUNCHER.toString(), "--in-memory", "-c", "band list"),
                Map.of("JAVA_HOME", oldJdk.toString())));

        // then
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).isEqualTo("fklab: fklab needs Java 17 or newer, and " + java
                + " is Java 11.0.2: install a JDK 17 or newer, or set JAVA_HOME to one.\n");
    }

    @Test
    void aFailingCommandEndsTheProcessWithANonZeroCode() throws Exception {
        Outcome outcome = finish(start(jar("--in-memory", "-c", "band show 99", "-c", "band list")));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("There is no band with id 99.").doesNotContain("\tat ");
        assertThat(outcome.out()).doesNotContain("3 bands");
    }

    @Test
    void commandsPipedOnStandardInputRun() throws Exception {
        Started started = start(jar("--in-memory"));
        try (OutputStream stdin = started.process().getOutputStream()) {
            stdin.write("band add Wilco\nband show Wilco\n".getBytes(StandardCharsets.UTF_8));
        }
        Outcome outcome = finish(started);

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("Added band 4: Wilco", "band 4: Wilco");
    }

    @Test
    void aSecondShellOnABusyWorkspaceIsToldSoAndAKilledShellFreesItAtOnce() throws Exception {
        String workspace = folder.resolve("ws").toString();
        assertThat(finish(start(jar("--workspace", workspace, "-c", "band add Kept"))).exitCode()).isZero();

        Started first = start(jar("--workspace", workspace)); // reads commands from standard input, holding the workspace
        OutputStream firstInput = first.process().getOutputStream();
        firstInput.write("band list\n".getBytes(StandardCharsets.UTF_8));
        firstInput.flush();
        awaitOutput(first, "4 bands");
        Outcome second = finish(start(jar("--workspace", workspace, "-c", "band list")));
        first.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        Outcome afterKill = finish(start(jar("--workspace", workspace, "-c", "band list")));

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).contains("is in use by another fklab shell").doesNotContain("\tat ");
        assertThat(afterKill.exitCode()).isZero();
        assertThat(afterKill.out()).contains("Kept", "4 bands");
    }

    private static void awaitOutput(Started started, String expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(started.out(), StandardCharsets.UTF_8).contains(expected)) {
            assertThat(started.process().isAlive()).as("the first shell is running: %s",
                    Files.readString(started.err(), StandardCharsets.UTF_8)).isTrue();
            assertThat(System.nanoTime()).as("the first shell answered in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static List<String> jar(String... args) {
        return PackagedJar.command(List.of(), List.of(args));
    }

    /** A started process and the files its output goes to. */
    private record Started(Process process, Path out, Path err) {
    }

    private Started start(List<String> command) throws IOException {
        return start(command, Map.of());
    }

    private Started start(List<String> command, Map<String, String> environment) throws IOException {
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().putAll(environment);
        return new Started(builder.start(), out, err);
    }

    private static Outcome finish(Started started) throws Exception {
        started.process().getOutputStream().close();
        assertThat(started.process().waitFor(180, TimeUnit.SECONDS)).as("fklab finished").isTrue();
        return new Outcome(started.process().exitValue(), Files.readString(started.out(), StandardCharsets.UTF_8),
                Files.readString(started.err(), StandardCharsets.UTF_8));
    }
}
