package org.fklab.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fklab.migrations.Changelogs.addColumn;
import static org.fklab.migrations.Changelogs.empty;
import static org.fklab.migrations.Changelogs.writeText;

import java.nio.file.Path;
import java.util.List;

import org.fklab.migrations.Changelogs;
import org.fklab.migrations.MigrationException;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationGraphTest {

    private static final String B1 = "0001_create_band";
    private static final String B2 = "0002_create_listing";
    private static final String B3 = "0003_listing_band";
    private static final String B4 = "0004_create_author_book";

    @TempDir
    Path folder;

    private MigrationGraph load() {
        return MigrationCatalog.withWorkspace(folder).load();
    }

    private static List<String> names(List<Migration> migrations) {
        return migrations.stream().map(Migration::name).toList();
    }

    /** 0004 forks into 0005_a and 0005_b; 0006_c builds on 0005_b. */
    private MigrationGraph branched() {
        addColumn(folder, "0005_a", "band", "genre_a", B4);
        addColumn(folder, "0005_b", "band", "genre_b", B4);
        addColumn(folder, "0006_c", "band", "genre_c", "0005_b");
        return load();
    }

    @Test
    void inOrderPutsParentsFirstAndBreaksTiesByNumberThenName() {
        // given: siblings whose file names sort differently from their numbers
        addColumn(folder, "0010_a", "band", "a", B4);
        addColumn(folder, "9_b", "band", "b", B4);
        addColumn(folder, "0005_d", "band", "d", B4);
        addColumn(folder, "0005_c", "band", "c", B4);
        addColumn(folder, "0006_e", "band", "e", "0005_d");

        // when
        List<String> order = names(load().inOrder());

        // then: 9 comes before 10 although "0010_a" sorts first as text; 0006_e waits for its parent 0005_d
        assertThat(order).containsExactly(B1, B2, B3, B4, "0005_c", "0005_d", "0006_e", "9_b", "0010_a");
    }

    @Test
    void aChildWithALowerNumberStillComesAfterItsParent() {
        addColumn(folder, "0008_first", "band", "a", B4);
        addColumn(folder, "0006_second", "band", "b", "0008_first");

        assertThat(names(load().inOrder())).containsExactly(B1, B2, B3, B4, "0008_first", "0006_second");
    }

    @Test
    void leavesAreTheMigrationsNothingBuildsOn() {
        MigrationGraph graph = branched();

        assertThat(names(graph.leaves())).containsExactly("0005_a", "0006_c");
    }

    @Test
    void theBuiltInsAloneHaveOneLeaf() {
        assertThat(names(load().leaves())).containsExactly(B4);
    }

    @Test
    void ancestorsAndSelfFollowOnlyTheBranchItIsOn() {
        MigrationGraph graph = branched();

        assertThat(names(graph.ancestorsAndSelf("0006_c"))).containsExactly(B1, B2, B3, B4, "0005_b", "0006_c");
        assertThat(names(graph.ancestorsAndSelf("0005_a"))).containsExactly(B1, B2, B3, B4, "0005_a");
        assertThat(names(graph.ancestorsAndSelf(B1))).containsExactly(B1);
    }

    @Test
    void ancestorsOfAMergeAreBothBranches() {
        branched();
        empty(folder, "0007_merge", "0005_a", "0006_c");
        MigrationGraph graph = load();

        assertThat(names(graph.ancestorsAndSelf("0007_merge")))
                .containsExactly(B1, B2, B3, B4, "0005_a", "0005_b", "0006_c", "0007_merge");
        assertThat(names(graph.descendants("0005_a"))).containsExactly("0007_merge");
    }

    @Test
    void descendantsAreEverythingBuildingOnTheMigrationButNotItself() {
        MigrationGraph graph = branched();

        assertThat(names(graph.descendants(B4))).containsExactly("0005_a", "0005_b", "0006_c");
        assertThat(names(graph.descendants("0005_b"))).containsExactly("0006_c");
        assertThat(graph.descendants("0005_a")).isEmpty();
        assertThat(names(graph.descendants(B2))).containsExactly(B3, B4, "0005_a", "0005_b", "0006_c");
    }

    @Test
    void childrenOfAForkAreBothBranchesInOrder() {
        MigrationGraph graph = branched();

        assertThat(names(graph.childrenOf(B4))).containsExactly("0005_a", "0005_b");
        assertThat(graph.childrenOf("0006_c")).isEmpty();
    }

    @Test
    void resolveAcceptsAFullNameOrAUniquePrefix() {
        MigrationGraph graph = branched();

        assertThat(graph.resolve("0005_a").name()).isEqualTo("0005_a");
        assertThat(graph.resolve("0006").name()).isEqualTo("0006_c");
        assertThat(graph.resolve("0003_l").name()).isEqualTo(B3);
    }

    @Test
    void anExactNameWinsOverALongerNameItIsAPrefixOf() {
        addColumn(folder, "0005_a", "band", "a", B4);
        addColumn(folder, "0005_ab", "band", "ab", B4);

        assertThat(load().resolve("0005_a").name()).isEqualTo("0005_a");
    }

    @Test
    void anAmbiguousPrefixNamesEveryMigrationItCouldMean() {
        MigrationGraph graph = branched();

        assertThatThrownBy(() -> graph.resolve("0005")).isInstanceOf(MigrationException.class)
                .hasMessage("'0005' could mean 0005_a or 0005_b. Type more of the name.");
    }

    @Test
    void anUnknownPrefixPointsAtShowmigrations() {
        MigrationGraph graph = branched();

        assertThatThrownBy(() -> graph.resolve("0009")).isInstanceOf(MigrationException.class)
                .hasMessage("No migration is named or starts with '0009'. Run 'showmigrations' to see their names.");
        assertThatThrownBy(() -> graph.get("0005")).isInstanceOf(MigrationException.class)
                .hasMessageContaining("There is no migration named 0005.");
    }

    @Test
    void aWorkspaceFileNamedLikeABuiltInIsADuplicate() {
        Path file = Changelogs.createTable(folder, B1, "other_band");

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessage("Two migrations are named " + B1 + ": built-in " + B1 + " and " + file
                        + ". Rename or delete one of them.");
    }

    @Test
    void aYamlAndAYmlFileOfTheSameNameAreADuplicate() {
        Path yaml = addColumn(folder, "0005_x", "band", "x", B4);
        Path yml = writeText(folder, "0005_x.yml", "databaseChangeLog:\n  - changeSet:\n      id: y\n      author: t\n"
                + "      changes:\n" + Changelogs.addColumnChange("band", "y"));

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Two migrations are named 0005_x: ")
                .hasMessageContaining(yaml.toString())
                .hasMessageContaining(yml.toString())
                .hasMessageContaining("Rename or delete one of them.");
    }

    @Test
    void anUnknownParentIsNamedWithTheFileAndTheChoices() {
        Path file = addColumn(folder, "0005_x", "band", "x", "0004_missing");

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessage("Migration 0005_x (" + file + ") names parent 0004_missing, which does not exist. Fix its"
                        + " 'parents' property to name one of: " + B1 + ", " + B2 + ", " + B3 + ", " + B4 + ", 0005_x.");
    }

    @Test
    void aMigrationThatIsItsOwnParentIsRefused() {
        Path file = addColumn(folder, "0005_x", "band", "x", B4, "0005_x");

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessage("Migration 0005_x (" + file + ") names itself as its parent. Fix its 'parents' property.");
    }

    @Test
    void twoMigrationsParentingEachOtherAreACycle() {
        addColumn(folder, "0005_a", "band", "a", "0005_b");
        addColumn(folder, "0005_b", "band", "b", "0005_a");

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessage("These migrations depend on each other in a circle, so none of them can go first: 0005_a,"
                        + " 0005_b. Fix the 'parents' property of one of them.");
    }

    @Test
    void aMigrationBuildingOnACycleIsNotNamedAsPartOfIt() {
        // given: 0006_c only builds on the circle; fixing its parents would not help
        addColumn(folder, "0005_a", "band", "a", "0005_b");
        addColumn(folder, "0005_b", "band", "b", "0005_a");
        addColumn(folder, "0006_c", "band", "c", "0005_a");

        // then: the message names the circle, so the learner edits the right file
        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessageContaining("none of them can go first: 0005_a, 0005_b.")
                .hasMessageNotContaining("0006_c");
    }

    @Test
    void aFileThatIsNotYamlIsReportedWithItsLine() {
        Path file = writeText(folder, "0005_broken.yaml", "databaseChangeLog:\n  - changeSet:\n      id: a: b\n");

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith(file + ":3: this changelog is not valid YAML (mapping values are not allowed here")
                .hasMessageEndingWith("Fix the file, or delete it if you do not need it.");
    }

    @Test
    void aYamlFileWithoutDatabaseChangeLogIsNotAChangelog() {
        Path file = writeText(folder, "0005_odd.yaml", "changeSets:\n  - id: 1\n");

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessage(file + ":1: a changelog starts with 'databaseChangeLog:' followed by a list of changeSets."
                        + " Fix the file, or delete it if you do not need it ('makemigration' writes migrations in the"
                        + " right form).");
    }

    @Test
    void anEmptyFileIsNotAChangelog() {
        Path file = writeText(folder, "0005_empty.yaml", "");

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith(file + ": a changelog starts with 'databaseChangeLog:'");
    }

    @Test
    void aChangeSetWithoutAnIdIsReportedAtItsLine() {
        Path file = writeText(folder, "0005_noid.yaml", "databaseChangeLog:\n  - changeSet:\n      author: test\n"
                + "      changes:\n" + Changelogs.addColumnChange("band", "x"));

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith(file + ":3: this changeSet needs both an 'id' and an 'author'. Fix the file");
    }

    @Test
    void aChangeSetWithoutAnAuthorIsReportedAtItsLine() {
        Path file = writeText(folder, "0005_noauthor.yaml", "# comment\ndatabaseChangeLog:\n  - changeSet:\n"
                + "      id: x-1\n      changes:\n" + Changelogs.addColumnChange("band", "x"));

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith(file + ":4: this changeSet needs both an 'id' and an 'author'.");
    }

    @Test
    void aChangeSetWithoutChangesIsRefused() {
        Path file = writeText(folder, "0005_nochanges.yaml", "databaseChangeLog:\n  - changeSet:\n      id: x-1\n"
                + "      author: test\n");

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith(file + ":3: changeSet x-1 has no 'changes' list. Fix the file");
    }

    @Test
    void aChangeSetWithAnEmptyChangesListIsRefused() {
        Path file = writeText(folder, "0005_nochanges.yaml", "databaseChangeLog:\n  - changeSet:\n      id: x-1\n"
                + "      author: test\n      changes: []\n");

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith(file + ":3: changeSet x-1 has no 'changes' list.");
    }

    @Test
    void aChangelogWithOnlyPropertiesNeedsAChangeSet() {
        Path file = writeText(folder, "0005_bare.yaml", "databaseChangeLog:\n  - property:\n      name: parents\n"
                + "      value: " + B4 + "\n");

        assertThatThrownBy(this::load).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith(file + ":2: a migration needs at least one changeSet (a merge migration has one"
                        + " with an 'empty' change).");
    }
}
