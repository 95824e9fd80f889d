package org.fklab.tutorials.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswersTest {

    @ParameterizedTest(name = "''{0}'' answers ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "De La Soul|De La Soul", "  de   la SOUL |De La Soul", "\"Cut Copy\"|Cut Copy", "'Cut Copy'.|Cut Copy",
            "2|2", "2.0|2", "2|2.00", "two|2", "3 listings|3", "three listings|3", "none|NULL", "nothing|NULL",
            "none|0", "zero|0", "-1|-1"})
    void lenientAnswersAreRight(String given, String expected) {
        assertThat(Answers.matches(given, expected)).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' does not answer ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "De La|De La Soul", "DeLaSoul|De La Soul", "3|2", "2 or 3|2", "23|2", "band 2 of 3|2", "none|2",
            "0|NULL", "4|NULL", "x2|2"})
    void otherAnswersAreWrong(String given, String expected) {
        assertThat(Answers.matches(given, expected)).isFalse();
    }
}
