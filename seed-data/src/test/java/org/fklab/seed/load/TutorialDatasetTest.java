package org.fklab.seed.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.fklab.domain.TestSandbox;
import org.fklab.domain.author.Authors;
import org.fklab.domain.band.Bands;
import org.fklab.domain.listing.Listing;
import org.fklab.domain.listing.Listings;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.seed.dataset.BuiltInDatasets;
import org.junit.jupiter.api.Test;

class TutorialDatasetTest {

    @Test
    void tutorialDatasetLinksListingsAsTheLessonTableShows() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            LoadReport report = new SeedLoader(sandbox).load(BuiltInDatasets.find("tutorial").orElseThrow().csvSources(), false);

            assertThat(report.tables()).extracting(LoadReport.TableCount::table)
                    .containsExactly("band", "listing", "author", "book");
            Bands bands = new Bands(sandbox);
            assertThat(bands.list()).extracting(b -> b.getId() + " " + b.getName())
                    .containsExactly("1 De La Soul", "2 Foo Fighters", "3 Cut Copy");
            assertThat(new Listings(sandbox, bands).list(Optional.empty(), false))
                    .extracting(l -> l.getId() + " " + l.getTitle() + " -> " + l.getBand().getId())
                    .containsExactly("1 Cut Copy t-shirt -> 3", "2 De La Soul tour poster -> 1",
                            "3 Foo Fighters single poster -> 2");
            assertThat(new Authors(sandbox).listWithBooks()).hasSize(3)
                    .allSatisfy(a -> assertThat(a.getBooks()).isNotEmpty());
        }
    }

    @Test
    void identityGoesOnAfterTheLoadedIds() {
        try (Sandbox sandbox = TestSandbox.migrated()) {
            new SeedLoader(sandbox).load(BuiltInDatasets.find("tutorial").orElseThrow().csvSources(), false);

            assertThat(new Bands(sandbox).add("Sigur Rós").getId()).isEqualTo(4L);
            Listing listing = new Listings(sandbox, new Bands(sandbox)).add("Ágætis byrjun vinyl", Optional.of("Sigur Rós"));
            assertThat(listing.getId()).isEqualTo(4L);
        }
    }
}
