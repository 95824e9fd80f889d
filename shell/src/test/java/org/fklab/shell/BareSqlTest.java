package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.repl.FklabParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A line that starts with SQL runs as 'sql' would run it, in script mode. */
class BareSqlTest {

    @TempDir
    Path folder;

    @Test
    void aLineThatStartsWithSelectRunsAsSqlInAnyCase() {
        FklabRun.Result result = FklabRun.commands("select * from band where id = 3;",
                "SeLeCt name FROM band WHERE id = 2",
                "with b as (select name from band where id = 1) select * from b;");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("│  3 │ Cut Copy │", "│ Foo Fighters │", "│ De La Soul │")
                .doesNotContain("There is no command");
    }

    @Test
    void bareSqlInAScriptGoesOnOverLinesUntilItsSemicolon() throws Exception {
        Path script = Files.writeString(folder.resolve("habits.fk"), "select name\n  from band\n  where id = 3;\n"
                + "insert into band (name)\n  values ('Wilco');\nband list\n");

        FklabRun.Result result = FklabRun.run("--in-memory", "--script", script.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out())
                .contains("│ Cut Copy │", "1 row inserted.", "│  4 │ Wilco        │", "4 bands");
    }

    @Test
    void bareSqlThatChangesDataIsOneUndoStep() {
        Path workspace = folder.resolve("ws");
        FklabRun.inWorkspace(workspace, "band list");

        FklabRun.Result changed = FklabRun.inWorkspace(workspace, "update band set name = 'Cut/Copy' where id = 3;",
                "band show 3");
        FklabRun.Result undone = FklabRun.inWorkspace(workspace, "undo", "band show 3");

        assertThat(changed.out()).contains("1 row updated.", "band 3: Cut/Copy");
        assertThat(undone.exitCode()).as(undone.all()).isZero();
        assertThat(undone.out()).contains("Undid: update band set name = 'Cut/Copy' where id = 3;", "band 3: Cut Copy");
    }

    @Test
    void aBareSelectTakesNoUndoStep() {
        Path workspace = folder.resolve("ws");
        FklabRun.inWorkspace(workspace, "band add Wilco");

        FklabRun.Result result = FklabRun.inWorkspace(workspace, "select * from band;", "undo", "band list");

        assertThat(result.out()).contains("Undid: band add Wilco", "3 bands");
    }

    @Test
    void explainOnStaysFklabsCommandAndExplainPlanForIsSql() {
        FklabRun.Result result = FklabRun.commands("explain on", "explain", "explain off",
                "EXPLAIN PLAN FOR SELECT * FROM band WHERE id = 1;");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("explain is on: each command is followed by the SQL it ran.",
                        "explain is off.", "│ plan ")
                .containsPattern("access=.*PK_BAND|PK_BAND");
    }

    @Test
    void noFklabCommandIsTakenForBareSql() {
        for (String name : new CommandRegistry(null).names()) {
            assertThat(FklabParser.isSql(name + " 1")).as(name).isEqualTo(name.equals("sql"));
        }
        for (String start : FklabParser.bareSqlStarts()) {
            String word = start.split(" ")[0].toLowerCase(Locale.ROOT);
            assertThat(new CommandRegistry(null).names()).as(word).doesNotContain(word.equals("explain") ? "-" : word);
        }
        assertThat(FklabParser.isSql("explain on")).isFalse();
        assertThat(FklabParser.isSql("explain")).isFalse();
        assertThat(FklabParser.isSql("explain plan for select 1")).isTrue();
        assertThat(FklabParser.isSql("deleted")).isFalse();
        assertThat(FklabParser.isSql("  DELETE FROM band;")).isTrue();
    }
}
