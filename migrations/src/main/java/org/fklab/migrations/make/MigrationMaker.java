package org.fklab.migrations.make;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.fklab.migrations.MigrationException;
import org.fklab.migrations.apply.AppliedChangeSets;
import org.fklab.migrations.catalog.MigrationCatalog;
import org.fklab.migrations.drift.DriftChangeSet;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;

/**
 * Writes migrations into the workspace: {@code makemigration} (one operation on top of its parents) and
 * {@code makemigrations --merge} (joins the branches of the graph). Files are Liquibase YAML changelogs a
 * person can read and edit.
 */
public final class MigrationMaker {

    /** A migration file just written, with notes for the person who asked. */
    public record Written(String name, Path file, String text, List<String> notes) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DataSource dataSource;
    private final MigrationCatalog catalog;
    private final Path folder;

    public MigrationMaker(DataSource dataSource, MigrationCatalog catalog) {
        this.dataSource = dataSource;
        this.catalog = catalog;
        this.folder = catalog.workspaceFolder().orElseThrow(() -> new IllegalStateException("no migrations folder"));
    }

    /**
     * Writes a migration doing {@code operation}. Without parents it builds on the single leaf; without a number
     * in {@code requestedName} it is numbered one past its highest parent (so two branches made from 0004 are
     * both 0005_..., as on two version-control branches).
     */
    public Written make(String requestedName, List<String> parentRefs, Operation operation) {
        MigrationGraph graph = catalog.load();
        List<Migration> parents = parents(graph, parentRefs);
        String name = name(requestedName == null ? operation.suggestedName() : requestedName, parents);
        requireNew(graph, name);
        Set<String> applied = AppliedChangeSets.read(dataSource).keySet();
        List<String> notes = new ArrayList<>();
        Optional<LiveSchema> schema = Optional.of(new LiveSchema(dataSource));
        List<String> unapplied = parents.stream().map(Migration::name).filter(p -> !applied.contains(p)).toList();
        if (!unapplied.isEmpty()) {
            schema = Optional.empty();
            notes.add("Not checked against the database: its parent " + String.join(" and ", unapplied)
                    + (unapplied.size() == 1 ? " is" : " are") + " not applied, so the database does not yet have"
                    + " the schema it builds on. 'migrate' will tell if it does not fit.");
        }
        List<ChangeSetText> changeSets = operation.plan(schema);
        String text = changelog(name, parents, "makemigration: " + operation.describe(), changeSets);
        return write(name, text, notes);
    }

    /**
     * Writes the drift as a migration, its changeSets as Liquibase's diff made them. The database already has
     * it, so it will be recorded as applied, not run: without parents it builds on the single applied migration
     * that no other applied one builds on, and the parents it is given must be applied.
     */
    public Written fromDrift(String requestedName, List<String> parentRefs, List<DriftChangeSet> drift) {
        MigrationGraph graph = catalog.load();
        Set<String> applied = AppliedChangeSets.read(dataSource).keySet();
        List<Migration> parents = parentRefs.isEmpty() ? appliedLeaf(graph, applied) : parents(graph, parentRefs);
        for (Migration parent : parents) {
            if (!applied.contains(parent.name())) {
                throw new MigrationException(parent.name() + " is not applied, and a migration written from drift is"
                        + " recorded as applied at once, so it can build only on applied migrations ([X] in"
                        + " showmigrations).");
            }
        }
        String name = name(requestedName, parents);
        requireNew(graph, name);
        List<ChangeSetText> changeSets = drift.stream()
                .map(changeSet -> new ChangeSetText(changeSet.comment(), changeSet.change(), changeSet.rollback()))
                .toList();
        List<String> notes = new ArrayList<>();
        for (Migration parent : parents) {
            graph.childrenOf(parent.name()).forEach(child -> notes.add(child.name() + " builds on " + parent.name()
                    + " too, so the migrations have branched: join them with 'makemigrations --merge' before"
                    + " 'migrate'."));
        }
        String text = changelog(name, parents, "makemigration --from-drift (the database's hand changes)", changeSets);
        return write(name, text, notes);
    }

    private static List<Migration> appliedLeaf(MigrationGraph graph, Set<String> applied) {
        List<Migration> leaves = graph.inOrder().stream().filter(m -> applied.contains(m.name()))
                .filter(m -> graph.childrenOf(m.name()).stream().noneMatch(child -> applied.contains(child.name())))
                .toList();
        if (leaves.size() > 1) {
            throw new MigrationException("The applied migrations have branched (" + leaves.stream().map(Migration::name)
                    .collect(Collectors.joining(", ")) + "), so there is no single migration to build on. Name it"
                    + " with --parent NAME.");
        }
        return leaves;
    }

