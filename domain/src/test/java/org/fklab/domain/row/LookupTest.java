package org.fklab.domain.row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.fklab.domain.DomainException;
import org.fklab.domain.TestSandbox;
import org.fklab.domain.author.Authors;
import org.fklab.domain.band.Band;
import org.fklab.domain.band.Bands;
import org.fklab.domain.book.Books;
import org.fklab.domain.listing.Listings;
import org.fklab.domain.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

class LookupTest {

    @Test
    void findsBandById() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("Blur");

            Band found = bands.show("2");

            assertThat(found.getId()).isEqualTo(2L);
            assertThat(found.getName()).isEqualTo("Blur");
        }
    }

    @Test
    void findsBandByIdWithSurroundingSpaces() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");

            assertThat(bands.show(" 1 ").getName()).isEqualTo("Muse");
        }
    }

    @Test
    void findsBandByName() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("De La Soul");

            Band found = bands.show("De La Soul");

            assertThat(found.getId()).isEqualTo(2L);
        }
    }

    @Test
    void unknownIdSaysThereIsNoBandWithThatId() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");

            assertThatThrownBy(() -> bands.show("7"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("no band with id 7")
                    .hasMessageContaining("'band list'");
        }
    }

    @Test
    void unknownNameSaysNamesMustMatchExactly() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");

            assertThatThrownBy(() -> bands.show("muse"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("There is no band named 'muse'")
                    .hasMessageContaining("capitals included");
        }
    }

    @Test
    void blankReferenceAsksForAnIdOrName() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);

            assertThatThrownBy(() -> bands.show("  "))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("Name the band by its id or its name");
        }
    }

    @Test
    void twoBandsWithTheSameNameAreAmbiguousAndBothIdsAreListed() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("Blur");
            bands.add("Muse");

            assertThatThrownBy(() -> bands.show("Muse"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("2 bands are named 'Muse'")
                    .hasMessageContaining("ids 1, 3");
        }
    }

    @Test
    void ambiguousNameChangesNothingOnRename() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("Muse");

            assertThatThrownBy(() -> bands.rename("Muse", "Blur"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("2 bands are named");

            assertThat(bands.names()).containsExactly("Muse");
        }
    }

    @Test
    void bandNamedLikeANumberIsFoundByNameWhenNoSuchIdExists() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("42");

            Band found = bands.show("42");

            assertThat(found.getId()).isEqualTo(2L);
            assertThat(found.getName()).isEqualTo("42");
        }
    }

    @Test
    void anIdWinsOverABandNamedLikeThatNumber() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Bands bands = new Bands(sandbox);
            bands.add("Muse");
            bands.add("1");

            assertThat(bands.show("1").getName()).isEqualTo("Muse");
        }
    }

    @Test
    void authorsAreLookedUpTheSameWay() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Authors authors = new Authors(sandbox);
            authors.add("Ursula K. Le Guin");

            assertThat(authors.show("Ursula K. Le Guin").getId()).isEqualTo(1L);
            assertThatThrownBy(() -> authors.show("9"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("no author with id 9")
                    .hasMessageContaining("'author list'");
        }
    }

    @Test
    void nonNumericListingIdIsNotAListingId() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Listings listings = new Listings(sandbox, new Bands(sandbox));
            listings.add("Poster", Optional.empty());

            assertThatThrownBy(() -> listings.show("Poster"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("'Poster' is not a listing id")
                    .hasMessageContaining("whole number");
        }
    }

    @Test
    void unknownListingIdSaysThereIsNoSuchListing() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Listings listings = new Listings(sandbox, new Bands(sandbox));

            assertThatThrownBy(() -> listings.show("5"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("There is no listing with id 5");
        }
    }

    @Test
    void bookIdMessageUsesTheRightArticle() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            Books books = new Books(sandbox, new Authors(sandbox));

            assertThatThrownBy(() -> books.rename("-1", "Title"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("'-1' is not a book id");
        }
    }

    @Test
    void idParsingNamesTheKindWithItsArticle() {
        assertThat(Lookup.id(Kind.AUTHOR, " 12 ")).isEqualTo(12L);
        assertThatThrownBy(() -> Lookup.id(Kind.AUTHOR, "x1"))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("'x1' is not an author id: authors are named by their id");
    }
}
