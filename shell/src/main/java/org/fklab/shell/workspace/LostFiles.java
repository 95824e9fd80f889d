package org.fklab.shell.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Database files gone from a workspace that had them, found before the database opens: HSQLDB would silently make a
 * new, empty database where all of them are gone, and silently lose the last commits where only its log is; either
 * way the learner must hear it, and where an earlier state can come from.
 */
final class LostFiles {

    private static final String BRING_BACK = " If that was not meant, 'restore' lists the snapshots that bring an"
            + " earlier state back, and 'undo' puts back the copy taken before your last command.";

    private LostFiles() {
    }

    /** What is gone, in words, to be said once the workspace is open; empty when nothing is. */
    static Optional<String> find(Workspace workspace) {
        Path db = workspace.databaseFolder();
        boolean usedBefore = Files.exists(workspace.progressFile());
        boolean noDatabase = !Files.exists(db.resolve("fklab.script")) && !Files.exists(db.resolve("fklab.properties"))
                && !Files.exists(db.resolveSibling(db.getFileName() + ".incoming"))
                && !Files.exists(db.resolveSibling(db.getFileName() + ".previous"));
        if (usedBefore && noDatabase) {
            return Optional.of("The database files in " + db + " were gone (deleted or moved), so fklab made a new"
                    + " database with the tutorial data." + BRING_BACK);
        }
        if (Files.exists(db.resolve("fklab.script")) && !Files.exists(db.resolve("fklab.log"))
                && "yes".equals(property(db.resolve("fklab.properties"), "modified"))) {
            return Optional.of("The database was not closed cleanly and its log (" + db.resolve("fklab.log")
                    + ") is gone, so what was done since its last save point is lost." + BRING_BACK);
        }
        return Optional.empty();
    }

    private static String property(Path file, String name) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            return properties.getProperty(name);
        } catch (IOException | IllegalArgumentException e) {
            return null; // a damaged properties file: HSQLDB says what is wrong when it opens the database
        }
    }
}
