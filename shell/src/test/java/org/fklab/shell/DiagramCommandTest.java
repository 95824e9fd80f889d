package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DiagramCommandTest {

    /** A learner's table made by migrations: two keys to band, one to listing, and band pointing at itself. */
    static final String[] LEARNER_MIGRATIONS = {
        "makemigration create_gig create-table gig",
        "makemigration gig_band add-fk gig band_id --references band --on-delete cascade",
        "makemigration gig_listing add-fk gig listing_id --references listing --on-delete restrict",
        "makemigration gig_opener add-fk gig opener_id --references band --on-delete set-null",
        "makemigration band_parent add-fk band parent_id --references band --on-delete set-null",
        "makemigration create_venue create-table venue",
        "migrate"};

    private static String[] with(String[] first, String... then) {
        String[] all = new String[first.length + then.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(then, 0, all, first.length, then.length);
        return all;
    }

    @Test
    void diagramOfTheBuiltInSchemaShowsEveryTableItsKeysAndEachForeignKeyWithItsRule() {
        FklabRun.Result result = FklabRun.commands("diagram");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("│ author", "│ band", "│ book", "│ listing")
                .contains("│ PK id", "│ FK band_id", "→ band │", "│ FK author_id", "→ author │")
                .contains("listing *──> 1 band", "book    *──> 1 author")
                .containsPattern("listing.band_id ──> band.id  ON DELETE SET NULL\\s+\\(NULL allowed: a listing need not point at a band\\)")
                .contains("book.author_id ──> author.id  ON DELETE CASCADE")
                .containsPattern("▲1\\s")
                .doesNotContainIgnoringCase("databasechangelog").doesNotContainIgnoringCase("fklab_migration_history");
        // each rule is written on its line in the picture, and again in the list below it
        assertThat(result.out().split("ON DELETE CASCADE", -1)).hasSize(3);
        assertThat(result.out().split("ON DELETE SET NULL", -1)).hasSize(3);
    }

    @Test
    void parentsAreDrawnAboveTheirChildren() {
        String out = FklabRun.commands("diagram").out();

        assertThat(out.indexOf("│ author")).isLessThan(out.indexOf("│ book"));
        assertThat(out.indexOf("│ band")).isLessThan(out.indexOf("│ listing"));
    }

    @Test
    void diagramBeforeTheListingBandMigrationShowsTwoTablesAndNoForeignKey() {
        FklabRun.Result result = FklabRun.commands("migrate 0002 --yes", "diagram");

        assertThat(result.exitCode()).isZero();
        String diagram = result.out().substring(result.out().indexOf("┌"));
        assertThat(diagram).contains("│ band", "│ listing", "│ PK id", "No foreign keys: no table points at another.")
                .doesNotContain("band_id", "author", "▲", "ON DELETE");
    }

    @Test
    void aLearnersMigratedTableIsDrawnWithEachOfItsKeysTheirRulesAndASelfReference() {
        FklabRun.Result result = FklabRun.commands(with(LEARNER_MIGRATIONS, "diagram"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        String diagram = result.out().substring(result.out().indexOf("Each line runs"));
        assertThat(diagram)
                .contains("│ gig", "│ FK band_id", "│ FK listing_id", "│ FK opener_id", "│ venue")
                .contains("gig.band_id ──> band.id  ON DELETE CASCADE")
                .contains("gig.listing_id ──> listing.id  ON DELETE NO ACTION (what RESTRICT is stored as")
                .contains("gig.opener_id ──> band.id  ON DELETE SET NULL")
                .contains("band.parent_id ──> band.id  ON DELETE SET NULL")
                .contains("band    *──> 1 band", "gig     *──> 1 listing")
                .contains("◄"); // the loop of band.parent_id comes back into band's own box
        assertThat(diagram.split("gig     \\*──> 1 band", -1)).as("two keys from gig to band").hasSize(3);
        assertThat(diagram.indexOf("│ listing")).isLessThan(diagram.indexOf("│ gig"));
    }

    @Test
    void aScriptGetsNoEscapeCodesAndTheTerminalDiagramNeedsNoColour() {
        FklabRun.Result result = FklabRun.commands("diagram");

        assertThat(result.out()).doesNotContain("\u001b[");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void atTheInteractivePromptTheDiagramFitsTheTerminalsWidth() throws Exception {
        try (VirtualTerminal shell = new VirtualTerminal(Map.of(), "--in-memory")) {
            shell.await("fklab> ").type("diagram\r").await("'describe TABLE' shows every column");

            List<String> lines = shell.linesAfter("diagram");
            assertThat(String.join("\n", lines)).contains("│ band", "listing.band_id ──> band.id  ON DELETE SET NULL");
            List<String> picture = lines.stream().dropWhile(line -> !line.contains("┌"))
                    .takeWhile(line -> !line.isBlank()).toList();
            assertThat(picture).hasSizeGreaterThan(10)
                    .allSatisfy(line -> assertThat(line.stripTrailing().length()).isLessThanOrEqualTo(120));
        }
    }

    @Test
    void diagramWithoutTablesSaysHowToGetThem() {
        FklabRun.Result result = FklabRun.commands("migrate zero --yes", "diagram");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("No tables yet: no migration that creates one is applied. Run 'migrate'.");
    }

    @Test
    void helpExplainsTheDiagramAndItsFormats() {
        FklabRun.Result result = FklabRun.commands("help", "help diagram");

        assertThat(result.out())
                .contains("diagram              Draw the tables and the foreign keys between them (an ER diagram).")
                .contains("Usage: diagram [--out=FILE]")
                .contains("ON DELETE rule", ".svg (SVG), .dot or .gv (Graphviz DOT), .mmd (Mermaid)")
                .contains("diagram --out schema.svg");
    }
}
