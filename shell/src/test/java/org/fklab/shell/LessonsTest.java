package org.fklab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.command.CommandRunner;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Styles;
import org.fklab.shell.session.ShellSession;
import org.fklab.shell.workspace.Workspace;
import org.fklab.shell.workspace.WorkspaceOpener;
import org.fklab.tutorials.engine.TutorialEngine;
import org.fklab.tutorials.lesson.Lesson;
import org.fklab.tutorials.lesson.LessonCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in lesson works: played through with every check passing, and no step's check passes too early. */
class LessonsTest {

    static Stream<Integer> lessons() {
        return IntStream.rangeClosed(1, new LessonCatalog(java.util.Optional.empty()).lessons().size()).boxed();
    }

    @ParameterizedTest(name = "lesson {0}")
    @MethodSource("lessons")
    void playsThroughWithEveryCheckPassing(int lesson) {
        FklabRun.Result result = FklabRun.commands("tutorial play " + lesson + " --yes");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Lesson " + lesson + " played: all");
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest(name = "lesson {0}")
    @MethodSource("lessons")
    void everyStepsCheckFailsUntilItsWorkIsDone(int number) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        Workspace workspace = Workspace.temporary();
        WorkspaceOpener.Opened opened = WorkspaceOpener.open(workspace);
        try (ShellSession session = new ShellSession(CompletableFuture.completedFuture(workspace),
                CompletableFuture.completedFuture(opened.sandbox()), new Console(writer, writer, Styles.plain()),
                false, false)) {
            CommandRunner runner = new CommandRunner(session, new CommandRegistry(session));
            TutorialEngine tutorials = session.tutorials();
            Lesson lesson = tutorials.find(String.valueOf(number));
            TutorialEngine.Position position = tutorials.start(lesson);
            while (true) {
                String where = "lesson " + number + " step " + (position.step() + 1) + " (" + position.current().title()
                        + ")";
                assertThat(tutorials.check(position.current()).passed())
                        .as("%s: its check passes before its work is done", where).isFalse();
                for (String command : position.current().solution()) {
                    assertThat(runner.run(command)).as("%s: '%s' failed:%n%s", where, command, out).isZero();
                }
                assertThat(tutorials.check(position.current()).missing()).as("%s after its solution", where).isEmpty();
                tutorials.markDone(position);
                if (position.last()) {
                    break;
                }
                position = new TutorialEngine.Position(lesson, position.step() + 1);
            }
        }
    }
}
