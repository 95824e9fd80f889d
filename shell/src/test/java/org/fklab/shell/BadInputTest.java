package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every bad input gets one message naming the cause and the fix, never a stack trace, and changes
 * nothing: after it, the data is as the tutorial dataset left it.
 */
class BadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bnad list                                  | 2 | There is no command 'bnad'. Did you mean 'band'
            band lst                                   | 2 | band has no subcommand 'lst'. Did you mean 'band list'?
            band add                                   | 2 | band add needs NAME.
            band add De La Soul                        | 2 | 'La' 'Soul' is extra. A name with spaces goes in quotes
            band show                                  | 2 | band show needs BAND.
            band list --foo                            | 2 | band list has no option --foo.
            band show 99                               | 1 | There is no band with id 99. 'band list' shows the ids there are.
            band show Nobody                           | 1 | There is no band named 'Nobody'.
            band delete 42                             | 1 | There is no band with id 42.
            listing show abc                           | 1 | 'abc' is not a listing id
            listing show 77                            | 1 | There is no listing with id 77.
            listing add Poster --band 42               | 1 | There is no band with id 42.
            listing add Poster --band Nobody           | 1 | There is no band named 'Nobody'.
            listing set-band 1 Nobody                  | 1 | There is no band named 'Nobody'.
            book add Persuasion                        | 1 | A book cannot exist without its author: book.author_id is NOT NULL.
            book set-author 1 none                     | 1 | A book cannot exist without its author
            book add Persuasion --author Nobody        | 1 | There is no author named 'Nobody'.
            band add "open                             | 2 | A quote is not closed.
            describe bands                             | 1 | There is no table named bands. Table names are singular here: band.
            describe nothing                           | 1 | The tables are: author, band, book, listing.
            sql SELEC * FROM band;                     | 1 | SQL syntax error near 'SELEC'.
            sql SELECT * FROM nope;                    | 1 | There is no table or column named nope.
            sql INSERT INTO listing (title, band_id) VALUES ('x', 99); | 1 | Refused by foreign key fk_listing_band: listing would point at 99
            sql INSERT INTO book (title) VALUES ('x'); | 1 | book.author_id may not be NULL
            sql DELETE FROM author WHERE id = 99 OR title = 'x'; | 1 | There is no table or column named title.
            explain maybe                              | 2 | is not one of on, off.
            tables extra                               | 2 | tables got more arguments than it takes
            """)
    void badInputGetsOneClearMessageAndChangesNothing(String command, int exitCode, String message) {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", command,
                "-c", "sql SELECT (SELECT COUNT(*) FROM band) || '/' || (SELECT COUNT(*) FROM listing) || '/'"
                        + " || (SELECT COUNT(*) FROM book) || '/' || (SELECT COUNT(*) FROM listing WHERE band_id IS NULL)"
                        + " AS counts FROM (VALUES (0));");

        assertThat(result.exitCode()).isEqualTo(exitCode);
        assertThat(result.err()).startsWith("error: ").contains(message)
                .doesNotContain("Exception", "\tat ", "at org.");
        assertThat(result.out()).contains("│ 3/3/5/0 │");
    }

    @Test
    void anArrowKeySentAsTextIsNamedAsAKeyNotEchoedAsAnEscapeSequence() {
        FklabRun.Result result = FklabRun.commands("\u001b[A");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("There is no command '^[[A': that is a key the terminal sent as text")
                .doesNotContain("\u001b");
    }

    @Test
    void aNameLongerThanItsColumnIsRefusedWithBothLengthsAndUsesUpNoId() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going", "-c", "band add " + "x".repeat(120),
                "-c", "listing add " + "y".repeat(101) + " --band 1", "-c", "band rename 1 " + "z".repeat(101),
                "-c", "band list", "-c", "band add Kraftwerk", "-c", "listing add Poster");

        assertThat(result.err()).contains("That name has 120 characters; a band name holds at most 100. Shorten it.",
                "That title has 101 characters; a listing title holds at most 100. Shorten it.",
                "That name has 101 characters; a band name holds at most 100. Shorten it.");
        assertThat(result.out()).contains("3 bands", "│  1 │ De La Soul ", "Added band 4: Kraftwerk",
                "Added listing 4: Poster");
    }

    @Test
    void aValueOfTheWrongKindIsNamedInPlainWords() {
        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going",
                "-c", "seed generate --bands abc --listings 5", "-c", "demo run merge --auto soon",
                "-c", "expanded maybe", "-c", "band list");

        assertThat(result.err()).contains("seed generate: --bands takes a whole number such as 10, not 'abc'.",
                        "demo run: --auto takes a number such as 2.5, not 'soon'.",
                        "expanded: 'maybe' is not one of auto, on, off.")
                .doesNotContain("not an int", "not a double", "Invalid value");
        assertThat(result.out()).contains("3 bands");
    }

    @Test
    void onlyDebugAddsTheStackTrace() {
        FklabRun.Result plain = FklabRun.run("--in-memory", "-c", "band show 99");
        FklabRun.Result debug = FklabRun.run("--in-memory", "--debug", "-c", "band show 99");

        assertThat(plain.err()).doesNotContain("\tat ");
        assertThat(debug.err()).contains("There is no band with id 99.", "\tat org.fklab.domain.row.Lookup");
    }
}
