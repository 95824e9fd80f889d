package org.fklab.shell.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.fklab.domain.row.ChildRow;
import org.fklab.shell.session.ShellSession;
import org.jline.reader.Candidate;

/**
 * Values to offer for a parameter, chosen by its label ({@code BAND}, {@code TABLE}...) and read from the
 * database at the moment Tab is pressed.
 */
final class CompletionCandidates {

    private final Map<String, Function<ShellSession, List<Candidate>>> byLabel = Map.of(
            "BAND", s -> names(s.bands().names(), "band"),
            "AUTHOR", s -> names(s.authors().names(), "author"),
            "LISTING", s -> ids(s.listings().list(java.util.Optional.empty(), false)),
            "BOOK", s -> ids(s.books().list(java.util.Optional.empty(), false)),
            "TABLE", s -> names(s.schema().tableNames(), "table"),
            "on|off", s -> names(List.of("on", "off"), null),
            "MIGRATION", s -> names(s.migrations().graph().inOrder().stream().map(m -> m.name()).toList(), "migration"),
            "TARGET", s -> names(java.util.stream.Stream.concat(s.migrations().graph().inOrder().stream()
                    .map(m -> m.name()), java.util.stream.Stream.of("zero")).toList(), "migration"),
            "DATASET|FILE.csv", s -> names(org.fklab.seed.dataset.BuiltInDatasets.all().stream()
                    .map(d -> d.name()).toList(), "dataset"));

    private final ShellSession session;

    CompletionCandidates(ShellSession session) {
        this.session = session;
    }

    List<Candidate> forLabel(String label) {
        Function<ShellSession, List<Candidate>> source = byLabel.get(label);
        if (source == null) {
            return List.of();
        }
        try {
            return source.apply(session);
        } catch (RuntimeException e) {
            return List.of(); // a table a migration has not created yet: nothing to offer
        }
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
