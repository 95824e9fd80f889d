package org.fklab.domain.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fklab.domain.DomainException;
import org.fklab.domain.TestSandbox;
import org.fklab.domain.console.SqlConsole;
import org.fklab.domain.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

class CreateStatementsTest {

    @Test
    void aTableIsCreatedWithOneColumnOrConstraintALineAndItsIndexesAfter() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            new SqlConsole(sandbox).run("CREATE TABLE gig (id INT PRIMARY KEY, city VARCHAR(40) DEFAULT 'Leeds, UK',"
                    + " kind VARCHAR(10), band_id BIGINT, CONSTRAINT ck_gig_kind CHECK (kind IN ('club', 'hall')));"
                    + " ALTER TABLE gig ADD CONSTRAINT fk_gig_band FOREIGN KEY (band_id) REFERENCES band (id)"
                    + " ON DELETE CASCADE; CREATE UNIQUE INDEX ux_gig_city ON gig (city, kind)");

            String text = new CreateStatements(sandbox).table("GIG");

            assertThat(text).startsWith("CREATE MEMORY TABLE PUBLIC.GIG(\n    ID INTEGER PRIMARY KEY,\n"
                            + "    CITY VARCHAR(40) DEFAULT 'Leeds, UK',\n    KIND VARCHAR(10),\n    BAND_ID BIGINT,\n")
                    .contains("\n    CONSTRAINT CK_GIG_KIND CHECK((PUBLIC.GIG.KIND) IN (('club'),('hall'))),\n",
                            "CONSTRAINT FK_GIG_BAND FOREIGN KEY(BAND_ID) REFERENCES PUBLIC.BAND(ID) ON DELETE CASCADE",
                            "\n);\n", "CREATE UNIQUE INDEX UX_GIG_CITY ON PUBLIC.GIG(CITY,KIND);\n")
                    .doesNotContain("PUBLIC.BAND(\n", "RESTART");
        }
    }

    @Test
    void aQuotedNameIsFoundAsTyped() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            new SqlConsole(sandbox).run("CREATE TABLE \"Set (List)\" (id INT PRIMARY KEY, \"a, b\" INT)");

            assertThat(new CreateStatements(sandbox).table("\"Set (List)\""))
                    .isEqualTo("CREATE MEMORY TABLE PUBLIC.\"Set (List)\"(\n    ID INTEGER PRIMARY KEY,\n"
                            + "    \"a, b\" INTEGER\n);\n");
        }
    }

    @Test
    void everyTableButTheMigrationRecordsInTheOrderTheyAreCreated() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            String text = new CreateStatements(sandbox).all();

            assertThat(text).containsSubsequence("TABLE PUBLIC.BAND(", "TABLE PUBLIC.LISTING(",
                    "CREATE INDEX IX_LISTING_BAND_ID", "TABLE PUBLIC.AUTHOR(", "TABLE PUBLIC.BOOK(")
                    .doesNotContain("DATABASECHANGELOG", "FKLAB_MIGRATION_HISTORY", "SET DATABASE", "GRANT");
        }
    }

    @Test
    void withoutTablesItSaysToMigrate() {
        try (Sandbox sandbox = TestSandbox.migratedTo("zero")) {
            assertThatThrownBy(() -> new CreateStatements(sandbox).all()).isInstanceOf(DomainException.class)
                    .hasMessageContaining("There are no tables yet").hasMessageContaining("'migrate'");
        }
    }
}
