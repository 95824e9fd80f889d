package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptModeTest {

    @TempDir
    Path folder;

    @Test
    void commandsRunInOrderAndTheRunStopsAtTheFirstFailure() {
        FklabRun.Result result = FklabRun.commands("band add Wilco", "band show 99", "band add Never");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("Added band 4: Wilco").doesNotContain("Never");
        assertThat(result.err()).contains("There is no band with id 99.");
    }

    @Test
    void keepGoingRunsTheRestButStillExitsNonZero() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "band show 99", "-c", "band add Later",
                "-c", "band list");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("Added band 4: Later", "4 bands");
    }

    @Test
    void aMistypedCommandExitsWithTwo() {
        assertThat(FklabRun.commands("band add").exitCode()).isEqualTo(2);
        assertThat(FklabRun.commands("nonsense").exitCode()).isEqualTo(2);
    }

    @Test
    void aScriptFileRunsLineByLineSkippingCommentsAndNamesTheLineOfAFailure() throws Exception {
        Path script = folder.resolve("demo.fk");
        Files.writeString(script, String.join("\n",
                "# a demo for the projector",
                "band add \"Sigur Rós\"",
                "",
                "sql SELECT name",
                "      FROM band",
                "     WHERE id = 4;",
                "listing add Poster --band 404",
                "band list"));

        FklabRun.Result result = FklabRun.run("--in-memory", "--script", script.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("Added band 4: Sigur Rós", "│ Sigur Rós │").doesNotContain("4 bands");
        assertThat(result.err()).contains(script + ":7: error: There is no band with id 404.");
    }

    @Test
    void commandsPipedOnStandardInputRunWithoutAPrompt() {
        FklabRun.Result result = FklabRun.withInput("band add Wilco\nlisting add \"Yankee poster\" --band Wilco\nband show Wilco\n",
                "--in-memory");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain("fklab>")
                .contains("Added band 4: Wilco", "Added listing 4: Yankee poster (band 4: Wilco)", "Yankee poster");
    }

    @Test
    void pipedInputStopsAtTheFirstFailureAndNamesItsLine() {
        FklabRun.Result result = FklabRun.withInput("band list\nband show 99\nband add Never\n", "--in-memory");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("stdin:2: error: There is no band with id 99.");
        assertThat(result.out()).doesNotContain("Never");
    }

    @Test
    void exitEndsAScriptSuccessfully() {
        FklabRun.Result result = FklabRun.withInput("band list\nexit\nband add Never\n", "--in-memory");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("3 bands").doesNotContain("Never");
    }

    @Test
    void anUnfinishedSqlStatementAtTheEndOfAScriptIsAnError() {
        FklabRun.Result result = FklabRun.withInput("band list\nsql SELECT * FROM band\n", "--in-memory");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("stdin:2: error: This sql statement has no closing ';' before the input ends.");
    }

    @Test
    void aSingleDashCSqlCommandNeedsNoSemicolon() {
        FklabRun.Result result = FklabRun.commands("sql SELECT COUNT(*) AS n FROM listing");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("│ 3 │");
    }

    @Test
    void noColourEscapesWhenOutputIsNotATerminal() {
        FklabRun.Result result = FklabRun.commands("band list", "band show 99");

        assertThat(result.all()).doesNotContain("\u001b[");
    }

    @Test
    void helpAndVersionNeedNoWorkspace() {
        FklabRun.Result help = FklabRun.run("--help");
        FklabRun.Result version = FklabRun.run("--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: fklab", "--workspace=DIR", "--in-memory", "-c, --command=COMMAND",
                "--script=FILE", "--keep-going", "--no-color");
        assertThat(version.out()).startsWith("fklab ");
    }

    @Test
    void badLaunchOptionsAreExplained() {
        FklabRun.Result unknown = FklabRun.run("--in-memroy");
        FklabRun.Result both = FklabRun.run("--in-memory", "--workspace", folder.toString(), "-c", "band list");
        FklabRun.Result missing = FklabRun.run("--in-memory", "--script", folder.resolve("nope.fk").toString());

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--in-memroy'", "fklab --help");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("choose either --workspace DIR or --in-memory, not both");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the script", "nope.fk");
    }
}
