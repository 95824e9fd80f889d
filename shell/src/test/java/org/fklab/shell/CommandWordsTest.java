package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words after fklab's own options are one command, as git and psql -c users expect. */
class CommandWordsTest {

    @TempDir
    Path folder;

    @Test
    void theWordsAfterTheOptionsAreOneCommand() {
        FklabRun.Result list = FklabRun.run("--in-memory", "band", "list");
        FklabRun.Result migrate = FklabRun.run("--in-memory", "migrate", "0002", "--yes");

        assertThat(list.exitCode()).as(list.all()).isZero();
        assertThat(list.out()).contains("3 bands");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(migrate.out()).contains("Unapplying 0004_create_author_book", "The database is at 0002_create_listing");
    }

    @Test
    void aWordWithSpacesQuotesOrAHashStaysOneWord() {
        FklabRun.Result added = FklabRun.run("--workspace", folder.resolve("ws").toString(), "band", "add",
                "De La Soul's \"best\" #1");

        FklabRun.Result shown = FklabRun.run("--workspace", folder.resolve("ws").toString(), "band", "show",
                "De La Soul's \"best\" #1");

        assertThat(added.exitCode()).as(added.all()).isZero();
        assertThat(shown.exitCode()).as(shown.all()).isZero();
        assertThat(shown.out()).contains("band 4: De La Soul's \"best\" #1");
    }

    @Test
    void optionsAfterTheCommandBelongToIt() {
        String ws = folder.resolve("ws").toString();
        FklabRun.Result generated = FklabRun.run("--workspace", ws, "seed", "generate", "--bands", "5",
                "--listings", "20", "--out", folder.resolve("my-class").toString());

        FklabRun.Result loaded = FklabRun.run("--workspace", ws, "seed", "load",
                folder.resolve("my-class/band.csv").toString(), folder.resolve("my-class/listing.csv").toString(),
                "--replace");

        assertThat(generated.exitCode()).as(generated.all()).isZero();
        assertThat(loaded.exitCode()).as(loaded.all()).isZero();
        assertThat(loaded.out()).contains("band       5 rows", "listing    20 rows");
    }

    @Test
    void sqlWordsArePassedOnAsTyped() {
        FklabRun.Result result = FklabRun.run("--in-memory", "sql", "SELECT name FROM band WHERE name = 'Cut Copy';");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("│ Cut Copy │");
    }

    @Test
    void aCommandAsWordsAndWithDashCTogetherIsRefused() {
        FklabRun.Result result = FklabRun.run("--in-memory", "-c", "band list", "band", "list");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("give the command either as words (fklab band list) or with -c/--script, not"
                + " both");
    }

    @Test
    void aMistypedCommandGivenAsWordsIsAUsageError() {
        FklabRun.Result result = FklabRun.run("--in-memory", "bands", "lst");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'lst'").doesNotContain("Unmatched");
    }
}
