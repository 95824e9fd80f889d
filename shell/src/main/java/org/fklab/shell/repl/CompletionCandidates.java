package org.fklab.shell.repl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.fklab.domain.row.ChildRow;
import org.fklab.engine.DeleteRule;
import org.fklab.seed.dataset.BuiltInDatasets;
import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.session.ShellSession;
import org.fklab.tutorials.lesson.Lesson;
import org.jline.reader.Candidate;

/**
 * What Tab offers for a parameter, named where the parameter is declared, as picocli means it to be:
 * {@code @Parameters(paramLabel = "BAND", completionCandidates = CompletionCandidates.Bands.class)}. picocli makes each
 * source through fklab's command factory, which hands it the session; the values are read from the database when Tab
 * is pressed. Some depend on the words typed before: {@link Columns} offers those of the table named earlier on the
 * line. An enum's values need no source here: picocli offers them itself.
 */
public final class CompletionCandidates {

    /**
     * The ON DELETE rules as {@code makemigration ... --on-delete RULE} takes them. This list is the one place they are
     * spelled for completion, so it can give way to the rule names' shared enum in one edit.
     */
    /** The ON DELETE rules as the commands take them: cascade, set-null, ... */
    static final List<String> ON_DELETE_RULES = Arrays.stream(DeleteRule.values()).map(DeleteRule::typed).toList();

    private static final List<String> COLUMN_TYPES = List.of("varchar(40)", "bigint", "integer", "boolean", "date",
            "timestamp", "decimal(10,2)", "double");

    private CompletionCandidates() {
    }

    /**
     * A parameter's values: for JLine as candidates with a group and a description ({@link #candidates}), for picocli
     * as the plain values it expects of {@code completionCandidates}.
     */
    public abstract static class Source implements Iterable<String> {
        private final ShellSession session;
        private final BiFunction<ShellSession, List<String>, List<Candidate>> values;

        Source(ShellSession session, BiFunction<ShellSession, List<String>, List<Candidate>> values) {
            this.session = session;
            this.values = values;
        }

        /** The values to offer; {@code wordsBefore} are the words typed before the one being completed. */
        final List<Candidate> candidates(List<String> wordsBefore) {
            try {
                return values.apply(session, wordsBefore);
            } catch (RuntimeException e) {
                return List.of(); // a table a migration has not created yet: nothing to offer
            }
        }

        /** Whether file names are offered beside these values (seed load takes a dataset or a CSV file). */
        boolean alsoFiles() {
            return false;
        }

        @Override
        public final Iterator<String> iterator() {
            return candidates(List.of()).stream().map(Candidate::value).iterator();
        }
    }

    public static final class Bands extends Source {
        Bands(ShellSession session) {
            super(session, (s, words) -> names(s.bands().names(), "band"));
        }
    }

    public static final class Authors extends Source {
        Authors(ShellSession session) {
            super(session, (s, words) -> names(s.authors().names(), "author"));
        }
    }

    public static final class Listings extends Source {
        Listings(ShellSession session) {
            super(session, (s, words) -> ids(s.listings().list(Optional.empty(), false)));
        }
    }

    public static final class Books extends Source {
        Books(ShellSession session) {
            super(session, (s, words) -> ids(s.books().list(Optional.empty(), false)));
        }
    }

    public static final class Tables extends Source {
        Tables(ShellSession session) {
            super(session, (s, words) -> names(s.schema().tableNames(), "table"));
        }
    }

    /** The columns of the table named before on the line ({@code add-index listing <Tab>}). */
    public static final class Columns extends Source {
        Columns(ShellSession session) {
            super(session, Columns::ofTheTableNamedBefore);
        }

        private static List<Candidate> ofTheTableNamedBefore(ShellSession session, List<String> wordsBefore) {
            List<String> tables = session.schema().tableNames();
            for (int i = wordsBefore.size() - 1; i >= 0; i--) {
                String word = wordsBefore.get(i);
                Optional<String> table = tables.stream().filter(t -> t.equalsIgnoreCase(word)).findFirst();
                if (table.isPresent()) {
                    return names(session.schema().describe(table.get()).columns().stream().map(c -> c.name())
                            .toList(), table.get() + " column");
                }
            }
            return List.of();
        }
    }

    public static final class Migrations extends Source {
        Migrations(ShellSession session) {
            super(session, (s, words) -> names(migrationNames(s).toList(), "migration"));
        }
    }

    /** A migration to migrate to, or zero. */
    public static final class Targets extends Source {
        Targets(ShellSession session) {
            super(session, (s, words) -> names(Stream.concat(migrationNames(s), Stream.of("zero")).toList(),
                    "migration"));
        }
    }

    /** A lesson by number or by name, each with its title. */
    public static final class Lessons extends Source {
        Lessons(ShellSession session) {
            super(session, (s, words) -> lessons(s));
        }
    }

    public static final class Snapshots extends Source {
        Snapshots(ShellSession session) {
            super(session, (s, words) -> names(s.snapshots().list().stream().map(x -> x.name()).toList(), "snapshot"));
        }
    }

    public static final class Demos extends Source {
        Demos(ShellSession session) {
            super(session, (s, words) -> names(s.demos().names(), "demo"));
        }
    }

    /** {@link #ON_DELETE_RULES}. */
    public static final class OnDeleteRules extends Source {
        OnDeleteRules(ShellSession session) {
            super(session, (s, words) -> names(ON_DELETE_RULES, "on delete"));
        }
    }

    /** Column types every engine takes, for add-column. */
    public static final class ColumnTypes extends Source {
        ColumnTypes(ShellSession session) {
            super(session, (s, words) -> names(COLUMN_TYPES, "type"));
        }
    }

    /** The built-in datasets, and files (a CSV to load). */
    public static final class DatasetsAndFiles extends Source {
        DatasetsAndFiles(ShellSession session) {
            super(session, (s, words) -> names(BuiltInDatasets.all().stream().map(d -> d.name()).toList(), "dataset"));
        }

        @Override
        boolean alsoFiles() {
            return true;
        }
    }

    /** fklab's command names, aliases included (help COMMAND). */
    public static final class Commands extends Source {
        Commands(ShellSession session, CommandRegistry registry) {
            super(session, (s, words) -> registry.names().stream().map(Candidate::new).toList());
        }
    }

    private static Stream<String> migrationNames(ShellSession session) {
        return session.migrations().graph().inOrder().stream().map(m -> m.name());
    }

    private static List<Candidate> lessons(ShellSession session) {
        List<Candidate> result = new ArrayList<>();
        for (var status : session.tutorials().lessons()) {
            Lesson lesson = status.lesson();
            result.add(new Candidate(String.valueOf(lesson.number()), String.valueOf(lesson.number()), "lesson",
                    lesson.title(), null, null, true));
            result.add(new Candidate(lesson.slug(), lesson.slug(), "lesson", lesson.title(), null, null, true));
        }
        return result;
    }

    private static List<Candidate> names(List<String> names, String group) {
        List<Candidate> result = new ArrayList<>();
        for (String name : names) {
            result.add(new Candidate(name, name, group, null, null, null, true));
        }
        return result;
    }

    private static List<Candidate> ids(List<? extends ChildRow<?>> rows) {
        List<Candidate> result = new ArrayList<>();
        for (ChildRow<?> row : rows) {
            String id = String.valueOf(row.getId());
            result.add(new Candidate(id, id, null, row.getTitle(), null, null, true));
        }
        return result;
    }
}
