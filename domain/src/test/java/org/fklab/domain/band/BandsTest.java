package org.fklab.domain.band;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fklab.domain.DomainException;
import org.fklab.domain.TestSandbox;
import org.fklab.domain.console.SqlConsole;
import org.fklab.domain.explain.ExecutedStatement;
import org.fklab.domain.listing.Listing;
import org.fklab.domain.listing.Listings;
import org.fklab.domain.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

class BandsTest {

    @Test
    void addingBandsReturnsGeneratedIdsOneTwoThree() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);

            Band first = bands.add("Muse");
            Band second = bands.add("Blur");
            Band third = bands.add("Oasis");

            assertThat(List.of(first.getId(), second.getId(), third.getId())).containsExactly(1L, 2L, 3L);
            assertThat(third.getName()).isEqualTo("Oasis");
        }
    }

    @Test
    void mapperInsertFillsInTheGeneratedId() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            Band muse = new Band();
            muse.setName("Muse");
            Band blur = new Band();
            blur.setName("Blur");

            // when
            sandbox.inTransaction(session -> {
                session.getMapper(BandMapper.class).insert(muse);
                session.getMapper(BandMapper.class).insert(blur);
                return null;
            });

            // then
            assertThat(muse.getId()).isEqualTo(1L);
            assertThat(blur.getId()).isEqualTo(2L);
            Band found = sandbox.rolledBack(session -> session.getMapper(BandMapper.class).findById(2L));
            assertThat(found.getName()).isEqualTo("Blur");
        }
    }

    @Test
    void listReturnsBandsInIdOrder() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Zappa");
            bands.add("ABBA");
            bands.add("Muse");

            List<Band> listed = bands.list();

            assertThat(listed).extracting(Band::getId, Band::getName)
                    .containsExactly(tuple(1L, "Zappa"), tuple(2L, "ABBA"), tuple(3L, "Muse"));
        }
    }

    @Test
    void namesAreDistinctAndAlphabetical() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Zappa");
            bands.add("ABBA");
            bands.add("Zappa");

            assertThat(bands.names()).containsExactly("ABBA", "Zappa");
        }
    }

    @Test
    void findByNameMatchesExactlyIncludingCase() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("muse");
            bands.add("MUSE!");

            List<Band> found = sandbox.rolledBack(session -> session.getMapper(BandMapper.class).findByName("Muse"));
            List<Band> none = sandbox.rolledBack(session -> session.getMapper(BandMapper.class).findByName("MUSE"));

            assertThat(found).extracting(Band::getId).containsExactly(1L);
            assertThat(none).isEmpty();
        }
    }

    @Test
    void findByNameDoesNotIgnoreTrailingSpaces() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given two different names, one with a trailing space
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("Muse ");

            // when
            List<Band> found = sandbox.rolledBack(session -> session.getMapper(BandMapper.class).findByName("Muse"));

            // then only the exact name matches, and the lookup is not ambiguous
            assertThat(found).extracting(Band::getId).containsExactly(1L);
            assertThat(bands.show("Muse").getId()).isEqualTo(1L);
        }
    }

    @Test
    void namesWithQuotesSemicolonsAndNonAsciiAreStoredExactly() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            List<String> names = List.of("Sigur Rós", "Guns N' Roses", "AC;DC", "Motörhead \"live\"",
                    "-- not a comment");

            names.forEach(bands::add);

            assertThat(bands.list()).extracting(Band::getName).containsExactlyElementsOf(names);
            assertThat(bands.show("Guns N' Roses").getId()).isEqualTo(2L);
            assertThat(bands.show("AC;DC").getId()).isEqualTo(3L);
            List<List<Object>> stored = new SqlConsole(sandbox).run("SELECT name FROM band WHERE id = 1").get(0)
                    .result().rows();
            assertThat(stored).containsExactly(List.of("Sigur Rós"));
        }
    }

    @Test
    void showReturnsTheBandWithItsListingsReadInOneJoin() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            Bands bands = new Bands(sandbox);
            Listings listings = new Listings(sandbox, bands);
            bands.add("Muse");
            bands.add("Blur");
            listings.add("Muse poster", Optional.of("Muse"));
            listings.add("Blur shirt", Optional.of("Blur"));
            listings.add("Muse mug", Optional.of("1"));
            listings.add("Orphan sticker", Optional.empty());
            sandbox.recorder().setRecording(true);

            // when
            Band muse = bands.show("1");

            // then
            List<ExecutedStatement> statements = sandbox.recorder().drain();
            sandbox.recorder().setRecording(false);
            assertThat(muse.getName()).isEqualTo("Muse");
            assertThat(muse.getListings()).extracting(Listing::getId, Listing::getTitle)
                    .containsExactly(tuple(1L, "Muse poster"), tuple(3L, "Muse mug"));
            assertThat(statements).extracting(ExecutedStatement::shortId)
                    .containsExactly("BandMapper.findById", "BandMapper.findWithListings");
            assertThat(statements.get(1).sql()).containsIgnoringCase("LEFT JOIN listing");
        }
    }

    @Test
    void showOfBandWithoutListingsGivesAnEmptyList() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            new Listings(sandbox, bands).add("Orphan sticker", Optional.empty());

            Band muse = bands.show("Muse");

            assertThat(muse.getId()).isEqualTo(1L);
            assertThat(muse.getListings()).isEmpty();
        }
    }

    @Test
    void renameChangesTheNameAndKeepsTheId() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("Blur");

            Band renamed = bands.rename("Blur", "Gorillaz");

            assertThat(renamed.getId()).isEqualTo(2L);
            assertThat(renamed.getName()).isEqualTo("Gorillaz");
            assertThat(bands.list()).extracting(Band::getName).containsExactly("Muse", "Gorillaz");
        }
    }

    @Test
    void aNameOf100CharactersFits() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            String name = "x".repeat(100);

            Band band = new Bands(sandbox).add(name);

            assertThat(band.getName()).isEqualTo(name);
        }
    }

    @Test
    void aNameOf101CharactersIsRefusedAndNothingIsInserted() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);

            assertThatThrownBy(() -> bands.add("x".repeat(101)))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("101 characters")
                    .hasMessageContaining("at most 100");

            assertThat(bands.list()).isEmpty();
        }
    }

    @Test
    void renamingToA101CharacterNameIsRefusedAndTheOldNameStays() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");

            assertThatThrownBy(() -> bands.rename("1", "y".repeat(101)))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("at most 100");

            assertThat(bands.list()).extracting(Band::getName).containsExactly("Muse");
        }
    }

    @Test
    void aLongNameIsCountedInCharactersNotBytes() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);

            assertThatThrownBy(() -> bands.add("ó".repeat(101)))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("101 characters")
                    .hasMessageContaining("at most 100");
            assertThat(bands.add("ó".repeat(100)).getName()).hasSize(100);
        }
    }

    @Test
    void aRefusedNameIsNeverSaidToBeShorterThanTheLimit() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given 60 guitars: 60 characters to a person, 120 UTF-16 units to the database
            Bands bands = new Bands(sandbox);
            String name = "\uD83C\uDFB8".repeat(60);

            // when
            Throwable refusal = catchThrowable(() -> bands.add(name));

            // then either the name is stored as typed, or the refusal's count is above its limit
            if (refusal == null) {
                assertThat(bands.list()).extracting(Band::getName).containsExactly(name);
            } else {
                Matcher numbers = Pattern.compile("has (\\d+) characters.*at most (\\d+)")
                        .matcher(refusal.getMessage());
                assertThat(numbers.find()).as(refusal.getMessage()).isTrue();
                assertThat(Integer.parseInt(numbers.group(1))).as(refusal.getMessage())
                        .isGreaterThan(Integer.parseInt(numbers.group(2)));
            }
        }
    }

    @Test
    void blankNamesAreRefused() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);

            assertThatThrownBy(() -> bands.add("   "))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("A band needs a name: band add NAME");
            assertThatThrownBy(() -> bands.add(null))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("needs a name");
            bands.add("Muse");
            assertThatThrownBy(() -> bands.rename("1", ""))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("A band needs a name: band rename ID NAME");

            assertThat(bands.list()).extracting(Band::getName).containsExactly("Muse");
        }
    }

    @Test
    void bandShowsAsItsName() {
        Band band = new Band();
        band.setName("Muse");

        assertThat(band).hasToString("Muse");
    }
}
