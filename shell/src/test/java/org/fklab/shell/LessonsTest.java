package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.fklab.tutorials.lesson.LessonCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in lesson works, played as 'tutorial play N --attempts' plays it: each step's check fails before its
 * work and holds after its solution, what it builds on holds at its start, every wrong attempt is refused with its
 * words and every other right way is accepted.
 */
class LessonsTest {

    static Stream<Integer> lessons() {
        return IntStream.rangeClosed(1, new LessonCatalog(java.util.Optional.empty()).lessons().size()).boxed();
    }

    @ParameterizedTest(name = "lesson {0}")
    @MethodSource("lessons")
    void playsWithEveryAttemptJudgedAsTheLessonSays(int lesson) {
        FklabRun.Result result = FklabRun.commands("tutorial play " + lesson + " --attempts");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Lesson " + lesson + " played: all", "attempts were judged as the lesson says");
        assertThat(result.err()).as(result.all()).doesNotContain("error: Lesson");
    }
}
