package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration file and FKLAB_WORKSPACE set fklab's defaults; `config` says where each value came from. */
class ConfigTest {

    @TempDir
    Path folder;

    private Path config(String... lines) throws Exception {
        Path file = folder.resolve("xdg/fklab/config");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private FklabRun.Result run(Map<String, String> env, String... args) {
        return FklabRun.withInput("", env, args);
    }

    @Test
    void theFilesValuesAreUsedAndConfigSaysWhereEachCameFrom() throws Exception {
        Path file = config("# my class", "workspace = " + folder.resolve("class-ws"), "color = off",
                "lesson-auto-check = off   # I check myself");

        FklabRun.Result result = run(Map.of("XDG_CONFIG_HOME", folder.resolve("xdg").toString()), "config");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("│ workspace         │ " + folder.resolve("class-ws"), file + ":2",
                "│ color             │ off", file + ":3", "│ lesson-auto-check │ off", file + ":4",
                "│ format            │ box", "default", "Configuration file: " + file);
        assertThat(Files.isDirectory(folder.resolve("class-ws/db"))).isTrue();
    }

    @Test
    void theEnvironmentWinsOverTheFileAndTheCommandLineOverBoth() throws Exception {
        config("workspace = " + folder.resolve("from-file"));
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", folder.resolve("xdg").toString(),
                "FKLAB_WORKSPACE", folder.resolve("from-env").toString());

        FklabRun.Result fromEnv = run(env, "config");
        FklabRun.Result fromLine = run(env, "--workspace", folder.resolve("from-line").toString(), "config");

        assertThat(fromEnv.out()).contains(folder.resolve("from-env").toString(), "environment (FKLAB_WORKSPACE)");
        assertThat(fromLine.out()).contains(folder.resolve("from-line").toString(), "command line (--workspace)");
        assertThat(Files.exists(folder.resolve("from-file"))).isFalse();
    }

    @Test
    void aMistakeInTheFileIsNamedWithItsLineAndTheDefaultIsUsed() throws Exception {
        Path file = config("colour = off", "format = excel", "just words");

        FklabRun.Result result = run(Map.of("XDG_CONFIG_HOME", folder.resolve("xdg").toString()), "--in-memory",
                "config");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).contains(file + ":1: 'colour' is not one of fklab's settings (workspace, color, format,"
                + " pager, lesson-auto-check).", file + ":2: 'excel' is not a value of format (box, csv, json,"
                + " markdown); fklab's default is used instead.", file + ":3: 'just words' is not a setting; write name ="
                + " value");
        assertThat(result.out()).contains("│ format            │ box", "│ workspace         │ in memory");
    }

    @Test
    void lessonAutoCheckOffStopsTheQuietCheckUntilTheWorkspaceSaysOtherwise() throws Exception {
        config("lesson-auto-check = off");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", folder.resolve("xdg").toString());
        String ws = folder.resolve("ws").toString();

        FklabRun.Result quiet = run(env, "--workspace", ws, "-c", "tutorial start 1", "-c", "band add \"The Avalanches\"",
                "-c", "answer 4");
        FklabRun.Result turnedOn = run(env, "--workspace", ws, "-c", "tutorial auto on", "-c", "band add Wilco");

        assertThat(quiet.out()).contains("✓ Right.").doesNotContain("✓ Step 1 ·");
        assertThat(turnedOn.out()).contains("Checking as you go is on", "✓ Step 1 · Every row has an id: done.");
    }

    @Test
    void theConfiguredFormatIsUsedUntilTheCommandLineSaysOtherwise() throws Exception {
        config("format = csv");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", folder.resolve("xdg").toString());

        FklabRun.Result csv = run(env, "--in-memory", "band", "list");
        FklabRun.Result box = run(env, "--in-memory", "--format", "box", "band", "list");

        assertThat(csv.out()).startsWith("\"id\",\"name\"").doesNotContain("│");
        assertThat(box.out()).contains("│ De La Soul   │");
    }
}
