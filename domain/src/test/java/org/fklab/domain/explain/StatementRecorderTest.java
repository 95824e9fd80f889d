package org.fklab.domain.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.TestSandbox;
import org.fklab.domain.band.Band;
import org.fklab.domain.band.BandMapper;
import org.fklab.domain.band.Bands;
import org.fklab.domain.listing.Listings;
import org.fklab.domain.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

class StatementRecorderTest {

    @Test
    void recordsTheMappedStatementOfAList() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("Blur");
            sandbox.recorder().setRecording(true);

            // when
            bands.list();

            // then
            List<ExecutedStatement> statements = sandbox.recorder().drain();
            assertThat(statements).singleElement().satisfies(s -> {
                assertThat(s.shortId()).isEqualTo("BandMapper.findAll");
                assertThat(s.statementId()).isEqualTo("org.fklab.domain.band.BandMapper.findAll");
                assertThat(s.sql()).contains("FROM band").doesNotContain("\n").doesNotContain("  ");
                assertThat(s.parameters()).isEmpty();
                assertThat(s.rows()).isEqualTo(2);
                assertThat(s.times()).isEqualTo(1);
                assertThat(s.batched()).isFalse();
                assertThat(s.nanos()).isPositive();
            });
        }
    }

    @Test
    void capturesTheBoundParameters() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("Blur");
            sandbox.recorder().setRecording(true);

            Band found = sandbox.rolledBack(session -> session.getMapper(BandMapper.class).findById(2L));

            assertThat(found.getName()).isEqualTo("Blur");
            assertThat(sandbox.recorder().drain()).singleElement().satisfies(s -> {
                assertThat(s.shortId()).isEqualTo("BandMapper.findById");
                assertThat(s.sql()).contains("WHERE id = ?");
                assertThat(s.parameters()).containsExactly(2L);
                assertThat(s.rows()).isEqualTo(1);
            });
        }
    }

    @Test
    void recordsAnInsertWithItsValuesAndChangedRows() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            sandbox.recorder().setRecording(true);

            new Bands(sandbox).add("Sigur Rós");

            List<ExecutedStatement> statements = sandbox.recorder().drain();
            assertThat(statements).extracting(ExecutedStatement::shortId)
                    .containsExactly("BandMapper.insert", "BandMapper.findById");
            assertThat(statements.get(0).parameters()).containsExactly("Sigur Rós");
            assertThat(statements.get(0).rows()).isEqualTo(1);
            assertThat(statements.get(1).parameters()).containsExactly(1L);
        }
    }

    @Test
    void aBoundNullIsShownAsNull() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            sandbox.recorder().setRecording(true);

            new Listings(sandbox, new Bands(sandbox)).add("Sticker", Optional.empty());

            ExecutedStatement insert = sandbox.recorder().drain().get(0);
            assertThat(insert.shortId()).isEqualTo("ListingMapper.insert");
            assertThat(insert.parameters()).containsExactly("Sticker", ExecutedStatement.NullValue.NULL);
        }
    }

    @Test
    void recordsNothingWhileRecordingIsOff() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);

            bands.add("Muse");
            bands.list();

            assertThat(sandbox.recorder().isRecording()).isFalse();
            assertThat(sandbox.recorder().drain()).isEmpty();
        }
    }

    @Test
    void turningRecordingOffStopsAndForgets() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            sandbox.recorder().setRecording(true);
            bands.list();

            sandbox.recorder().setRecording(false);
            bands.list();

            assertThat(sandbox.recorder().drain()).isEmpty();
        }
    }

    @Test
    void drainEmptiesTheRecord() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            sandbox.recorder().setRecording(true);
            bands.list();

            assertThat(sandbox.recorder().drain()).hasSize(1);
            assertThat(sandbox.recorder().drain()).isEmpty();

            bands.names();
            assertThat(sandbox.recorder().drain()).extracting(ExecutedStatement::shortId)
                    .containsExactly("BandMapper.findNames");
        }
    }

    @Test
    void batchedInsertsAreFoldedIntoOneEntry() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            sandbox.recorder().setRecording(true);

            // when
            try (SqlSession session = sandbox.sessions().openSession(ExecutorType.BATCH, false)) {
                BandMapper mapper = session.getMapper(BandMapper.class);
                for (String name : List.of("Muse", "Blur", "Oasis")) {
                    Band band = new Band();
                    band.setName(name);
                    mapper.insert(band);
                }
                session.flushStatements();
                session.commit();
            }

            // then
            assertThat(sandbox.recorder().drain()).singleElement().satisfies(s -> {
                assertThat(s.shortId()).isEqualTo("BandMapper.insert");
                assertThat(s.times()).isEqualTo(3);
                assertThat(s.batched()).isTrue();
                assertThat(s.parameters()).containsExactly("Muse");
            });
            assertThat(new Bands(sandbox).names()).containsExactly("Blur", "Muse", "Oasis");
        }
    }

    @Test
    void shortIdKeepsTheLastTwoParts() {
        assertThat(new ExecutedStatement("a.b.BandMapper.findAll", "SELECT 1", List.of(), 1, 0, 1).shortId())
                .isEqualTo("BandMapper.findAll");
        assertThat(new ExecutedStatement("findAll", "SELECT 1", List.of(), 1, 0, 1).shortId()).isEqualTo("findAll");
    }
}
