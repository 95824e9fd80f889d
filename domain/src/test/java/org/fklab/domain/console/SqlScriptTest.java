package org.fklab.domain.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsAndDropsThem() {
        assertThat(SqlScript.split("SELECT 1; SELECT 2;\nSELECT 3"))
                .containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
    }

    @Test
    void keepsSemicolonsInsideSingleQuotes() {
        assertThat(SqlScript.split("INSERT INTO band (name) VALUES ('a;b'); SELECT 2"))
                .containsExactly("INSERT INTO band (name) VALUES ('a;b')", "SELECT 2");
    }

    @Test
    void keepsSemicolonsInsideDoubleQuotedNames() {
        assertThat(SqlScript.split("SELECT 1 AS \"a;b\"; SELECT 2"))
                .containsExactly("SELECT 1 AS \"a;b\"", "SELECT 2");
    }

    @Test
    void doubledQuotesStayInsideTheLiteral() {
        assertThat(SqlScript.split("SELECT 'it''s; fine'; SELECT ''''; SELECT 3"))
                .containsExactly("SELECT 'it''s; fine'", "SELECT ''''", "SELECT 3");
    }

    @Test
    void ignoresSemicolonsInLineComments() {
        assertThat(SqlScript.split("SELECT 1 -- ; not the end\n; SELECT 2"))
                .containsExactly("SELECT 1 -- ; not the end", "SELECT 2");
    }

    @Test
    void ignoresSemicolonsInBlockComments() {
        assertThat(SqlScript.split("SELECT /* ; */ 1; SELECT /* a\n; b */ 2"))
                .containsExactly("SELECT /* ; */ 1", "SELECT /* a\n; b */ 2");
    }

    @Test
    void quotesInsideCommentsDoNotOpenALiteral() {
        assertThat(SqlScript.split("SELECT 1 -- it's\n; SELECT 2 /* don't */; SELECT 3"))
                .containsExactly("SELECT 1 -- it's", "SELECT 2 /* don't */", "SELECT 3");
    }

    @Test
    void dropsBlankAndCommentOnlyStatements() {
        assertThat(SqlScript.split(" ; ;SELECT 1; -- only a comment\n; /* and another */ ;"))
                .containsExactly("SELECT 1");
        assertThat(SqlScript.split("   ")).isEmpty();
        assertThat(SqlScript.split("-- nothing; here")).isEmpty();
    }

    @Test
    void keepsAnUnterminatedLastStatement() {
        assertThat(SqlScript.split("SELECT 'open;")).containsExactly("SELECT 'open;");
    }

    @Test
    void completeWhenTheLastSemicolonEndsTheText() {
        assertThat(SqlScript.isComplete("SELECT 1;")).isTrue();
        assertThat(SqlScript.isComplete("SELECT 1;\n  ")).isTrue();
        assertThat(SqlScript.isComplete("SELECT 1; SELECT 2;")).isTrue();
        assertThat(SqlScript.isComplete("SELECT 'it''s';")).isTrue();
        assertThat(SqlScript.isComplete("SELECT 1 /* ; */;")).isTrue();
    }

    @Test
    void incompleteWithoutAClosingSemicolon() {
        assertThat(SqlScript.isComplete("SELECT 1")).isFalse();
        assertThat(SqlScript.isComplete("SELECT 1; SELECT 2")).isFalse();
        assertThat(SqlScript.isComplete("")).isFalse();
    }

    @Test
    void incompleteWhileTheSemicolonIsInsideQuotesOrComments() {
        assertThat(SqlScript.isComplete("SELECT 'a;")).isFalse();
        assertThat(SqlScript.isComplete("SELECT 'it'';")).isFalse();
        assertThat(SqlScript.isComplete("SELECT \"a;")).isFalse();
        assertThat(SqlScript.isComplete("SELECT 1 -- ;")).isFalse();
        assertThat(SqlScript.isComplete("SELECT 1 /* ;")).isFalse();
        assertThat(SqlScript.isComplete("SELECT 1; /* still open ;")).isFalse();
    }

    @Test
    void aHashOutsideQuotesStartsACommentThatIsTakenOut() {
        assertThat(SqlScript.split("SELECT '#1', \"a#b\" FROM band # names; and more\nWHERE id = 1;"))
                .containsExactly("SELECT '#1', \"a#b\" FROM band \nWHERE id = 1");
        assertThat(SqlScript.isComplete("SELECT 1 # not the end;")).isFalse();
        assertThat(SqlScript.isComplete("SELECT 1; # the end")).isTrue();
        assertThat(SqlScript.withoutLeadingComments("# a note\nSELECT 1")).isEqualTo("SELECT 1");
    }

    @Test
    void aStatementFollowedByALineCommentIsComplete() {
        assertThat(SqlScript.isComplete("SELECT * FROM band; --out bands.csv")).isTrue();
        assertThat(SqlScript.isComplete("SELECT * FROM band; -- a note")).isTrue();
    }

    @Test
    void aCommentThatEndsTheTextIsFoundButNotOneInsideQuotesOrBeforeMoreCode() {
        assertThat(SqlScript.trailingLineComment("SELECT 1; --out x.csv")).isEqualTo(10);
        assertThat(SqlScript.trailingLineComment("SELECT 1 --all\n")).isEqualTo(9);
        assertThat(SqlScript.trailingLineComment("SELECT '--all' FROM band")).isEqualTo(-1);
        assertThat(SqlScript.trailingLineComment("SELECT 1 -- one\nFROM band")).isEqualTo(-1);
        assertThat(SqlScript.trailingLineComment("SELECT 1 /* --all */")).isEqualTo(-1);
    }
}
