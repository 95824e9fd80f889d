package org.fklab.domain.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.DomainException;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.engine.BookkeepingTables;

/** The live schema: which tables exist, their columns, keys and indexes. */
public final class Schema {

    private static final List<String> LABEL_COLUMNS = List.of("NAME", "TITLE");

    private final Sandbox sandbox;

    public Schema(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public List<TableSummary> tables() {
        return sandbox.rolledBack(session -> {
            SchemaMapper mapper = session.getMapper(SchemaMapper.class);
            List<TableSummary> result = new ArrayList<>();
            for (String table : mapper.findTableNames()) {
                result.add(new TableSummary(Names.display(table), countRows(mapper, table),
                        BookkeepingTables.contains(table)));
            }
            return result;
        });
    }

    /** Display names of the tables a learner works with (not Liquibase's own). */
    public List<String> tableNames() {
        return sandbox.rolledBack(session -> session.getMapper(SchemaMapper.class).findTableNames().stream()
                .filter(t -> !BookkeepingTables.contains(t)).map(Names::display).collect(Collectors.toList()));
    }

    /** Whether the table is Liquibase's or fklab's record of applied migrations (named as stored or as shown). */
    public static boolean isBookkeeping(String table) {
        return BookkeepingTables.contains(table);
    }

    public TableDescription describe(String typedName) {
        return sandbox.rolledBack(session -> {
            SchemaMapper mapper = session.getMapper(SchemaMapper.class);
            return describe(mapper, storedTableName(mapper, typedName));
        });
    }

    /** Every table a learner works with (not Liquibase's own), described as of one moment: what a diagram draws. */
    public List<TableDescription> describeAll() {
        return sandbox.rolledBack(session -> {
            SchemaMapper mapper = session.getMapper(SchemaMapper.class);
            return mapper.findTableNames().stream().filter(t -> !BookkeepingTables.contains(t))
                    .map(table -> describe(mapper, table)).collect(Collectors.toList());
        });
    }

    private static TableDescription describe(SchemaMapper mapper, String table) {
        return new TableDescription(Names.display(table), countRows(mapper, table), mapper.findColumns(table),
                mapper.findPrimaryKey(table).stream().map(Names::display).collect(Collectors.toList()),
                mapper.findForeignKeysFrom(table), mapper.findForeignKeysTo(table), mapper.findIndexes(table));
    }

    /** The mapper puts the name between double quotes, so a double quote inside it is written twice. */
    private static long countRows(SchemaMapper mapper, String table) {
        return mapper.countRows(table.replace("\"", "\"\""));
    }

    /** The column as the database has it now, if the table and column exist. */
    public static Optional<ColumnInfo> column(SqlSession session, String storedTable, String storedColumn) {
        return session.getMapper(SchemaMapper.class).findColumns(storedTable).stream()
                .filter(c -> c.storedName().equals(storedColumn)).findFirst();
    }

    /** The column that names a row for people (name or title), as stored. */
    public static Optional<String> labelColumn(List<ColumnInfo> columns) {
        return columns.stream().map(ColumnInfo::storedName).filter(LABEL_COLUMNS::contains).findFirst();
    }

    /** Finds the table a person meant (names match regardless of case), or says which tables there are. */
    public static String storedTableName(SchemaMapper mapper, String typedName) {
        List<String> tables = mapper.findTableNames();
        String wanted = typedName.strip();
        if (wanted.length() >= 2 && wanted.startsWith("\"") && wanted.endsWith("\"")) {
            wanted = wanted.substring(1, wanted.length() - 1);
        }
        for (String table : tables) {
            if (table.equals(wanted)) {
                return table;
            }
        }
        for (String table : tables) {
            if (table.equalsIgnoreCase(wanted)) {
                return table;
            }
        }
        String known = tables.stream().filter(t -> !BookkeepingTables.contains(t)).map(Names::display)
                .collect(Collectors.joining(", "));
        String singular = wanted.toLowerCase(Locale.ROOT).endsWith("s") ? wanted.substring(0, wanted.length() - 1) : "";
        String hint = !singular.isEmpty() && tables.stream().anyMatch(t -> t.equalsIgnoreCase(singular))
                ? " Table names are singular here: " + singular + "." : "";
        throw new DomainException("There is no table named " + typedName + "." + hint + " The tables are: "
                + (known.isEmpty() ? "(none yet: run 'migrate')" : known) + ".");
    }
}
