package org.fklab.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fklab.domain.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

/** A replayed test database holds what Liquibase makes: every test stays on the real migrations. */
class TestSandboxTest {

    @Test
    void aReplayedDatabaseHoldsWhatLiquibaseMakes() {
        for (String target : new String[] {null, "0002"}) {
            try (Sandbox first = TestSandbox.migratedTo(target); Sandbox replayed = TestSandbox.migratedTo(target);
                 Sandbox liquibase = TestSandbox.migratedByLiquibase(target)) {
                List<String> made = withoutRunTimes(TestSandbox.scriptOf(liquibase));

                assertThat(made).anyMatch(line -> line.contains(target == null ? "FK_LISTING_BAND" : "PK_LISTING"));
                assertThat(withoutRunTimes(TestSandbox.scriptOf(replayed))).isEqualTo(made);
                assertThat(withoutRunTimes(TestSandbox.scriptOf(first))).isEqualTo(made);
            }
        }
    }

    /** Liquibase's bookkeeping rows say when each changeSet ran and in which deployment: not what it made. */
    private static List<String> withoutRunTimes(List<String> script) {
        return script.stream().map(line -> line.replaceAll("'\\d{4}-\\d{2}-\\d{2} [\\d:.]+'", "'TIME'")
                .replaceAll("'\\d{10}'", "'DEPLOYMENT'")).toList();
    }
}
