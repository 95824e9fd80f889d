package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonStreamParser;

/** --format and the format command, read back by real CSV and JSON parsers. */
class OutputFormatsTest {

    /** A band whose name holds a comma, quotes, a line break, a pipe, a backslash and a star. */
    private static final String AWKWARD = "sql INSERT INTO band (name) VALUES ('Comma, \"Quoted\" | back\\slash *'"
            + " || CHAR(10) || 'second line');";
    private static final String AWKWARD_NAME = "Comma, \"Quoted\" | back\\slash *\nsecond line";

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    private static JsonArray json(String text) {
        return JsonParser.parseString(text).getAsJsonArray();
    }

    @Test
    void csvHasAHeaderRowWithEveryColumnAndNullAsAnEmptyField() throws IOException {
        FklabRun.Result result = FklabRun.run("--in-memory", "--format", "csv", "-c", "listing add Sticker",
                "-c", "listing list");

        assertThat(result.exitCode()).isZero();
        String table = result.out().substring(result.out().indexOf("\"id\""));
        List<CSVRecord> rows = csv(table);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("id", "title", "band_id", "band");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).toList()).containsExactly("2", "De La Soul tour poster", "1", "De La Soul");
        assertThat(rows.get(3).toList()).containsExactly("4", "Sticker", "", "");
        assertThat(table).contains("4,\"Sticker\",,\r\n").doesNotContain("4 listings", "\u001b[");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksSoTheNameReadsBackAsStored() throws IOException {
        FklabRun.Result result = FklabRun.run("--in-memory", "-c", AWKWARD, "-c", "band list --format csv");

        List<CSVRecord> rows = csv(result.out().substring(result.out().indexOf("\"id\"")));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3).get("name")).isEqualTo(AWKWARD_NAME);
    }

    @Test
    void jsonIsAnArrayOfObjectsWithNullAsNullAndNumbersAsNumbers() {
        FklabRun.Result result = FklabRun.run("--in-memory", "-c", "listing add Sticker", "-c", AWKWARD,
                "-c", "listing set-band 4 4", "-c", "listing add Badge", "-c", "format json", "-c", "listing list");

        String out = result.out();
        JsonArray rows = json(out.substring(out.indexOf("[")));
        assertThat(rows).hasSize(5);
        JsonObject first = rows.get(0).getAsJsonObject();
        assertThat(first.keySet()).containsExactly("id", "title", "band_id", "band");
        assertThat(first.get("id").getAsJsonPrimitive().isNumber()).isTrue();
        assertThat(first.get("band_id").getAsLong()).isEqualTo(3);
        assertThat(rows.get(3).getAsJsonObject().get("band").getAsString()).isEqualTo(AWKWARD_NAME);
        JsonObject badge = rows.get(4).getAsJsonObject();
        assertThat(badge.get("band_id").isJsonNull()).isTrue();
        assertThat(badge.get("band").isJsonNull()).isTrue();
    }

    @Test
    void everyListAndShowCommandPrintsJsonThatParsesAndAParentShownIsOneRowPerChild() {
        List<String> commands = List.of("band list", "author list", "book list", "author list --with-books",
                "band show 1", "listing show 1", "book show 1", "listing list --orphans", "author show 1",
                "author add Nobody", "author show Nobody");
        List<String> args = new ArrayList<>(List.of("--in-memory", "--format", "json"));
        commands.forEach(command -> args.addAll(List.of("-c", command)));

        FklabRun.Result result = FklabRun.run(args.toArray(new String[0]));

        assertThat(result.exitCode()).isZero();
        String out = result.out().replace("Added author 4: Nobody", "");
        List<JsonArray> documents = new ArrayList<>();
        new JsonStreamParser(out).forEachRemaining(document -> documents.add(document.getAsJsonArray()));
        assertThat(documents).hasSize(commands.size() - 1);
        assertThat(documents.get(7)).as("no listing is without a band").isEmpty();
        JsonArray austen = documents.get(8);
        assertThat(austen).hasSize(2);
        assertThat(austen.get(0).getAsJsonObject().keySet())
                .containsExactly("id", "name", "created_at", "updated_at", "book_id", "book_title");
        assertThat(austen.get(1).getAsJsonObject().get("book_title").getAsString()).isEqualTo("Emma");
        JsonArray nobody = documents.get(9);
        assertThat(nobody).hasSize(1);
        assertThat(nobody.get(0).getAsJsonObject().get("book_id").isJsonNull()).isTrue();
    }

    @Test
    void markdownIsAGithubTableWithNumbersRightAlignedAndPipesEscaped() {
        FklabRun.Result result = FklabRun.run("--in-memory", "-c", AWKWARD, "-c", "listing add Sticker",
                "-c", "format markdown", "-c", "band list", "-c", "listing list --orphans");

        assertThat(result.out()).contains("| id | name |\n| ---: | --- |\n| 1 | De La Soul |\n")
                .contains("| 4 | Comma, \"Quoted\" \\| back\\\\slash \\*<br>second line |\n")
                .contains("| id | title | band_id | band |\n| ---: | --- | ---: | --- |\n| 4 | Sticker | *NULL* | *NULL* |")
                .doesNotContain("4 bands");
    }

    @Test
    void sqlResultsFollowTheFormatAndMessagesStayAsTheyAre() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--format", "json",
                "-c", "sql SELECT id, name FROM band WHERE id < 3 ORDER BY id;",
                "-c", "sql UPDATE band SET name = 'X' WHERE id = 99;");

        assertThat(json(result.out().substring(0, result.out().indexOf(']') + 1))).hasSize(2);
        assertThat(result.out()).contains("0 rows updated.").doesNotContain("2 rows");
    }

    @Test
    void aFormatForOneCommandLeavesTheOthersInBox() throws IOException {
        FklabRun.Result result = FklabRun.commands("sql SELECT name FROM band WHERE id = 1; --format csv",
                "band list");

        assertThat(result.out()).startsWith("\"name\"\r\n\"De La Soul\"\r\n").contains("│  1 │ De La Soul   │");
    }

    @Test
    void theFormatCommandTellsTheFormatAndChangesIt() {
        FklabRun.Result result = FklabRun.commands("format", "format CSV", "format");

        assertThat(result.out()).contains("format is box: rows are shown as tables")
                .contains("format is csv: rows are printed as CSV");
    }

    @Test
    void anUnknownFormatIsRefusedWithTheChoicesEverywhere() {
        FklabRun.Result commands = FklabRun.run("--in-memory", "--keep-going", "-c", "format xml",
                "-c", "sql SELECT * FROM band; --format xml");
        FklabRun.Result option = FklabRun.run("--in-memory", "--format", "xml", "-c", "band list");

        assertThat(commands.err()).contains("format: 'xml' is not one of box, csv, json, markdown.")
                .contains("sql: 'xml' is not one of box, csv, json, markdown (for --format).");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("--format", "xml", "box, csv, json, markdown");
        assertThat(commands.err() + option.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aCommentAfterTheStatementIsStillACommentAndAWordThatIsNoOptionIsNamed() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going",
                "-c", "sql SELECT name FROM band WHERE id = 1; -- all of them", "-c", "sql SELECT name FROM band; --all rows");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).contains("De La Soul", "1 row").doesNotContain("3 rows");
        assertThat(result.err()).contains("sql: 'rows' after the statement is not an option.", "--all, --out FILE");
    }
}
