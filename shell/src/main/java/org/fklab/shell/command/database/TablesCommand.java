package org.fklab.shell.command.database;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.fklab.domain.schema.TableSummary;
import org.fklab.shell.render.BoxTable;
import org.fklab.shell.session.ShellSession;

import picocli.CommandLine.Command;

/** The tables there are now, with their row counts. */
@Command(name = "tables", description = "List the tables and how many rows each holds.")
public final class TablesCommand implements Callable<Integer> {

    private final ShellSession session;

    TablesCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        List<TableSummary> tables = session.schema().tables();
        List<TableSummary> own = tables.stream().filter(t -> !t.liquibaseBookkeeping()).collect(Collectors.toList());
        if (own.isEmpty()) {
            session.console().println("No tables yet: no migration that creates one is applied. Run 'migrate'.");
        } else {
            BoxTable table = BoxTable.withNumbers(List.of("table", "rows"), List.of("rows"));
            own.forEach(t -> table.add(t.name(), t.rows()));
            session.console().print(table);
        }
        String bookkeeping = tables.stream().filter(TableSummary::liquibaseBookkeeping)
                .map(t -> t.name() + " (" + t.rows() + ")").collect(Collectors.joining(", "));
        if (!bookkeeping.isEmpty()) {
            session.console().println(session.console().styles().dim("Also the record of applied migrations"
                    + " (Liquibase's and fklab's): " + bookkeeping + "."));
        }
        return 0;
    }
}
