package org.fklab.domain.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;

import org.fklab.domain.DomainException;
import org.fklab.domain.TestSandbox;
import org.fklab.domain.band.Bands;
import org.fklab.domain.console.SqlConsole;
import org.fklab.domain.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

class ListingsTest {

    /** listing.band_id of each listing, read with plain SQL, in id order. */
    private static List<Object> storedBandIds(Sandbox sandbox) {
        return new SqlConsole(sandbox).run("SELECT band_id FROM listing ORDER BY id").get(0).result().rows().stream()
                .map(row -> row.get(0)).toList();
    }

    @Test
    void addWithABandStoresTheBandsId() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            Listings listings = new Listings(sandbox, bands);
            bands.add("Muse");
            bands.add("Blur");

            Listing poster = listings.add("Blur poster", Optional.of("Blur"));

            assertThat(poster.getId()).isEqualTo(1L);
            assertThat(poster.getTitle()).isEqualTo("Blur poster");
            assertThat(poster.getBand().getId()).isEqualTo(2L);
            assertThat(poster.getBand().getName()).isEqualTo("Blur");
            assertThat(storedBandIds(sandbox)).containsExactly(2L);
        }
    }

    @Test
    void addWithoutABandLeavesBandIdNull() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Listings listings = new Listings(sandbox, new Bands(sandbox));

            Listing sticker = listings.add("Sticker", Optional.empty());

            assertThat(sticker.getId()).isEqualTo(1L);
            assertThat(sticker.getBand()).isNull();
            assertThat(sticker.parent()).isNull();
            assertThat(storedBandIds(sandbox)).containsExactly((Object) null);
        }
    }

    @Test
    void listShowsEachListingsBandByNameAndNullForOrphans() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            // given
            Bands bands = new Bands(sandbox);
            Listings listings = new Listings(sandbox, bands);
            bands.add("Muse");
            bands.add("Blur");
            listings.add("Muse poster", Optional.of("Muse"));
            listings.add("Sticker", Optional.empty());
            listings.add("Blur shirt", Optional.of("2"));

            // when
            List<Listing> all = listings.list(Optional.empty(), false);

            // then
            assertThat(all).extracting(Listing::getId, Listing::getTitle)
                    .containsExactly(tuple(1L, "Muse poster"), tuple(2L, "Sticker"), tuple(3L, "Blur shirt"));
            assertThat(all.get(0).getBand().getName()).isEqualTo("Muse");
            assertThat(all.get(0).getBand().getId()).isEqualTo(1L);
            assertThat(all.get(1).getBand()).isNull();
            assertThat(all.get(2).getBand()).hasToString("Blur");
        }
    }

    @Test
    void listOfOneBandShowsOnlyItsListings() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            Listings listings = new Listings(sandbox, bands);
            bands.add("Muse");
            bands.add("Blur");
            listings.add("Muse poster", Optional.of("Muse"));
            listings.add("Blur shirt", Optional.of("Blur"));
            listings.add("Sticker", Optional.empty());
            listings.add("Muse mug", Optional.of("Muse"));

            List<Listing> ofMuse = listings.list(Optional.of("Muse"), false);

            assertThat(ofMuse).extracting(Listing::getId).containsExactly(1L, 4L);
            assertThat(ofMuse).allSatisfy(l -> assertThat(l.getBand().getName()).isEqualTo("Muse"));
        }
    }

    @Test
    void listOfAnUnknownBandIsRefused() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Listings listings = new Listings(sandbox, new Bands(sandbox));

            assertThatThrownBy(() -> listings.list(Optional.of("3"), false))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("no band with id 3");
        }
    }

    @Test
    void listOfOrphansShowsOnlyListingsWithoutABand() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            Listings listings = new Listings(sandbox, bands);
            bands.add("Muse");
            listings.add("Muse poster", Optional.of("Muse"));
            listings.add("Sticker", Optional.empty());
            listings.add("Badge", Optional.empty());

            List<Listing> orphans = listings.list(Optional.empty(), true);

            assertThat(orphans).extracting(Listing::getTitle).containsExactly("Sticker", "Badge");
            assertThat(orphans).allSatisfy(l -> assertThat(l.getBand()).isNull());
        }
    }

    @Test
    void askingForOneBandsListingsAndOrphansAtOnceIsRefused() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            Listings listings = new Listings(sandbox, bands);
            bands.add("Muse");

            assertThatThrownBy(() -> listings.list(Optional.of("Muse"), true))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("Choose one")
                    .hasMessageContaining("--band")
                    .hasMessageContaining("--orphans");
        }
    }

    @Test
    void setParentPointsTheListingAtAnotherBand() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            Listings listings = new Listings(sandbox, bands);
            bands.add("Muse");
            bands.add("Blur");
            listings.add("Poster", Optional.of("Muse"));

            Listing moved = listings.setParent("1", Optional.of("Blur"));

            assertThat(moved.getBand().getId()).isEqualTo(2L);
            assertThat(storedBandIds(sandbox)).containsExactly(2L);
            assertThat(bands.show("Muse").getListings()).isEmpty();
            assertThat(bands.show("Blur").getListings()).extracting(Listing::getTitle).containsExactly("Poster");
        }
    }

    @Test
    void setParentToNoneMakesTheListingAnOrphan() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            Listings listings = new Listings(sandbox, bands);
            bands.add("Muse");
            listings.add("Poster", Optional.of("Muse"));

            Listing orphan = listings.setParent("1", Optional.empty());

            assertThat(orphan.getBand()).isNull();
            assertThat(storedBandIds(sandbox)).containsExactly((Object) null);
            assertThat(listings.list(Optional.empty(), true)).extracting(Listing::getId).containsExactly(1L);
        }
    }

    @Test
    void setParentToAnUnknownBandChangesNothing() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            Listings listings = new Listings(sandbox, bands);
            bands.add("Muse");
            listings.add("Poster", Optional.of("Muse"));

            assertThatThrownBy(() -> listings.setParent("1", Optional.of("Nope")))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("There is no band named 'Nope'");

            assertThat(storedBandIds(sandbox)).containsExactly(1L);
        }
    }

    @Test
    void addWithAnUnknownBandIsRefusedAndInsertsNothing() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            Listings listings = new Listings(sandbox, bands);
            bands.add("Muse");

            assertThatThrownBy(() -> listings.add("Poster", Optional.of("99")))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("no band with id 99");
            assertThatThrownBy(() -> listings.add("Poster", Optional.of("Blur")))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("no band named 'Blur'");

            assertThat(listings.list(Optional.empty(), false)).isEmpty();
            // the failed inserts used no ids either: the next listing is still number 1
            assertThat(listings.add("Sticker", Optional.empty()).getId()).isEqualTo(1L);
        }
    }

    @Test
    void renameChangesTheTitleAndKeepsTheBand() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            Listings listings = new Listings(sandbox, bands);
            bands.add("Muse");
            listings.add("Poster", Optional.of("Muse"));

            Listing renamed = listings.rename("1", "Signed poster");

            assertThat(renamed.getTitle()).isEqualTo("Signed poster");
            assertThat(renamed.getBand().getName()).isEqualTo("Muse");
        }
    }

    @Test
    void aTitleOf101CharactersIsRefusedAndNothingIsInserted() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Listings listings = new Listings(sandbox, new Bands(sandbox));

            assertThatThrownBy(() -> listings.add("t".repeat(101), Optional.empty()))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("a listing title holds at most 100");

            assertThat(listings.list(Optional.empty(), false)).isEmpty();
        }
    }

    @Test
    void blankTitleIsRefusedWithTheUsage() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Listings listings = new Listings(sandbox, new Bands(sandbox));

            assertThatThrownBy(() -> listings.add(" ", Optional.empty()))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("A listing needs a title: listing add TITLE [--band BAND]");
        }
    }
}
