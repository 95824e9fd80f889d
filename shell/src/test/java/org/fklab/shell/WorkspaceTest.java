package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fklab.domain.sandbox.Sandbox;
import org.fklab.migrations.apply.Migrator;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.seed.dataset.BuiltInDatasets;
import org.fklab.seed.load.SeedLoader;
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

    @Test
    void aNewWorkspaceCopiedWithinTheJvmHoldsWhatLiquibaseAndTheTutorialDatasetMake() throws Exception {
        // the reference: the built-in migrations applied by Liquibase and the tutorial data loaded, here and now
        Path reference = Files.createDirectories(folder.resolve("reference"));
        try (Sandbox sandbox = Sandbox.openFile(reference.resolve("db"))) {
            Migrator migrator = new Migrator(sandbox.dataSource(), MigrationCatalog.builtIn().load(),
                    MigrationCatalog.builtIn());
            migrator.execute(migrator.planToLeaf());
            new SeedLoader(sandbox).load(BuiltInDatasets.find(BuiltInDatasets.TUTORIAL).orElseThrow().csvSources(),
                    false);
        }
        FklabRun.run("--workspace", folder.resolve("first").toString(), "-c", "tables");
        FklabRun.run("--workspace", folder.resolve("second").toString(), "-c", "tables");
        FklabRun.run("--workspace", folder.resolve("third").toString(), "-c", "tables"); // a copy of an earlier one

        WorkspaceDump made = WorkspaceDump.of(reference);
        WorkspaceDump copied = WorkspaceDump.of(folder.resolve("third"));

        assertThat(copied.columns()).isEqualTo(made.columns());
        assertThat(withoutTimes(copied)).isEqualTo(withoutTimes(made));
    }

    /** Rows with the times and Liquibase's deployment id masked: they tell when, not what. */
    private static Map<String, List<String>> withoutTimes(WorkspaceDump dump) {
        Map<String, List<String>> rows = new TreeMap<>();
        dump.rows().forEach((table, list) -> rows.put(table, list.stream()
                .map(row -> row.replaceAll("\\d{4}-\\d{2}-\\d{2}[ T][\\d:.]+", "TIME")
                        .replaceAll("DEPLOYMENT_ID=\\d+", "DEPLOYMENT_ID=N"))
                .toList()));
        return rows;
    }
}
