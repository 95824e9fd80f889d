package org.fklab.migrations.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;

/** Finds the built-in migrations and the ones written into a workspace, and reads their parents. */
public final class MigrationCatalog {

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
        List<Migration> all = new ArrayList<>(builtInMigrations());
        all.addAll(workspaceMigrations());
        return MigrationGraph.of(all);
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
                String text = Files.readString(file, StandardCharsets.UTF_8);
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
