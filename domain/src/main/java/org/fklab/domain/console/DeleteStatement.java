package org.fklab.domain.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.deletion.ChildEffect;
import org.fklab.domain.deletion.DeletedRows;
import org.fklab.domain.deletion.ParentDeletion;
import org.fklab.domain.deletion.ReferencingRowMapper;
import org.fklab.domain.deletion.RowRef;
import org.fklab.domain.schema.Names;
import org.fklab.domain.schema.Schema;
import org.fklab.domain.schema.SchemaMapper;

/**
 * A DELETE as typed, read as the SELECT of the rows it is about to remove, so that {@code sql} can say what the
 * foreign keys' ON DELETE rules did to the rows pointing at them, as {@code band delete} does. Only the plain form
 * {@code DELETE FROM table [[AS] alias] [WHERE condition]} is read, and what it found is checked against what the
 * DELETE did: when fklab cannot be sure which rows went, it says nothing rather than something wrong.
 */
final class DeleteStatement {

    private static final String NAME = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final Pattern PLAIN = Pattern.compile("DELETE\\s+FROM\\s+" + NAME + "(?:\\s*\\.\\s*" + NAME + ")?"
            + "(?:\\s+(?:AS\\s+)?(?!WHERE\\b)" + NAME + ")?(?:\\s+(WHERE\\b.*))?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final String typedTable;
    private final String storedTable;
    private final String alias;
    private final String where;

    private DeleteStatement(String typedTable, String storedTable, String alias, String where) {
        this.typedTable = typedTable;
        this.storedTable = storedTable;
        this.alias = alias;
        this.where = where;
    }

    /** The plain DELETE in {@code statement}, if it is one of a table in the learner's schema. */
    static Optional<DeleteStatement> of(String statement) {
        Matcher m = PLAIN.matcher(SqlScript.withoutLeadingComments(statement));
        if (!m.matches()) {
            return Optional.empty();
        }
        String schema = m.group(2) == null ? null : m.group(1);
        String table = m.group(2) == null ? m.group(1) : m.group(2);
        if (schema != null && !Names.stored(schema).equals("PUBLIC")) {
            return Optional.empty();
        }
        String typed = (schema == null ? "" : schema + ".") + table;
        return Optional.of(new DeleteStatement(typed, Names.stored(table).replace("\"\"", "\""), m.group(3),
                m.group(4)));
    }

    /**
     * Reads, inside {@code session} and before the DELETE runs, which rows it will remove and what deleting each
     * does through the foreign keys that point at the table. Empty when no key points at it, when the table has no
     * single-column primary key, or when the condition cannot be read as a SELECT.
     */
    Optional<Plan> plan(SqlSession session) {
        try {
            SchemaMapper schema = session.getMapper(SchemaMapper.class);
            if (!schema.findTableNames().contains(storedTable) || schema.findForeignKeysTo(storedTable).isEmpty()) {
                return Optional.empty();
            }
            List<String> key = schema.findPrimaryKey(storedTable);
            if (key.size() != 1) {
                return Optional.empty();
            }
            Optional<String> label = Schema.labelColumn(schema.findColumns(storedTable));
            String select = "SELECT " + quoted(key.get(0)) + label.map(l -> ", " + quoted(l)).orElse("")
                    + " FROM " + typedTable + (alias == null ? "" : " " + alias) + (where == null ? "" : " " + where);
            ResultTable found = KeptRows.query(session.getMapper(SqlConsoleMapper.class), select);
            if (!found.hasRows() || found.totalRows() > found.rows().size()) {
                return Optional.empty(); // more rows than a result keeps: a report that long would not be read
            }
            List<RowRef> rows = new ArrayList<>();
            List<ChildEffect> effects = new ArrayList<>();
            for (List<Object> row : found.rows()) {
                Object name = label.isEmpty() ? null : row.get(1);
                rows.add(new RowRef(row.get(0), name == null ? null : String.valueOf(name)));
                effects.addAll(ParentDeletion.effects(session, storedTable, row.get(0)));
            }
            return Optional.of(new Plan(key.get(0), rows, withoutDeletedRows(ChildEffect.merged(effects), rows)));
        } catch (PersistenceException e) {
            return Optional.empty(); // the DELETE itself will say what is wrong with it, or run without a report
        }
    }

    /** A row of the table that points at another row deleted by the same statement goes with it: not a child. */
    private List<ChildEffect> withoutDeletedRows(List<ChildEffect> effects, List<RowRef> deleted) {
        Set<String> ids = Set.copyOf(deleted.stream().map(r -> String.valueOf(r.id())).toList());
        return effects.stream().map(effect -> !effect.key().storedChildTable().equals(storedTable) ? effect
                : new ChildEffect(effect.key(), effect.rows().stream()
                        .filter(r -> !ids.contains(String.valueOf(r.id()))).toList(),
                        effect.defaultValue(), effect.further())).toList();
    }

    private static String quoted(String storedName) {
        return "\"" + storedName.replace("\"", "\"\"") + "\"";
    }

    /** The rows a DELETE is about to remove, and what that does through each foreign key pointing at them. */
    final class Plan {

        private final String key;
        private final DeletedRows rows;

        private Plan(String key, List<RowRef> rows, List<ChildEffect> effects) {
            this.key = key;
            this.rows = new DeletedRows(Names.display(storedTable), rows, effects);
        }

        DeletedRows rows() {
            return rows;
        }

        boolean blocked() {
            return rows.blocked();
        }

        /**
         * What the DELETE did, once it has run: the plan, if the DELETE removed as many rows as the plan found and
         * every one of them is gone.
         */
        Optional<DeletedRows> confirm(SqlSession session, long deletedCount) {
            if (deletedCount != rows.rows().size()) {
                return Optional.empty();
            }
            if (deletedCount == 0) {
                return Optional.of(rows);
            }
            try {
                long left = session.getMapper(ReferencingRowMapper.class).countExisting(storedTable, key,
                        rows.rows().stream().map(RowRef::id).toList());
                return left == 0 ? Optional.of(rows) : Optional.empty();
            } catch (PersistenceException e) {
                return Optional.empty();
            }
        }
    }
}
