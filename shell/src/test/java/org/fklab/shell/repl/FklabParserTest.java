package org.fklab.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FklabParserTest {

    private final FklabParser parser = new FklabParser();

    @Test
    void aBackslashEscapesTheNextCharacterUnlessItIsEscapedItself() {
        assertThat(parser.words("band add De\\ La\\ Soul")).containsExactly("band", "add", "De La Soul");
        assertThat(parser.words("band add a\\\\ b")).containsExactly("band", "add", "a\\", "b");
        assertThat(parser.words("band add \\\"x\\\"")).containsExactly("band", "add", "\"x\"");
        assertThat(parser.words("band add \"it\\\"s\"")).containsExactly("band", "add", "it\"s");
    }

    @Test
    void aLineOfManyThousandBackslashesIsReadInOnePass() {
        // JLine's own reading recursed once per backslash: this line overflowed the stack
        String line = "band show " + "\\".repeat(400_000) + " x";

        assertThat(parser.words(line)).containsExactly("band", "show", "\\".repeat(200_000), "x");
    }
}
