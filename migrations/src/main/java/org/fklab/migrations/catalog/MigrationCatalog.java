package org.fklab.migrations.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;

/**
 * Finds the built-in migrations and the ones written into a workspace, and reads their parents. A lesson in which
 * the learner writes the project's next migration sets the later built-in ones aside: they are listed in the
 * workspace's {@value #SET_ASIDE_FILE} and left out of the graph until another lesson or a reset brings them back.
 */
public final class MigrationCatalog {

    /** Far more than any migration's text: a larger file is refused, not read into memory. */
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    /** The file in the migrations folder that names the built-in migrations set aside, one a line. */
    public static final String SET_ASIDE_FILE = "set-aside.txt";

    static final String BUILT_IN_FOLDER = "org/fklab/migrations/builtin/";
    private static final String BUILT_IN_INDEX = BUILT_IN_FOLDER + "index.txt";

    private final Optional<Path> workspaceFolder;

    private MigrationCatalog(Optional<Path> workspaceFolder) {
        this.workspaceFolder = workspaceFolder;
    }

    /** Only the migrations that ship with fklab. */
    public static MigrationCatalog builtIn() {
        return new MigrationCatalog(Optional.empty());
    }

    /** The built-in migrations plus the changelogs in {@code folder} (which need not exist yet). */
    public static MigrationCatalog withWorkspace(Path folder) {
        return new MigrationCatalog(Optional.of(folder));
    }

    public Optional<Path> workspaceFolder() {
        return workspaceFolder;
    }

    public MigrationGraph load() {
        List<String> setAside = setAside();
        List<Migration> all = new ArrayList<>(builtInMigrations().stream()
                .filter(m -> !setAside.contains(m.name())).toList());
        all.addAll(workspaceMigrations());
        return MigrationGraph.of(all);
    }

    /** Whether {@code name} is the name of a built-in migration, set aside or not. */
    public static boolean isBuiltIn(String name) {
        return builtInNames().contains(name);
    }

    /** The built-in migrations set aside in this workspace, in order; none for the built-in catalog. */
    public List<String> setAside() {
        if (workspaceFolder.isEmpty() || !Files.isRegularFile(workspaceFolder.get().resolve(SET_ASIDE_FILE))) {
            return List.of();
        }
        Path file = workspaceFolder.get().resolve(SET_ASIDE_FILE);
        try {
            List<String> names = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            List<String> unknown = names.stream().filter(n -> !isBuiltIn(n)).toList();
            if (!unknown.isEmpty()) {
                throw new MigrationException(file + " names " + String.join(", ", unknown) + ", which "
                        + (unknown.size() == 1 ? "is not a built-in migration" : "are not built-in migrations")
                        + ". It lists the built-in migrations a lesson set aside; delete the file to bring them all"
                        + " back.");
            }
            return names;
        } catch (IOException e) {
            throw new MigrationException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sets aside the built-in migrations after {@code target} (or none, bringing every one back). The caller has
     * unapplied them first: a migration set aside is no longer in the graph to be unapplied.
     */
    public void setAsideAfter(Optional<String> target, String why) {
        Path folder = workspaceFolder.orElseThrow(() -> new IllegalStateException("no migrations folder"));
        Path file = folder.resolve(SET_ASIDE_FILE);
        try {
            if (target.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            List<String> later = builtIn().load().descendants(target.get()).stream().map(Migration::name).toList();
            Files.createDirectories(folder);
            Files.writeString(file, "# Built-in migrations set aside: " + why + "\n"
                    + "# Another lesson's start or 'reset' brings them back.\n"
                    + String.join("\n", later) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Migration> builtInMigrations() {
        List<Migration> result = new ArrayList<>();
        for (String name : builtInNames()) {
            String path = BUILT_IN_FOLDER + name + ".yaml";
            try (InputStream in = resource(path)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                result.add(migration(name, text, path, Optional.empty(), "built-in " + name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    static List<String> builtInNames() {
        try (InputStream in = resource(BUILT_IN_INDEX)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = MigrationCatalog.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("fklab's jar lacks " + path + "; rebuild it with ./fklab");
        }
        return in;
    }

    /**
     * What the migrations depend on, in a few bytes: the workspace folder and a checksum of every file in it (the
     * learner's migrations and the set-aside list; the built-in ones are in the jar). Results worked out from the
     * migrations, such as drift, may be kept under it: adding, removing or editing a file changes it.
     */
    public String fingerprint() {
        if (workspaceFolder.isEmpty() || !Files.isDirectory(workspaceFolder.get())) {
            return "built-in";
        }
        CRC32 crc = new CRC32();
        StringBuilder fingerprint = new StringBuilder(workspaceFolder.get().toAbsolutePath().toString());
        try (Stream<Path> files = Files.list(workspaceFolder.get())) {
            for (Path file : files.sorted().collect(Collectors.toList())) {
                if (Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) {
                    crc.reset();
                    crc.update(Files.readAllBytes(file));
                    fingerprint.append('|').append(file.getFileName()).append('=').append(crc.getValue());
                }
            }
        } catch (IOException e) {
            return fingerprint + "|unreadable|" + System.nanoTime(); // nothing kept under it matches
        }
        return fingerprint.toString();
    }

    private List<Migration> workspaceMigrations() {
        if (workspaceFolder.isEmpty() || !Files.isDirectory(workspaceFolder.get())) {
            return List.of();
        }
        Path folder = workspaceFolder.get();
        List<Migration> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().collect(Collectors.toList())) {
                String fileName = file.getFileName().toString();
                if (!Files.isRegularFile(file) || !isChangelog(fileName)) {
                    continue;
                }
                String name = fileName.substring(0, fileName.lastIndexOf('.'));
                if (Files.size(file) > MAX_BYTES) {
                    throw new MigrationException(file + " is " + Files.size(file) / 1024 + " KiB, far larger than a"
                            + " migration, so fklab does not read it. Move it out of the migrations folder.");
                }
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (CharacterCodingException e) {
                    throw new MigrationException(file + ": this migration is not UTF-8 text. Save it as UTF-8 (or"
                            + " move it out of the migrations folder).", e);
                }
                result.add(migration(name, text, fileName, Optional.of(file), file.toString()));
            }
        } catch (IOException e) {
            throw new MigrationException("Cannot read the migrations folder " + folder + ": " + e.getMessage(), e);
        }
        return result;
    }

    private static Migration migration(String name, String text, String changelogPath, Optional<Path> file,
                                       String where) {
        ChangelogReader.Changelog changelog = ChangelogReader.read(text, where);
        return new Migration(name, changelog.parents(), changelogPath, file, changelog.changes(), sha256(text));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    static boolean isChangelog(String fileName) {
        return fileName.endsWith(".yaml") || fileName.endsWith(".yml");
    }
}
