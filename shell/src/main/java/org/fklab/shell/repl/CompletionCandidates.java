package org.fklab.shell.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.fklab.domain.row.ChildRow;
import org.fklab.seed.dataset.BuiltInDatasets;
import org.fklab.shell.session.ShellSession;
import org.fklab.tutorials.lesson.Lesson;
import org.jline.reader.Candidate;

/**
 * Values to offer for a parameter, chosen by its label ({@code BAND}, {@code TABLE}...) and read from the
 * database at the moment Tab is pressed. Some depend on the words typed before: the columns offered for
 * {@code COLUMN} are those of the table named earlier on the line.
 */
final class CompletionCandidates {

    /** Labels whose values are files: the completer offers paths for them (and these values too). */
    static final List<String> FILE_LABELS = List.of("FILE", "FILE.csv", "DATASET|FILE.csv", "DIR");

    private final Map<String, BiFunction<ShellSession, List<String>, List<Candidate>>> byLabel = Map.ofEntries(
            Map.entry("BAND", (s, words) -> names(s.bands().names(), "band")),
            Map.entry("AUTHOR", (s, words) -> names(s.authors().names(), "author")),
            Map.entry("LISTING", (s, words) -> ids(s.listings().list(Optional.empty(), false))),
            Map.entry("BOOK", (s, words) -> ids(s.books().list(Optional.empty(), false))),
            Map.entry("TABLE", (s, words) -> names(s.schema().tableNames(), "table")),
            Map.entry("COLUMN", CompletionCandidates::columnsOfTheTableNamedBefore),
            Map.entry("MIGRATION", (s, words) -> names(migrationNames(s).toList(), "migration")),
            Map.entry("TARGET", (s, words) -> names(Stream.concat(migrationNames(s), Stream.of("zero")).toList(),
                    "migration")),
            Map.entry("LESSON", (s, words) -> lessons(s)),
            Map.entry("SNAPSHOT", (s, words) -> names(s.snapshots().list().stream().map(x -> x.name()).toList(),
                    "snapshot")),
            Map.entry("DEMO", (s, words) -> names(s.demos().names(), "demo")),
            Map.entry("RULE", (s, words) -> names(List.of("cascade", "set-null", "set-default", "restrict",
                    "no-action"), "on delete")),
            Map.entry("TYPE", (s, words) -> names(List.of("varchar(40)", "bigint", "integer", "boolean", "date",
                    "timestamp", "decimal(10,2)", "double"), "type")),
            Map.entry("DATASET|FILE.csv", (s, words) -> names(BuiltInDatasets.all().stream().map(d -> d.name())
                    .toList(), "dataset")));

    private final ShellSession session;

    CompletionCandidates(ShellSession session) {
        this.session = session;
    }

    /** The values for {@code label}; {@code wordsBefore} are the words typed before the one being completed. */
    List<Candidate> forLabel(String label, List<String> wordsBefore) {
        BiFunction<ShellSession, List<String>, List<Candidate>> source = byLabel.get(label);
        if (source == null) {
            return List.of();
        }
        try {
            return source.apply(session, wordsBefore);
        } catch (RuntimeException e) {
            return List.of(); // a table a migration has not created yet: nothing to offer
        }
    }

    private static List<Candidate> columnsOfTheTableNamedBefore(ShellSession session, List<String> wordsBefore) {
        List<String> tables = session.schema().tableNames();
        for (int i = wordsBefore.size() - 1; i >= 0; i--) {
            String word = wordsBefore.get(i);
            Optional<String> table = tables.stream().filter(t -> t.equalsIgnoreCase(word)).findFirst();
            if (table.isPresent()) {
                return names(session.schema().describe(table.get()).columns().stream().map(c -> c.name()).toList(),
                        table.get() + " column");
            }
        }
        return List.of();
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
