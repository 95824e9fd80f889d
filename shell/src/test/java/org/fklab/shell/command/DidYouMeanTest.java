package org.fklab.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> NAMES = List.of("list", "add", "show", "rename", "delete", "--format", "--out");

    @Test
    void aTypoOrTheStartOfANameFindsIt() {
        assertThat(DidYouMean.closest("lst", NAMES)).containsExactly("list");
        assertThat(DidYouMean.closest("shwo", NAMES)).containsExactly("show");
        assertThat(DidYouMean.closest("ren", NAMES)).containsExactly("rename");
        assertThat(DidYouMean.closest("--formt", NAMES)).containsExactly("--format");
    }

    @Test
    void aWordFarFromEveryNameFindsNothingAndSaysNothing() {
        assertThat(DidYouMean.closest("--foo", NAMES)).isEmpty();
        assertThat(DidYouMean.sentence("band ", List.of())).isEmpty();
        assertThat(DidYouMean.sentence("band ", List.of("list", "show"))).isEqualTo(
                " Did you mean 'band list' or 'band show'?");
    }
}