    /** Writes a migration with the graph's leaves as parents and no changes, joining the branches. */
    public Written merge() {
        MigrationGraph graph = catalog.load();
        List<Migration> leaves = graph.leaves();
        if (leaves.size() < 2) {
            throw new MigrationException("There is nothing to merge: the migrations form one line"
                    + (leaves.isEmpty() ? "" : " ending at " + leaves.get(0).name()) + ".");
        }
        BranchConflicts.find(graph, leaves).ifPresent(conflict -> {
            throw new MigrationException("Cannot merge: " + conflict);
        });
        int number = leaves.stream().mapToInt(Migration::number).max().orElse(0) + 1;
        String name = String.format(Locale.ROOT, "%04d_merge_%s", number,
                leaves.stream().map(Migration::name).collect(Collectors.joining("_")));
        requireNew(graph, name);
        String joined = leaves.stream().map(Migration::name).collect(Collectors.joining(" and "));
        String text = changelog(name, leaves, "makemigrations --merge: joins " + joined,
                List.of(new ChangeSetText("merge " + joined + " (no schema change)", Changes.empty())));
        return write(name, text, List.of());
    }

    private static List<Migration> parents(MigrationGraph graph, List<String> parentRefs) {
        if (!parentRefs.isEmpty()) {
            List<Migration> parents = new ArrayList<>();
            for (String ref : parentRefs) {
                Migration parent = graph.resolve(ref);
                if (!parents.contains(parent)) {
                    parents.add(parent);
                }
            }
            return parents;
        }
        List<Migration> leaves = graph.leaves();
        if (leaves.size() > 1) {
            throw new MigrationException("The migrations have branched (" + leaves.stream().map(Migration::name)
                    .collect(Collectors.joining(", ")) + "), so there is no single migration to build on. Name it"
                    + " with --parent NAME, or join the branches first with 'makemigrations --merge'.");
        }
        return leaves;
    }

    static String name(String requested, List<Migration> parents) {
        String cleaned = requested.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (!cleaned.matches("[a-z0-9_]+") || cleaned.replace("_", "").isEmpty()) {
            throw new MigrationException("'" + requested + "' cannot be a migration name: use letters, digits and"
                    + " underscores, e.g. band_genre.");
        }
        if (cleaned.length() > 80) {
            throw new MigrationException("That migration name is too long; keep it under 80 characters.");
        }
        if (Migration.numberOf(cleaned) >= 0) {
            if (!cleaned.matches("\\d+_[a-z0-9_]+")) {
                throw new MigrationException("A migration name that starts with a number needs an underscore and words"
                        + " after it, e.g. 0005_band_genre.");
            }
            return cleaned;
        }
        int number = parents.stream().mapToInt(Migration::number).max().orElse(0) + 1;
        return String.format(Locale.ROOT, "%04d_%s", number, cleaned);
    }

    private void requireNew(MigrationGraph graph, String name) {
        if (graph.contains(name) || Files.exists(folder.resolve(name + ".yaml"))) {
            throw new MigrationException("A migration named " + name + " already exists. Choose another name.");
        }
        if (MigrationCatalog.isBuiltIn(name)) {
            throw new MigrationException(name + " is the name of one of fklab's built-in migrations (set aside in"
                    + " this lesson), so yours needs another name, e.g. " + name.replaceFirst("^\\d+_", "")
                    + "_fk or my_" + name.replaceFirst("^\\d+_", "") + ".");
        }
    }

    private static String changelog(String name, List<Migration> parents, String origin, List<ChangeSetText> changeSets) {
        Yaml yaml = new Yaml()
                .line(0, "# fklab migration " + name)
                .line(0, "# Written by " + origin + " (" + WHEN.format(LocalDateTime.now()) + ").")
                .line(0, "# 'migrate' runs its changeSets in order; unapplying runs them backwards")
                .line(0, "# ('sqlmigrate " + name + " --backwards' shows how).")
                .line(0, "databaseChangeLog:");
        if (!parents.isEmpty()) {
            yaml.line(2, "- property:")
                    .line(6, "name: parents")
                    .line(6, "value: " + parents.stream().map(Migration::name).collect(Collectors.joining(", ")))
                    .line(6, "global: false");
        }
        for (int i = 0; i < changeSets.size(); i++) {
            ChangeSetText changeSet = changeSets.get(i);
            yaml.line(2, "- changeSet:")
                    .line(6, "id: " + name + "-" + (i + 1))
                    .line(6, "author: fklab")
                    .line(6, "comment: " + Yaml.quote(changeSet.comment()))
                    .line(6, "changes:");
            changeSet.change().forEach(line -> yaml.line(0, line));
            if (!changeSet.rollback().isEmpty()) {
                yaml.line(6, "rollback:");
                changeSet.rollback().forEach(line -> yaml.line(0, line));
            }
        }
        return yaml.toString();
    }

    private Written write(String name, String text, List<String> notes) {
        Path file = folder.resolve(name + ".yaml");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return new Written(name, file, text, notes);
    }
}
