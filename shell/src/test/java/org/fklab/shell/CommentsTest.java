package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A # outside quotes (and outside SQL's string literals) starts a comment to the end of the line, everywhere. */
class CommentsTest {

    @TempDir
    Path folder;

    @Test
    void aCommentAfterACommandIsNotPartOfIt() {
        FklabRun.Result result = FklabRun.commands("band list   # the bands of the tutorial dataset",
                "author show 1   # the author's books: an apostrophe in a comment closes nothing",
                "band add \"Hash # Tag\"   # a # inside quotes is part of the name",
                "band show \"Hash # Tag\"");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("3 bands", "Pride and Prejudice", "Added band 4: Hash # Tag",
                "band 4: Hash # Tag");
    }

    @Test
    void aCommentInSqlIsTakenOutOutsideItsLiteralsOnly() {
        FklabRun.Result result = FklabRun.commands(
                "sql INSERT INTO band (name) VALUES ('No. #1'); # a band whose name holds a hash",
                "sql SELECT name FROM band WHERE name LIKE '%#%'; # found by it",
                "sql SELECT COUNT(*) AS n FROM band # four now;");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("1 row inserted", "No. #1", "│ 4 │");
    }

    @Test
    void aScriptsCommentsMayFollowCommandsAndASemicolonInACommentDoesNotEndAStatement() throws Exception {
        Path script = folder.resolve("class.fk");
        Files.writeString(script, String.join("\n",
                "# a comment line: a demo's narration",
                "band add Wilco          # a comment after a command",
                "sql SELECT name        # a comment inside a statement; not its end",
                "  FROM band WHERE name = 'Wilco';",
                "band show Wilco        # it's there",
                ""));

        FklabRun.Result result = FklabRun.run("--in-memory", "--script", script.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Added band 4: Wilco", "│ Wilco │", "band 4: Wilco");
    }

    @Test
    void aLineThatIsOnlyACommentDoesNothing() {
        FklabRun.Result result = FklabRun.commands("   # nothing to do", "band list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
    }
}
