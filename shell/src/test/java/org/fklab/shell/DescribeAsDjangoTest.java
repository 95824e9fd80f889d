package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.jline.terminal.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code describe TABLE --as django}: the Django model that the table is, as a learner who knows Django reads it. */
class DescribeAsDjangoTest {

    @TempDir
    Path folder;

    @Test
    void listingIsTheLessonsModelWithTheReverseSideNamedAsFklabNamesIt() {
        FklabRun.Result result = FklabRun.commands("describe listing --as django");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("from django.db import models\n\n\nclass Listing(models.Model):\n")
                .endsWith("\n    band = models.ForeignKey(\"Band\", null=True, on_delete=models.SET_NULL,"
                        + " related_name=\"listings\")\n");
    }

    @Test
    void aBookNeedsItsAuthorAndGoesWithItAndBothHaveAutoTimestamps() {
        FklabRun.Result result = FklabRun.commands("describe BOOK --as django", "describe author --as=django");

        assertThat(result.out())
                .contains("class Book(models.Model):\n",
                        "    author = models.ForeignKey(\"Author\", on_delete=models.CASCADE, related_name=\"books\")\n")
                .doesNotContain("author_id", "db_index")
                .contains("class Author(models.Model):\n",
                        "    created_at = models.DateTimeField(auto_now_add=True)  # the database does not maintain it",
                        "    updated_at = models.DateTimeField(auto_now=True)  # the database does not maintain it",
                        "    # author.books.all(): the reverse side of Book.author\n");
    }

    @Test
    void theModelFollowsTheLearnersMigrationsAsTheyAreAppliedAndUnapplied() {
        Path workspace = folder.resolve("ws");

        FklabRun.Result result = FklabRun.inWorkspace(workspace,
                "makemigration band_genre add-column band genre varchar(50)",
                "describe band --as django",
                "migrate", "describe band --as django",
                "makemigration listing_restrict alter-fk listing band_id --on-delete restrict",
                "migrate", "describe listing --as django",
                "migrate 0005_band_genre", "describe listing --as django");

        String out = result.out();
        assertThat(result.exitCode()).isZero();
        String genre = "    genre = models.CharField(max_length=50, null=True)\n";
        assertThat(out.indexOf(genre)).isGreaterThan(out.indexOf("Applying 0005_band_genre... done"));
        assertThat(out.substring(0, out.indexOf("Applying 0005_band_genre"))).doesNotContain(genre);
        String restricted = out.substring(out.indexOf("Applying 0006_listing_restrict"), out.lastIndexOf("Unapplying"));
        assertThat(restricted).contains("    band = models.ForeignKey(\"Band\", null=True, on_delete=models.DO_NOTHING,"
                + " related_name=\"listings\")  # the database refuses to delete a band that listings point at (ON DELETE"
                + " NO ACTION); models.PROTECT or models.RESTRICT would refuse in Python, before any SQL runs\n");
        assertThat(out.substring(out.lastIndexOf("Unapplying")))
                .contains("on_delete=models.SET_NULL, related_name=\"listings\")\n");
    }

    @Test
    void withoutATableEveryModelComesAfterTheModelsItPointsAt() {
        FklabRun.Result result = FklabRun.commands("describe --as django");

        assertThat(result.out().lines().filter(line -> line.startsWith("class "))).containsExactly("class Author(models.Model):", "class Band(models.Model):",
                "class Book(models.Model):", "class Listing(models.Model):");
        assertThat(result.out()).startsWith("from django.db import models\n\n\nclass Author");
    }

    @Test
    void aLongLineStaysOneLineOnANarrowTerminalSoThatItCanBeCopied() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "xterm-256color", new Size(60, 40), "--in-memory")) {
            shell.await("fklab> ").type("describe book --as dj\t").awaitScreen("describe book --as django")
                    .type("\r").await("class Book(models.Model):");

            assertThat(shell.raw()).contains("    author = models.ForeignKey(\"Author\", on_delete=models.CASCADE,"
                    + " related_name=\"books\")");
        }
    }

    @Test
    void badTablesGetTheMessageDescribeGivesAndTheMigrationRecordsAreNotModels() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "describe merch --as django",
                "-c", "describe bands --as django", "-c", "describe databasechangelog --as django",
                "-c", "describe listing --as rails", "-c", "describe");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err())
                .contains("There is no table named merch. The tables are: author, band, book, listing.")
                .contains("There is no table named bands. Table names are singular here: band.")
                .contains("databasechangelog is where Liquibase and fklab record which migrations are applied, not a"
                        + " table of models", "'describe databasechangelog' shows its columns")
                .contains("describe: 'rails' is not one of django, sql (for --as).")
                .contains("describe needs TABLE.")
                .doesNotContain("Exception", "\tat ", "org.fklab");
        assertThat(result.out()).doesNotContain("class ");
    }

    @Test
    void helpTellsTheOptionAndHowRelatedNamesAreChosen() {
        FklabRun.Result result = FklabRun.commands("help describe");

        assertThat(result.out()).contains("Usage: describe [--as=django|sql] [TABLE]", "--as=django|sql",
                "Show the Django model the table corresponds to now (django),", "related_name is",
                "describe --as django", "describe listing --as sql");
    }
}
