package org.fklab.domain.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of a file database, copied and put back so that a kill at any moment leaves either the whole old set or
 * the whole new one: a new set is written beside the database folder, marked complete, and swapped in by renaming
 * folders, which the file system does in one step; an interrupted swap is finished or undone when the database is
 * next opened.
 */
final class DatabaseFiles {

    /** What HSQLDB keeps of a database after a CHECKPOINT: these describe all of it. */
    private static final String[] FILES = {"fklab.script", "fklab.data", "fklab.properties", "fklab.lobs"};
    /** What HSQLDB writes between checkpoints: stale beside a copy put back. */
    private static final String[] LEFTOVERS = {"fklab.log", "fklab.backup", "fklab.data.old", "fklab.lck"};
    /** Written last into a set of files being put in place: without it, the set is not whole. */
    private static final String COMPLETE = "fklab.complete";

    private DatabaseFiles() {
    }

    /** How big the file of rows of {@code database} is: 0 if it has none yet, or it cannot be read. */
    static long dataBytes(Path database) {
        try {
            Path data = database.resolve("fklab.data");
            return Files.exists(data) ? Files.size(data) : 0;
        } catch (IOException e) {
            return 0; // opening the database says what is wrong with its files
        }
    }

    /**
     * HSQLDB's row cache setting ({@code SET FILES CACHE SIZE} in KB, then {@code CACHE ROWS}) as the script of
     * {@code database} has it since its last checkpoint; -1 for what it does not say (or cannot be read). The settings
     * come first in the script, before its tables.
     */
    static long[] cacheSetting(Path database) {
        long[] setting = {-1, -1};
        try (BufferedReader script = Files.newBufferedReader(database.resolve("fklab.script"))) {
            for (String line = script.readLine(); line != null && !line.startsWith("CREATE "); line = script.readLine()) {
                if (line.startsWith("SET FILES CACHE SIZE ")) {
                    setting[0] = Long.parseLong(line.substring("SET FILES CACHE SIZE ".length()).strip());
                } else if (line.startsWith("SET FILES CACHE ROWS ")) {
                    setting[1] = Long.parseLong(line.substring("SET FILES CACHE ROWS ".length()).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1}; // the database is asked instead
        }
        return setting;
    }

    /** Copies the database files of {@code database} into {@code target} (after a checkpoint). */
    static void copy(Path database, Path target) throws IOException {
        Files.createDirectories(target);
        for (String name : FILES) {
            Path file = database.resolve(name);
            if (Files.exists(file)) {
                Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(target.resolve(name));
            }
        }
    }

    /**
     * Replaces the files of {@code database} (shut down) by those copied into {@code copy}: written beside it first,
     * then swapped in by two renames, so that a kill leaves one whole set or the other.
     */
    static void replace(Path copy, Path database) throws IOException {
        Path incoming = incoming(database);
        Path previous = previous(database);
        deleteTree(incoming);
        deleteTree(previous);
        copy(copy, incoming);
        CrashPoint.reached("swap-copy");
        Files.writeString(incoming.resolve(COMPLETE), "a whole set of database files\n");
        Files.move(database, previous, StandardCopyOption.ATOMIC_MOVE);
        CrashPoint.reached("swap");
        Files.move(incoming, database, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(database.resolve(COMPLETE));
        deleteTree(previous);
    }

    /**
     * Finishes or undoes a swap a kill interrupted, and removes copies left behind; what it did, in words, if it had
     * anything to do.
     */
    static Optional<String> recover(Path database) throws IOException {
        Path incoming = incoming(database);
        Path previous = previous(database);
        Optional<String> note = Optional.empty();
        if (!holdsADatabase(database)) {
            if (Files.exists(incoming.resolve(COMPLETE))) {
                deleteEmpty(database);
                Files.move(incoming, database, StandardCopyOption.ATOMIC_MOVE);
                note = Optional.of("A copy of the database being put back (undo, restore or a reset) was interrupted"
                        + " after it was whole; fklab finished putting it back.");
            } else if (holdsADatabase(previous)) {
                deleteEmpty(database);
                Files.move(previous, database, StandardCopyOption.ATOMIC_MOVE);
                note = Optional.of("A copy of the database being put back was interrupted before it was whole; the"
                        + " database is as it was before.");
            }
        }
        Files.deleteIfExists(database.resolve(COMPLETE));
        deleteTree(incoming);
        deleteTree(previous);
        for (Path leftover : savepoints(database)) {
            deleteTree(leftover);
        }
        return note;
    }

    /** Whether the folder holds a database's files (a workspace's db folder may have been made anew, empty). */
    static boolean holdsADatabase(Path folder) {
        return Files.exists(folder.resolve("fklab.properties")) || Files.exists(folder.resolve("fklab.script"));
    }

    /** Removes a folder that holds no database (only what HSQLDB leaves beside one), to put a whole set there. */
    private static void deleteEmpty(Path database) throws IOException {
        if (Files.isDirectory(database)) {
            removeLeftovers(database);
            Files.deleteIfExists(database.resolve("fklab.lock")); // where an older fklab kept its lock
            deleteTree(database);
        }
    }

    /** Copies of the database a seed load took (Sandbox.savepoint) that nobody put back or threw away. */
    private static List<Path> savepoints(Path database) throws IOException {
        Path parent = database.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        String prefix = database.getFileName() + ".savepoint-";
        try (Stream<Path> files = Files.list(parent)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    /** Removes what HSQLDB writes between checkpoints, before a copy takes the database's place. */
    static void removeLeftovers(Path database) throws IOException {
        for (String name : LEFTOVERS) {
            Files.deleteIfExists(database.resolve(name));
        }
    }

    private static Path incoming(Path database) {
        return database.resolveSibling(database.getFileName() + ".incoming");
    }

    private static Path previous(Path database) {
        return database.resolveSibling(database.getFileName() + ".previous");
    }

    private static void deleteTree(Path folder) throws IOException {
        Folders.deleteTree(folder);
    }
}
