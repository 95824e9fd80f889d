package org.fklab.tutorials.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fklab.engine.DeleteRule;
import org.fklab.migrations.MigrationException;
import org.fklab.migrations.Migrations;
import org.fklab.migrations.drift.Difference;
import org.fklab.migrations.drift.Drift;
import org.fklab.migrations.graph.Change;
import org.fklab.migrations.graph.Migration;
import org.fklab.tutorials.lesson.Requirement;

/** The conditions on the migrations: applied or not, the graph's leaves, one the learner wrote, and drift. */
final class MigrationChecks {

    private final Migrations migrations;

    MigrationChecks(Migrations migrations) {
        this.migrations = migrations;
    }

    Outcome applied(Requirement.Applied applied) {
        String requirement = "Migration " + applied.migration() + " is applied";
        try {
            Optional<Migrations.Status> status = status(applied.migration());
            if (status.isEmpty()) {
                return Outcome.fails(requirement, "there is no migration " + applied.migration()
                        + " ('showmigrations' lists them)");
            }
            Migrations.Status s = status.get();
            String name = "Migration " + s.migration().name() + " is applied";
            return Outcome.of(name, s.applied(), s.partly() ? "it was interrupted halfway; 'migrate' finishes it"
                    : "it is not applied yet");
        } catch (MigrationException e) {
            return Outcome.fails(requirement, e.getMessage());
        }
    }

    Outcome unapplied(Requirement.Unapplied unapplied) {
        String requirement = "Migration " + unapplied.migration() + " is not applied";
        try {
            Optional<Migrations.Status> status = status(unapplied.migration());
            if (status.isEmpty()) {
                return Outcome.fails(requirement, "there is no migration " + unapplied.migration() + " yet");
            }
            Migrations.Status s = status.get();
            return Outcome.of("Migration " + s.migration().name() + " is written and not applied",
                    s.appliedChangeSets() == 0, "it is applied");
        } catch (MigrationException e) {
            return Outcome.fails(requirement, e.getMessage());
        }
    }

    Outcome leaves(Requirement.Leaves leaves) {
        String requirement = "The migration graph has " + leaves.count() + (leaves.count() == 1 ? " leaf"
                : " leaves") + " (" + (leaves.count() == 1 ? "one latest migration" : leaves.count()
                + " latest migrations") + ")";
        try {
            List<Migration> found = migrations.graph().leaves();
            return Outcome.of(requirement, found.size() == leaves.count(), "it has " + found.size() + ": "
                    + found.stream().map(Migration::name).collect(Collectors.joining(" and ")));
        } catch (MigrationException e) {
            return Outcome.fails(requirement, e.getMessage());
        }
    }

    Outcome written(Requirement.Migration wanted) {
        String what = switch (wanted.adds()) {
            case "foreign-key" -> "a foreign key on " + wanted.table() + wanted.column().map(c -> "." + c).orElse("")
                    + wanted.references().map(r -> " to " + r).orElse("")
                    + wanted.onDelete().map(r -> " with ON DELETE " + r.sql()).orElse("");
            case "column" -> "the column " + wanted.table() + wanted.column().map(c -> "." + c).orElse("");
            case "index" -> "an index on " + wanted.table() + wanted.column().map(c -> "." + c).orElse("");
            default -> "the table " + wanted.table();
        };
        String requirement = "A migration you wrote adds " + what + wanted.applied().map(a -> a ? ", and it is applied"
                : ", not applied yet").orElse("");
        List<Migrations.Status> mine;
        try {
            mine = migrations.status().stream().filter(s -> !s.migration().builtIn()).toList();
        } catch (MigrationException e) {
            return Outcome.fails(requirement, e.getMessage());
        }
        if (mine.isEmpty()) {
            return Outcome.fails(requirement, "you have not written a migration yet ('makemigration' writes one)");
        }
        for (Migrations.Status status : mine) {
            for (Change change : status.migration().changes()) {
                if (!sameTarget(change, wanted)) {
                    continue;
                }
                String name = status.migration().name();
                Optional<DeleteRule> rule = change.attribute("onDelete").flatMap(DeleteRule::fromTyped)
                        .or(() -> Optional.of(DeleteRule.NO_ACTION));
                if (wanted.onDelete().isPresent() && !SchemaChecks.sameRule(rule.get(), wanted.onDelete().get())) {
                    return Outcome.fails(requirement, name + " adds it with ON DELETE " + rule.get().sql() + ", not "
                            + wanted.onDelete().get().sql() + ": " + (status.appliedChangeSets() > 0
                            ? "unapply it (migrate to its parent), delete " + status.migration().location()
                            : "'undo' takes it back (or delete " + status.migration().location() + ")")
                            + ", and write it again");
                }
                if (wanted.applied().isPresent() && wanted.applied().get() != status.applied()) {
                    return Outcome.fails(requirement, name + (status.applied() ? " is applied already"
                            : " is not applied yet: 'migrate' applies it"));
                }
                return Outcome.holds(requirement.replace("A migration you wrote", "Your migration " + name));
            }
        }
        return Outcome.fails(requirement, "yours " + (mine.size() == 1 ? "does" : "do") + " not: " + mine.stream()
                .map(s -> s.migration().name() + " (" + s.migration().changes().stream().map(Change::describe)
                        .collect(Collectors.joining("; ")) + ")").collect(Collectors.joining(", ")));
    }

    /**
     * The schema is what the migrations make (or, not {@code wanted}, it is not); each difference is said in the words
     * of Liquibase's diff as fklab puts it.
     */
    Outcome noDrift(boolean wanted) {
        String requirement = wanted ? "The schema is exactly what the migrations make (no drift)"
                : "The schema differs from what the migrations make (drift)";
        Drift drift;
        try {
            drift = migrations.drift();
        } catch (MigrationException e) {
            return Outcome.fails(requirement, e.getMessage());
        }
        if (drift.none() == wanted) {
            return Outcome.holds(requirement);
        }
        if (!wanted) {
            return new Outcome(requirement, false, "there is no change made by hand yet",
                    Optional.of("Change the schema with 'sql' (an ALTER TABLE, say) to make some."));
        }
        return new Outcome(requirement, false, drift.differences().stream().map(Difference::description)
                .collect(Collectors.joining("; ")), Optional.of("A schema change belongs in a migration: 'undo' takes"
                + " a hand-made change back, or 'makemigration NAME --from-drift' keeps it as a migration."));
    }

    private static boolean sameTarget(Change change, Requirement.Migration wanted) {
        String type = switch (wanted.adds()) {
            case "foreign-key" -> "addForeignKeyConstraint";
            case "column" -> "addColumn";
            case "index" -> "createIndex";
            default -> "createTable";
        };
        if (!change.is(type) || change.table() == null || !change.table().equalsIgnoreCase(wanted.table())) {
            return false;
        }
        if (wanted.column().isPresent() && !change.columns().contains(wanted.column().get().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return wanted.references().isEmpty() || change.attribute("referencedTableName")
                .filter(r -> r.equalsIgnoreCase(wanted.references().get())).isPresent();
    }

    /** The migration a name or unique prefix means. */
    private Optional<Migrations.Status> status(String nameOrPrefix) {
        String wanted = nameOrPrefix.toLowerCase(Locale.ROOT);
        List<Migrations.Status> matches = migrations.status().stream()
                .filter(s -> s.migration().name().startsWith(wanted)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : matches.stream()
                .filter(s -> s.migration().name().equals(wanted)).findFirst();
    }
}
