package org.fklab.shell.launch;

import java.nio.file.Path;
import java.util.Optional;

import org.fklab.shell.workspace.Workspace;

/**
 * Which workspace a run uses: a folder (--workspace, else the configured default: FKLAB_WORKSPACE, the configuration
 * file or ~/.fklab) or a throwaway one in memory.
 */
record WorkspaceChoice(Path folder, boolean inMemory) {

    static WorkspaceChoice of(LaunchOptions options, Path configured) {
        return new WorkspaceChoice(options.place.workspace == null ? configured : options.place.workspace, options.place.inMemory);
    }

    Workspace create() {
        return inMemory ? Workspace.temporary() : Workspace.at(folder);
    }

    /**
     * The workspace the arguments name, read before picocli has read them so the database can start opening
     * at once; empty unless every argument before the command's words is one of fklab's options in its plain form
     * (anything else, such as --help or a mistyped option, is left to picocli).
     */
    static Optional<WorkspaceChoice> earlyGuess(String[] args, Path configured) {
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
                folder == null ? configured : folder, inMemory));
    }
}
