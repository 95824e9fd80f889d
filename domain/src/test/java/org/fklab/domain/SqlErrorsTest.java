package org.fklab.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.fklab.domain.band.Band;
import org.fklab.domain.band.BandMapper;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.engine.DatabaseError;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {

    /** Runs the statements over plain JDBC and returns the SQLException the last one throws. */
    private static SQLException failure(Sandbox sandbox, String... statements) {
        try (Connection connection = sandbox.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.length - 1; i++) {
                statement.execute(statements[i]);
            }
            statement.execute(statements[statements.length - 1]);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("expected the last statement to fail: " + statements[statements.length - 1]);
    }

    @Test
    void notNullNamesTheTableAndColumn() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox, "INSERT INTO band (name) VALUES (NULL)");

            assertThat(SqlErrors.explain(e))
                    .isEqualTo("Refused: band.name may not be NULL (it is NOT NULL). Give it a value.");
        }
    }

    @Test
    void notNullThroughMyBatisIsExplainedTheSameWay() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Throwable thrown = catchThrowable(() -> sandbox.inTransaction(session -> {
                session.getMapper(BandMapper.class).insert(new Band());
                return null;
            }));

            assertThat(DatabaseError.sqlCause(thrown)).isPresent();
            assertThat(SqlErrors.explain(thrown)).startsWith("Refused: band.name may not be NULL");
        }
    }

    @Test
    void bookWithoutAuthorIsRefusedByNotNull() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox, "INSERT INTO book (title) VALUES ('Excession')");

            assertThat(SqlErrors.explain(e)).startsWith("Refused: book.author_id may not be NULL");
        }
    }

    @Test
    void uniqueIndexViolationNamesTheIndex() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox,
                    "CREATE UNIQUE INDEX ux_band_name ON band (name)",
                    "INSERT INTO band (name) VALUES ('Muse')",
                    "INSERT INTO band (name) VALUES ('Muse')");

            assertThat(SqlErrors.explain(e))
                    .startsWith("Refused by ux_band_name:")
                    .contains("already", "a row with that value")
                    .contains("must be unique");
        }
    }

    @Test
    void uniqueConstraintViolationNamesTheConstraintAndTable() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox,
                    "ALTER TABLE band ADD CONSTRAINT uq_band_name UNIQUE (name)",
                    "INSERT INTO band (name) VALUES ('Muse')",
                    "INSERT INTO band (name) VALUES ('Muse')");

            assertThat(SqlErrors.explain(e))
                    .startsWith("Refused by uq_band_name:")
                    .contains("already has a row with that value");
        }
    }

    @Test
    void tooLongValueNamesTheColumnAndHowToSeeItsSize() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox, "INSERT INTO band (name) VALUES ('" + "x".repeat(101) + "')");

            assertThat(SqlErrors.explain(e))
                    .startsWith("A value is too long for band.name.")
                    .contains("'describe band'");
        }
    }

    @Test
    void foreignKeyWithoutParentNamesTheKeyAndTheValue() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox, "INSERT INTO listing (title, band_id) VALUES ('Poster', 42)");

            assertThat(SqlErrors.explain(e)).isEqualTo("Refused by foreign key fk_listing_band: listing would point"
                    + " at 42, but no such parent row exists. Use the id of an existing row, or insert the parent"
                    + " first.");
        }
    }

    @Test
    void updateToAMissingParentIsRefusedTheSameWay() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox,
                    "INSERT INTO author (name) VALUES ('Banks')",
                    "INSERT INTO book (title, author_id) VALUES ('Excession', 1)",
                    "UPDATE book SET author_id = 7");

            assertThat(SqlErrors.explain(e)).startsWith("Refused by foreign key fk_book_author: book would point at 7");
        }
    }

    @Test
    void restrictedDeleteNamesTheKeyAndTheChildTable() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox,
                    "INSERT INTO author (name) VALUES ('Banks')",
                    "INSERT INTO book (title, author_id) VALUES ('Excession', 1)",
                    "CREATE TABLE review (id BIGINT PRIMARY KEY, book_id BIGINT, CONSTRAINT fk_review_book"
                            + " FOREIGN KEY (book_id) REFERENCES book(id) ON DELETE RESTRICT)",
                    "INSERT INTO review (id, book_id) VALUES (1, 1)",
                    "DELETE FROM book");

            assertThat(SqlErrors.explain(e))
                    .startsWith("Refused by foreign key fk_review_book: rows in review still point at this row");
        }
    }

    @Test
    void unknownTableIsNamedAndReportedAsMissing() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox, "SELECT * FROM nope");

            assertThat(SqlErrors.explain(e)).startsWith("There is no table or column named nope.");
            assertThat(SqlErrors.missingObject(e)).contains("nope");
            assertThat(SqlErrors.missingObject(new IllegalStateException("object not found: X"))).isEmpty();
        }
    }

    @Test
    void existingNameIsExplainedWithoutTheStatementText() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox, "CREATE TABLE band (id INT)");

            assertThat(SqlErrors.explain(e))
                    .isEqualTo("band already exists. Choose another name, or drop the old object first.");
        }
    }

    @Test
    void badValueSaysTheDatabaseCannotUseIt() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox, "INSERT INTO band (id, name) VALUES ('abc', 'x')");

            assertThat(SqlErrors.explain(e))
                    .startsWith("The database cannot use a value:")
                    .contains("invalid character value for cast");
        }
    }

    @Test
    void theSqlExceptionIsFoundAmongTheCauses() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox, "SELEC 1");
            RuntimeException wrapped = new RuntimeException("outer", new IllegalStateException("middle", e));

            assertThat(DatabaseError.sqlCause(wrapped)).containsSame(e);
            assertThat(SqlErrors.explain(wrapped)).startsWith("SQL syntax error near 'SELEC'.");
        }
    }

    @Test
    void failureWithoutSqlCauseKeepsItsOwnMessage() {
        assertThat(SqlErrors.explain(new IllegalStateException("the shell broke"))).isEqualTo("the shell broke");
        assertThat(DatabaseError.sqlCause(new IllegalStateException("x"))).isEmpty();
    }

    @Test
    void makingAColumnWithNullsNotNullSaysWhichRowsAreInTheWay() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox,
                    "INSERT INTO listing (title) VALUES ('Sticker')",
                    "ALTER TABLE listing ALTER COLUMN band_id SET NOT NULL");

            assertThat(SqlErrors.explain(e)).isEqualTo("Refused: listing has rows with no value (NULL) in that column,"
                    + " so it cannot be made NOT NULL. Give those rows a value first, or keep the column nullable.");
        }
    }

    @Test
    void aNamedCheckConstraintIsNamed() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox,
                    "ALTER TABLE band ADD CONSTRAINT ck_band_name CHECK (LENGTH(name) > 3)",
                    "INSERT INTO band (name) VALUES ('AB')");

            assertThat(SqlErrors.explain(e)).startsWith("Refused by check constraint ck_band_name on band:");
        }
    }

    @Test
    void aStrayTokenAndABraceAreSyntaxErrorsInWords() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            assertThat(SqlErrors.explain(failure(sandbox, "SELECT * FROM \\\" band")))
                    .startsWith("SQL syntax error: the statement holds a sign the database does not read as SQL");
            assertThat(SqlErrors.explain(failure(sandbox, "CREATE TABLE 'open FROM")))
                    .startsWith("SQL syntax error: a text in single quotes is not closed.");
            assertThat(SqlErrors.explain(failure(sandbox, "CREATE TABLE FROM * ${x}")))
                    .startsWith("SQL syntax error: '{' starts a JDBC escape");
        }
    }

    @Test
    void anIdCounterThatRanOutSaysHowToSetItBack() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            SQLException e = failure(sandbox, "INSERT INTO band (id, name) VALUES (9223372036854775806, 'Max')",
                    "INSERT INTO band (name) VALUES ('Next')", "INSERT INTO band (name) VALUES ('Next2')");

            assertThat(SqlErrors.explain(e)).startsWith("No new id is left:")
                    .contains("ALTER TABLE <table> ALTER COLUMN id RESTART WITH N;");
        }
    }
}
