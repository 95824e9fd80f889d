package org.fklab.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fklab.shell.launch.Fklab;

/** Runs fklab in-process in script mode, as a person would from a script, and keeps what they would read. */
final class FklabRun {

    /** The exit code and the text printed on standard output and standard error. */
    record Result(int exitCode, String out, String err) {

        /** Both streams, for assertions that do not care where a line went. */
        String all() {
            return out + err;
        }
    }

    private FklabRun() {
    }

    static Result run(String... args) {
        return withInput("", Map.of(), args);
    }

    static Result withInput(String stdin, String... args) {
        return withInput(stdin, Map.of(), args);
    }

    static Result withInput(String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Fklab.scripted(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, env)
                .run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code --workspace DIR} followed by one {@code -c} per command. */
    static Result inWorkspace(Path workspace, String... commands) {
        List<String> args = new ArrayList<>(List.of("--workspace", workspace.toString()));
        for (String command : commands) {
            args.add("-c");
            args.add(command);
        }
        return run(args.toArray(new String[0]));
    }

    /** {@code --in-memory} followed by one {@code -c} per command. */
    static Result commands(String... commands) {
        String[] args = new String[1 + commands.length * 2];
        args[0] = "--in-memory";
        for (int i = 0; i < commands.length; i++) {
            args[1 + 2 * i] = "-c";
            args[2 + 2 * i] = commands[i];
        }
        return run(args);
    }
}
