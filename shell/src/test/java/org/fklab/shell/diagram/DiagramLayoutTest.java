package org.fklab.shell.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.fklab.domain.console.SqlConsole;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.domain.schema.Schema;
import org.fklab.shell.render.Styles;
import org.fklab.shell.workspace.Workspace;
import org.fklab.shell.workspace.WorkspaceOpener;
import org.junit.jupiter.api.Test;

class DiagramLayoutTest {

    /** The model of a fresh workspace's database (built-in migrations, tutorial data) after {@code change}. */
    private static ErModel model(Consumer<SqlConsole> change) {
        try (Workspace workspace = Workspace.temporary();
             Sandbox sandbox = WorkspaceOpener.open(workspace).sandbox()) {
            change.accept(new SqlConsole(sandbox));
            return ErModel.of(new Schema(sandbox));
        }
    }

    /** The boxes and lines, without the list of foreign keys below them. */
    private static List<String> picture(List<String> lines) {
        return lines.subList(0, lines.indexOf(""));
    }

    @Test
    void withoutUnicodeTheDiagramIsDrawnInPlainAscii() {
        List<String> lines = new TerminalDiagram(model(sql -> { }), Styles.plain(), false, 100).lines();

        assertThat(String.join("\n", lines)).matches("[\\x20-\\x7e\\n]*")
                .contains("+-----", "| band ", "| FK band_id ", "-> band |", "^1", "|*")
                .contains("listing *--> 1 band     listing.band_id --> band.id  ON DELETE SET NULL");
    }

    @Test
    void boxesWrapToTheWidthAndEveryTableIsStillThere() {
        ErModel model = model(sql -> {
            for (String name : List.of("venue", "label", "genre", "city", "promoter", "ticket")) {
                sql.run("CREATE TABLE " + name + " (id BIGINT PRIMARY KEY, band_id BIGINT, description VARCHAR(200),"
                        + " CONSTRAINT fk_" + name + "_band FOREIGN KEY (band_id) REFERENCES band(id) ON DELETE CASCADE)");
            }
        });

        List<String> lines = new TerminalDiagram(model, Styles.plain(), true, 80).lines();

        assertThat(picture(lines)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        String all = String.join("\n", lines);
        for (String table : List.of("author", "band", "book", "listing", "venue", "label", "genre", "city",
                "promoter", "ticket")) {
            assertThat(all).contains("│ " + table + " ");
        }
        assertThat(all).contains("ticket   *──> 1 band", "ticket.band_id ──> band.id  ON DELETE CASCADE");
    }

    @Test
    void onANarrowTerminalTheListOfKeysFitsTooWithTheNullNoteOnALineOfItsOwn() {
        ErModel model = model(sql -> { });

        List<String> wide = new TerminalDiagram(model, Styles.plain(), true, 140).lines();
        List<String> narrow = new TerminalDiagram(model, Styles.plain(), true, 80).lines();

        assertThat(wide).anySatisfy(line -> assertThat(line)
                .endsWith("listing.band_id ──> band.id  ON DELETE SET NULL  (NULL allowed: a listing need not point at a band)"));
        int rule = narrow.indexOf(narrow.stream().filter(l -> l.contains("listing.band_id")).findFirst().orElseThrow());
        assertThat(narrow.get(rule)).endsWith("ON DELETE SET NULL");
        assertThat(narrow.get(rule + 1)).isEqualTo("    (NULL allowed: a listing need not point at a band)");
        assertThat(narrow.subList(narrow.indexOf(""), narrow.size()))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void aWideTableShowsItsKeysAndSaysHowManyOtherColumnsItLeavesOut() {
        ErModel model = model(sql -> sql.run("CREATE TABLE tour (id BIGINT PRIMARY KEY, c1 INT, c2 INT, c3 INT, c4 INT,"
                + " c5 INT, c6 INT, c7 INT, c8 INT, c9 INT, band_id BIGINT,"
                + " CONSTRAINT fk_tour_band FOREIGN KEY (band_id) REFERENCES band(id))"));

        String all = String.join("\n", new TerminalDiagram(model, Styles.plain(), true, 100).lines());

        assertThat(all).contains("│ PK id ", "│    c5 ", "│ FK band_id ", "… 4 more columns")
                .doesNotContain("│    c6 ")
                .contains("tour.band_id ──> band.id  ON DELETE NO ACTION");
    }

    @Test
    void aCycleOfForeignKeysIsDrawnOnceWithBothKeys() {
        ErModel model = model(sql -> {
            sql.run("CREATE TABLE hen (id BIGINT PRIMARY KEY, egg_id BIGINT)");
            sql.run("CREATE TABLE egg (id BIGINT PRIMARY KEY, hen_id BIGINT REFERENCES hen(id) ON DELETE SET NULL)");
            sql.run("ALTER TABLE hen ADD CONSTRAINT fk_hen_egg FOREIGN KEY (egg_id) REFERENCES egg(id) ON DELETE CASCADE");
        });

        String all = String.join("\n", new TerminalDiagram(model, Styles.plain(), true, 100).lines());

        assertThat(all).contains("egg.hen_id ──> hen.id  ON DELETE SET NULL", "hen.egg_id ──> egg.id  ON DELETE CASCADE");
        assertThat(all.split("│ hen ", -1)).hasSize(2);
        assertThat(all.split("│ egg ", -1)).hasSize(2);
    }

    @Test
    void everyForeignKeyHasALineFromItsChildToItsParentsBorder() {
        ErModel model = model(sql -> sql.run("CREATE TABLE gig (id BIGINT PRIMARY KEY, band_id BIGINT, opener_id BIGINT,"
                + " CONSTRAINT fk_gig_band FOREIGN KEY (band_id) REFERENCES band(id) ON DELETE CASCADE,"
                + " CONSTRAINT fk_gig_opener FOREIGN KEY (opener_id) REFERENCES band(id) ON DELETE SET NULL)"));

        ErLayout layout = ErLayout.of(model, 100, true);

        assertThat(layout.routes()).hasSize(4);
        for (ErLayout.Route route : layout.routes()) {
            ErLayout.Box child = box(layout, route.relationship().child());
            ErLayout.Box parent = box(layout, route.relationship().parent());
            ErLayout.Point start = route.points().get(0);
            ErLayout.Point target = route.target();
            assertThat(start.y()).as(route.relationship().name()).isEqualTo(child.y());
            assertThat(target.y()).isEqualTo(parent.bottom());
            assertThat(target.x()).isBetween(parent.x() + 1, parent.right() - 1);
            assertThat(route.texts()).extracting(ErLayout.Text::kind).contains(ErLayout.Kind.ARROW);
        }
        assertThat(layout.routes().stream().map(r -> r.points().get(0)).distinct()).hasSize(4);
    }

    private static ErLayout.Box box(ErLayout layout, String table) {
        return layout.boxes().stream().filter(b -> b.table().name().equals(table)).findFirst().orElseThrow();
    }
}
