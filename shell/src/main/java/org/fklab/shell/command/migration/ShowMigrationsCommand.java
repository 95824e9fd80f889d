package org.fklab.shell.command.migration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fklab.migrations.Migrations;
import org.fklab.migrations.graph.GraphLayout;
import org.fklab.migrations.graph.Migration;
import org.fklab.migrations.graph.MigrationGraph;
import org.fklab.shell.render.Console;
import org.fklab.shell.render.Glyphs;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;

/** Every migration, applied or not, in graph order, with the graph drawn where it branches and merges. */
@Command(name = "showmigrations", description = {"List the migrations: [X] applied, [ ] not.",
        "In order; where the history branches and merges, the graph is drawn as git log --graph draws it.",
        "Then a 'drift' line for each way the database differs from what its applied migrations make (a",
        "change made with 'sql' rather than a migration); 'makemigration NAME --from-drift' keeps them."})
public final class ShowMigrationsCommand implements Callable<Integer> {

    private final ShellSession session;

    ShowMigrationsCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Migrations migrations = session.migrations();
        List<Migrations.Status> statuses = migrations.status();
        Map<String, Migrations.Status> byName = statuses.stream()
                .collect(Collectors.toMap(s -> s.migration().name(), Function.identity()));
        MigrationGraph graph = migrations.graph();
        List<GraphLayout.Row> rows = GraphLayout.rows(graph);
        int graphWidth = rows.stream().mapToInt(r -> r.lanes().length()).max().orElse(0);
        int nameWidth = statuses.stream().mapToInt(s -> s.migration().name().length()).max().orElse(0);
        Console console = session.console();
        for (GraphLayout.Row row : rows) {
            String lanes = Glyphs.lines(row.lanes(), session.unicode());
            String padded = lanes + " ".repeat(graphWidth - row.lanes().length());
            if (row.migration() == null) {
                console.println("    " + console.styles().dim(padded));
                continue;
            }
            Migration migration = row.migration();
            Migrations.Status status = byName.get(migration.name());
            String box = status.applied() ? console.styles().success("[X]") : status.partly()
                    ? console.styles().warning("[~]") : "[ ]";
            console.println(box + " " + padded + "  " + String.format("%-" + nameWidth + "s", migration.name()) + "  "
                    + console.styles().dim(summary(migration)));
        }
        long applied = statuses.stream().filter(Migrations.Status::applied).count();
        console.println(applied + " of " + statuses.size() + " applied."
                + (statuses.stream().anyMatch(Migrations.Status::partly) ? " [~] was interrupted halfway." : ""));
        List<String> setAside = migrations.setAside();
        if (!setAside.isEmpty()) {
            console.println(console.styles().dim("Set aside by the lesson, so that you write the next migration: fklab's"
                    + " own " + String.join(", ", setAside) + ". Another lesson's start or 'reset' brings them back."));
        }
        List<Migration> leaves = graph.leaves();
        if (leaves.size() > 1) {
            console.println(console.styles().warning("The history has branched: ") + leaves.stream().map(Migration::name)
                    .collect(Collectors.joining(" and ")) + " are both latest. 'migrate' needs one latest migration:"
                    + " join them with 'makemigrations --merge', or 'migrate NAME' to one of them.");
        } else if (applied < statuses.size()) {
            console.println("'migrate' applies the rest; 'sqlmigrate NAME' shows the SQL a migration runs.");
        }
        DriftLines.print(session);
        return 0;
    }

    private static String summary(Migration migration) {
        if (migration.changes().isEmpty()) {
            return "";
        }
        String first = migration.changes().get(0).describe();
        int more = migration.changes().size() - 1;
        return first + (more > 0 ? " (+" + more + " more)" : "");
    }
}
