package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramFilesTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @TempDir
    Path folder;

    private static String[] then(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The SVG {@code g} elements of the given class. */
    private static List<Element> groups(Document svg, String type) {
        NodeList all = svg.getElementsByTagNameNS(SVG, "g");
        List<Element> groups = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (g.getAttribute("class").equals(type)) {
                groups.add(g);
            }
        }
        return groups;
    }

    @Test
    void svgOfALearnersSchemaNamesEveryTableAndRuleAndHasOneEdgePerForeignKey() throws Exception {
        Path file = folder.resolve("schema.svg");

        FklabRun.Result result = FklabRun.commands(then(DiagramCommandTest.LEARNER_MIGRATIONS, "diagram --out " + file));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Wrote the diagram of 6 tables and 6 relationships to " + file + ".",
                "A picture: open it in a web browser.");
        Document svg = parse(file);
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(groups(svg, "table")).extracting(g -> g.getAttribute("data-table"))
                .containsExactlyInAnyOrder("author", "band", "book", "gig", "listing", "venue");
        List<Element> edges = groups(svg, "fk");
        assertThat(edges).hasSize(6);
        Set<String> edgesSeen = new TreeSet<>();
        for (Element edge : edges) {
            edgesSeen.add(edge.getAttribute("data-child") + "->" + edge.getAttribute("data-parent") + " "
                    + edge.getAttribute("data-rule"));
            assertThat(edge.getElementsByTagNameNS(SVG, "path").getLength()).isEqualTo(1);
            assertThat(((Element) edge.getElementsByTagNameNS(SVG, "path").item(0)).getAttribute("marker-end"))
                    .isEqualTo("url(#arrow)");
        }
        assertThat(edgesSeen).containsExactly("band->band SET NULL", "book->author CASCADE", "gig->band CASCADE",
                "gig->band SET NULL", "gig->listing NO ACTION", "listing->band SET NULL");
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains("author", "band", "book", "gig", "listing", "venue", "PK", "FK")
                .contains("ON DELETE CASCADE", "ON DELETE SET NULL", "ON DELETE NO ACTION")
                .contains("gig.listing_id → listing.id");
    }

    @Test
    void svgEscapesNamesWithMarkupCharactersQuotesAndNonAsciiLetters() throws Exception {
        Path svgFile = folder.resolve("odd.svg");
        Path dotFile = folder.resolve("odd.dot");
        Path mermaidFile = folder.resolve("odd.mmd");

        FklabRun.Result result = FklabRun.commands(
                "sql CREATE TABLE \"Café <&> \"\"Q\"\"\" (id BIGINT PRIMARY KEY, \"naïve & <band>\" BIGINT,"
                        + " CONSTRAINT fk_odd FOREIGN KEY (\"naïve & <band>\") REFERENCES band(id) ON DELETE CASCADE);",
                "diagram --out " + svgFile, "diagram --out " + dotFile, "diagram --out " + mermaidFile, "diagram");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Document svg = parse(svgFile);
        assertThat(groups(svg, "table")).extracting(g -> g.getAttribute("data-table")).contains("Café <&> \"Q\"");
        assertThat(svg.getDocumentElement().getTextContent()).contains("Café <&> \"Q\"", "naïve & <band>");
        assertThat(groups(svg, "fk")).extracting(g -> g.getAttribute("data-child")).contains("Café <&> \"Q\"");
        assertThat(Files.readString(dotFile, StandardCharsets.UTF_8))
                .contains("\"Café <&> \\\"Q\\\"\" [label=<", "<b>Café &lt;&amp;&gt; &quot;Q&quot;</b>",
                        "naïve &amp; &lt;band&gt;", "\"Café <&> \\\"Q\\\"\":\"c1\" -> \"band\":\"c0\"");
        assertThat(Files.readString(mermaidFile, StandardCharsets.UTF_8))
                .contains("\"Café <&> _Q_\" {", "BIGINT na_ve____band_ FK \"column naïve & <band>, → band\"",
                        "BAND |o--o{ \"Café <&> _Q_\" : \"naïve & <band> (ON DELETE CASCADE)\"");
        assertThat(result.out()).contains("Café <&> \"Q\".naïve & <band> ──> band.id  ON DELETE CASCADE");
    }

    @Test
    void dotHasANodePerTableAndAnEdgeFromEachChildColumnToItsParentLabelledWithTheRule() throws Exception {
        Path dot = folder.resolve("schema.dot");
        Path gv = folder.resolve("schema.gv");

        FklabRun.Result result = FklabRun.commands("diagram --out " + dot, "diagram --out " + gv);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Wrote the diagram of 4 tables and 2 relationships to " + dot + ".",
                "Graphviz: dot -Tpng " + dot + " -o schema.png draws it.");
        String text = Files.readString(dot, StandardCharsets.UTF_8);
        assertThat(text).contains("digraph schema {", "rankdir=RL")
                .contains("\"author\" [label=<", "\"band\" [label=<", "\"book\" [label=<", "\"listing\" [label=<")
                .contains("<td align=\"left\" port=\"c2\">band_id</td><td align=\"left\">BIGINT → band</td>")
                .contains("\"listing\":\"c2\" -> \"band\":\"c0\" [label=\"ON DELETE SET NULL\", taillabel=\"*\","
                        + " headlabel=\"0..1\"")
                .contains("\"book\":\"c2\" -> \"author\":\"c0\" [label=\"ON DELETE CASCADE\", taillabel=\"*\","
                        + " headlabel=\"1\"")
                .endsWith("}\n");
        assertThat(text.lines().filter(line -> line.contains(" -> "))).hasSize(2);
        assertThat(Files.readString(gv, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void mermaidUsesZeroOrOneForANullableKeyAndExactlyOneForANotNullKey() throws Exception {
        Path file = folder.resolve("schema.mmd");

        FklabRun.Result result = FklabRun.commands(then(DiagramCommandTest.LEARNER_MIGRATIONS, "diagram --out " + file));

        assertThat(result.exitCode()).as(result.err()).isZero();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst()).contains("erDiagram");
        assertThat(text).contains("    BAND {\n        BIGINT id PK\n        VARCHAR(100) name \"NOT NULL\"\n"
                        + "        BIGINT parent_id FK \"→ band\"\n    }")
                .contains("    VENUE {\n        BIGINT id PK\n    }")
                .contains("BIGINT author_id FK \"→ author, NOT NULL\"")
                .contains("BAND |o--o{ LISTING : \"band_id (ON DELETE SET NULL)\"")
                .contains("AUTHOR ||--o{ BOOK : \"author_id (ON DELETE CASCADE)\"")
                .contains("BAND |o--o{ GIG : \"band_id (ON DELETE CASCADE)\"")
                .contains("BAND |o--o{ GIG : \"opener_id (ON DELETE SET NULL)\"")
                .contains("LISTING |o--o{ GIG : \"listing_id (ON DELETE NO ACTION)\"")
                .contains("BAND |o--o{ BAND : \"parent_id (ON DELETE SET NULL)\"");
        assertThat(text.lines().filter(line -> line.matches("    \\S+ (\\|o|\\|\\|)--o\\{ \\S+ : \".*\""))).hasSize(6);
    }

    @Test
    void anUnknownExtensionIsRefusedNamingTheSupportedOnesAndWritesNothing() throws Exception {
        Path file = folder.resolve("schema.png");

        FklabRun.Result result = FklabRun.commands("diagram --out " + file);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("Cannot write a diagram to " + file + ": fklab does not write .png files.",
                        ".svg (a picture for a web browser), .dot or .gv (Graphviz), .mmd (Mermaid)")
                .doesNotContain("Exception", "\tat ");
        assertThat(result.err().lines().filter(line -> line.contains("error:"))).hasSize(1);
        assertThat(result.out()).doesNotContain("Wrote");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMissingFolderIsRefusedNamingThePathAndTheFix() throws Exception {
        Path file = folder.resolve("no-such-folder").resolve("schema.svg");

        FklabRun.Result result = FklabRun.commands("diagram --out " + file);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("Cannot write " + file + ": the folder " + file.getParent()
                + " does not exist. Create it first").doesNotContain("Exception", "\tat ");
        assertThat(result.err().lines().filter(line -> line.contains("error:"))).hasSize(1);
        assertThat(folder.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void aPathThroughAFileOrOntoAFolderCannotBeWrittenAndSaysWhy() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "mine");
        Path through = notAFolder.resolve("schema.svg");
        Path onto = Files.createDirectory(folder.resolve("schema.mmd"));

        FklabRun.Result result = FklabRun.run("--in-memory", "--keep-going",
                "-c", "diagram --out " + through, "-c", "diagram --out " + onto);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("Cannot write " + through + ": " + notAFolder + " is a file, not a folder.")
                .contains(onto + " is a folder. Name a file in it")
                .doesNotContain("Exception", "\tat ");
        assertThat(Files.readString(notAFolder)).isEqualTo("mine");
        try (Stream<Path> files = Files.list(onto)) {
            assertThat(files).isEmpty();
        }
    }
}
