package org.fklab.shell.launch;

import java.nio.file.Path;
import java.util.Optional;

import org.fklab.shell.workspace.Workspace;

/** Which workspace a run uses: a folder (the default ~/.fklab) or a throwaway one in memory. */
record WorkspaceChoice(Optional<Path> folder, boolean inMemory) {

    static WorkspaceChoice of(LaunchOptions options) {
        return new WorkspaceChoice(Optional.ofNullable(options.workspace), options.inMemory);
    }

    Workspace create() {
        return inMemory ? Workspace.temporary() : Workspace.at(folder.orElseGet(Workspace::defaultRoot));
    }

    /**
     * The workspace the arguments name, read before picocli has read them so the database can start opening
     * at once; empty unless every argument before the command's words is one of fklab's options in its plain form
     * (anything else, such as --help or a mistyped option, is left to picocli).
     */
    static Optional<WorkspaceChoice> earlyGuess(String[] args) {
        Path folder = null;
        boolean inMemory = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--in-memory":
                    inMemory = true;
                    break;
                case "--workspace":
                    if (i + 1 >= args.length) {
                        return Optional.empty();
                    }
                    folder = Path.of(args[++i]);
                    break;
                case "-c": case "--command": case "--script":
                    if (i + 1 >= args.length) {
                        return Optional.empty();
                    }
                    i++;
                    break;
                case "--no-color": case "--keep-going": case "--debug":
                    break;
                default:
                    if (arg.startsWith("-")) {
                        return Optional.empty();
                    }
                    i = args.length; // the command's words: everything after them is the command's own
            }
        }
        return inMemory && folder != null ? Optional.empty() : Optional.of(new WorkspaceChoice(
                Optional.ofNullable(folder), inMemory));
    }
}
