package org.fklab.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fklab.migrations.Changelogs.addColumn;
import static org.fklab.migrations.Changelogs.empty;

import java.nio.file.Path;
import java.util.List;

import org.fklab.migrations.catalog.MigrationCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphLayoutTest {

    @TempDir
    Path folder;

    /** Each row as "name|lanes", a connector row as "|lanes". */
    private List<String> drawing() {
        return GraphLayout.rows(MigrationCatalog.withWorkspace(folder).load()).stream()
                .map(row -> (row.migration() == null ? "" : row.migration().name()) + "|" + row.lanes()).toList();
    }

    @Test
    void aStraightLineIsOneLaneWithoutConnectors() {
        assertThat(drawing()).containsExactly(
                "0001_create_band|●",
                "0002_create_listing|●",
                "0003_listing_band|●",
                "0004_create_author_book|●");
    }

    @Test
    void aForkAndItsMergeOpenAndCloseASecondLane() {
        addColumn(folder, "0005_a", "band", "a", "0004_create_author_book");
        addColumn(folder, "0005_b", "band", "b", "0004_create_author_book");
        empty(folder, "0006_merge", "0005_a", "0005_b");

        assertThat(drawing()).containsExactly(
                "0001_create_band|●",
                "0002_create_listing|●",
                "0003_listing_band|●",
                "0004_create_author_book|●",
                "|├─┐",
                "0005_a|● │",
                "0005_b|│ ●",
                "|├─┘",
                "0006_merge|●");
    }

    @Test
    void aBranchThatGoesOnBeforeTheMergeKeepsItsLane() {
        addColumn(folder, "0005_a", "band", "a", "0004_create_author_book");
        addColumn(folder, "0005_b", "band", "b", "0004_create_author_book");
        addColumn(folder, "0006_c", "band", "c", "0005_b");
        empty(folder, "0007_merge", "0005_a", "0006_c");

        assertThat(drawing()).containsExactly(
                "0001_create_band|●",
                "0002_create_listing|●",
                "0003_listing_band|●",
                "0004_create_author_book|●",
                "|├─┐",
                "0005_a|● │",
                "0005_b|│ ●",
                "0006_c|│ ●",
                "|├─┘",
                "0007_merge|●");
    }

    @Test
    void threeBranchesFromOneParentForkIntoThreeLanes() {
        addColumn(folder, "0005_a", "band", "a", "0004_create_author_book");
        addColumn(folder, "0005_b", "band", "b", "0004_create_author_book");
        addColumn(folder, "0005_c", "band", "c", "0004_create_author_book");

        assertThat(drawing()).containsExactly(
                "0001_create_band|●",
                "0002_create_listing|●",
                "0003_listing_band|●",
                "0004_create_author_book|●",
                "|├─┬─┐",
                "0005_a|● │ │",
                "0005_b|  ● │",
                "0005_c|    ●");
    }

    @Test
    void aThreeWayMergeJoinsEveryLane() {
        addColumn(folder, "0005_a", "band", "a", "0004_create_author_book");
        addColumn(folder, "0005_b", "band", "b", "0004_create_author_book");
        addColumn(folder, "0005_c", "band", "c", "0004_create_author_book");
        empty(folder, "0006_merge", "0005_a", "0005_b", "0005_c");

        assertThat(drawing()).endsWith(
                "|├─┬─┐",
                "0005_a|● │ │",
                "0005_b|│ ● │",
                "0005_c|│ │ ●",
                "|├─┴─┘",
                "0006_merge|●");
    }

    @Test
    void aJoinPassingALiveLaneCrossesIt() {
        addColumn(folder, "0005_a", "band", "a", "0004_create_author_book");
        addColumn(folder, "0005_b", "band", "b", "0004_create_author_book");
        addColumn(folder, "0005_c", "band", "c", "0004_create_author_book");
        empty(folder, "0006_m", "0005_a", "0005_c");
        addColumn(folder, "0006_x", "band", "x", "0005_b");

        assertThat(drawing()).endsWith(
                "|├─┬─┐",
                "0005_a|● │ │",
                "0005_b|│ ● │",
                "0005_c|│ │ ●",
                "|├─┼─┘",
                "0006_m|● │",
                "0006_x|  ●");
    }
}
