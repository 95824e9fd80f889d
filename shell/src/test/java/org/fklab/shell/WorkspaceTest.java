package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fklab.domain.sandbox.Sandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path folder;

    @Test
    void aWorkspaceKeepsItsDataBetweenRuns() {
        String workspace = folder.resolve("class").toString();

        FklabRun.Result first = FklabRun.run("--workspace", workspace, "-c", "band add Wilco");
        FklabRun.Result second = FklabRun.run("--workspace", workspace, "-c", "band list");

        assertThat(first.exitCode()).isZero();
        assertThat(second.out()).contains("│  4 │ Wilco        │", "4 bands");
        assertThat(folder.resolve("class/db/fklab.script")).exists();
        assertThat(folder.resolve("class/migrations")).isDirectory();
    }

    @Test
    void inMemoryWorkspacesStartFreshEachTime() {
        FklabRun.run("--in-memory", "-c", "band add Wilco");

        assertThat(FklabRun.commands("band list").out()).contains("3 bands").doesNotContain("Wilco");
    }

    @Test
    void aSecondShellOnTheSameWorkspaceIsToldItIsInUse() {
        Path workspace = folder.resolve("busy");
        FklabRun.run("--workspace", workspace.toString(), "-c", "band list");

        try (Sandbox firstShell = Sandbox.openFile(workspace.resolve("db"))) {
            FklabRun.Result second = FklabRun.run("--workspace", workspace.toString(), "-c", "band list");

            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.err()).contains("The workspace " + workspace + " is in use by another fklab shell.",
                    "--in-memory").doesNotContain("\tat ");
        }
        assertThat(FklabRun.run("--workspace", workspace.toString(), "-c", "band list").exitCode()).isZero();
    }

    @Test
    void aWorkspacePathThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "not a folder");

        FklabRun.Result result = FklabRun.run("--workspace", file.toString(), "-c", "band list");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(file + " is a file, not a folder.");
    }
}
