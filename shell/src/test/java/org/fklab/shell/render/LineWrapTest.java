package org.fklab.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineWrapTest {

    @Test
    void aLineThatFitsOrAnUnknownWidthLeavesTheLineAsItIs() {
        assertThat(LineWrap.wrap("band 1: De La Soul", 18)).containsExactly("band 1: De La Soul");
        assertThat(LineWrap.wrap("band 1: De La Soul", 0)).containsExactly("band 1: De La Soul");
    }

    @Test
    void aLongLineBreaksAtSpacesAndNeverInsideAWord() {
        List<String> lines = LineWrap.wrap("error: There is no band named 'Nobody'. Names must match exactly.", 30);

        assertThat(lines).containsExactly("error: There is no band named", "'Nobody'. Names must match", "exactly.");
        assertThat(String.join(" ", lines)).isEqualTo("error: There is no band named 'Nobody'. Names must match exactly.");
    }

    @Test
    void aContinuationKeepsTheIndentationOfTheLine() {
        assertThat(LineWrap.wrap("    #4 Daft Punk vinyl, #5 Daft Punk poster", 24))
                .containsExactly("    #4 Daft Punk vinyl,", "    #5 Daft Punk poster");
    }

    @Test
    void aContinuationLinesUpUnderTheLastColumnOfAListLine() {
        assertThat(LineWrap.wrap("[X] ●    0006_merge  no change (records that the branches are joined)", 50))
                .containsExactly("[X] ●    0006_merge  no change (records that the", " ".repeat("[X] ●    0006_merge  ".length()) + "branches are joined)");
    }

    @Test
    void aColumnTooFarToTheRightIsNotUsedForTheContinuation() {
        assertThat(LineWrap.wrap("a very long first column of text  then a second column", 30))
                .containsExactly("a very long first column of", "text  then a second column");
    }

    @Test
    void aCommentContinuesUnderItsTextNotUnderTheHash() {
        assertThat(LineWrap.wrap("# listing.band_id points at band.id: its rule decides", 30))
                .containsExactly("# listing.band_id points at", "  band.id: its rule decides");
    }

    @Test
    void aWordWiderThanTheLineIsCutWhereItMust() {
        assertThat(LineWrap.wrap("see /a/very/long/path/to/band.csv", 12))
                .containsExactly("see", "/a/very/long", "/path/to/ban", "d.csv");
    }

    @Test
    void stylesAreKeptAndDoNotCountTowardsTheWidth() {
        Styles colour = new Styles(true);
        String line = colour.error("error:") + " the band " + colour.code("Foo Fighters") + " has listings";

        List<String> lines = LineWrap.wrap(line, 24);

        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(Styles.width(l)).isLessThanOrEqualTo(24));
        assertThat(lines.get(0)).contains("\u001b[");
        assertThat(lines.stream().map(l -> l.replaceAll("\u001b\\[[0-9;]*m", "")).toList())
                .containsExactly("error: the band Foo", "Fighters has listings");
    }

    @Test
    void wideCharactersCountAsTwoColumns() {
        assertThat(LineWrap.wrap("バンド バンド", 8)).containsExactly("バンド", "バンド");
    }
}
