package org.fklab.seed.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.DomainException;
import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.Names;
import org.fklab.domain.schema.Schema;
import org.fklab.domain.schema.SchemaMapper;
import org.fklab.seed.SeedException;

/**
 * How one CSV's columns land in one table: which column each header names, how each cell is converted,
 * which cells name a parent (by id or by name), and the INSERT built once for all its rows.
 */
final class TableTarget {

    /** One CSV column and where it goes. */
    record Field(String header, ColumnInfo column, CellType type, Optional<ForeignKeyInfo> foreignKey,
                 boolean byNaturalKey) {

        String columnName() {
            return column.name();
        }
    }

    /** Empty keys first, then keys in their own order (the column's values are all of one type). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> KEY_ORDER = Comparator.nullsFirst((a, b) ->
            a instanceof Comparable && a.getClass() == b.getClass() ? ((Comparable) a).compareTo(b)
                    : String.valueOf(a).compareTo(String.valueOf(b)));

    private final CsvSource source;
    private final String table;
    private final List<Field> fields;
    private final String sql;
    private final List<ParameterMapping> mappings;
    private final boolean explicitIds;
    private final String identityColumn;
    private final String labelColumn;

    private TableTarget(CsvSource source, String table, List<Field> fields, Configuration configuration,
                        String identityColumn, String labelColumn) {
        this.source = source;
        this.table = table;
        this.fields = List.copyOf(fields);
        this.identityColumn = identityColumn;
        this.labelColumn = labelColumn;
        this.explicitIds = identityColumn != null
                && fields.stream().anyMatch(f -> f.column().storedName().equals(identityColumn));
        this.sql = insertSql();
        this.mappings = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            mappings.add(new ParameterMapping.Builder(configuration, placeholder(i),
                    configuration.getTypeHandlerRegistry().getTypeHandler(f.type().javaType()))
                    .javaType(f.type().javaType()).jdbcType(f.type().jdbcType()).build());
        }
    }

    static String placeholder(int index) {
        return "v" + index;
    }

    /**
     * Matches the header (on {@code headerLine}) to the table's columns, or lists every header that matches
     * nothing.
     */
    static TableTarget plan(SqlSession session, CsvSource source, String typedTable, List<String> header,
                            long headerLine) {
        String where = source.name() + ":" + headerLine + ": ";
        SchemaMapper schema = session.getMapper(SchemaMapper.class);
        String table = resolveTable(schema, typedTable, source);
        List<ColumnInfo> columns = schema.findColumns(table);
        List<ForeignKeyInfo> keys = schema.findForeignKeysFrom(table);
        List<Field> fields = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String rawHeader : header) {
            String name = rawHeader.strip();
            if (name.isEmpty()) {
                problems.add(where + "a column has no name in the header row. Give every column a name.");
                continue;
            }
            Optional<Field> field = field(name, columns, keys);
            if (field.isEmpty()) {
                problems.add(where + "column '" + name + "' is not a column of " + Names.display(table)
                        + ". Its columns are: " + columns.stream().map(ColumnInfo::name)
                        .collect(Collectors.joining(", ")) + foreignKeyHint(keys) + ".");
            } else if (!seen.add(field.get().column().storedName())) {
                problems.add(where + "column '" + name + "' fills " + Names.display(table) + "."
                        + field.get().columnName() + ", which another header column already fills. Keep one of them.");
            } else {
                fields.add(field.get());
            }
        }
        Set<String> given = fields.stream().map(f -> f.column().storedName()).collect(Collectors.toSet());
        for (ColumnInfo column : columns) {
            if (!column.nullable() && !column.identity() && column.defaultValue() == null
                    && !given.contains(column.storedName())) {
                problems.add(where + "the header has no column for " + Names.display(table) + "."
                        + column.name() + ", which cannot be empty (NOT NULL). Add a '" + headerFor(column, keys)
                        + "' column.");
            }
        }
        if (!problems.isEmpty()) {
            throw new SeedException("Cannot load " + source.name() + " into " + Names.display(table)
                    + "; nothing was loaded:", problems);
        }
        String identity = columns.stream().filter(ColumnInfo::identity).map(ColumnInfo::storedName).findFirst()
                .orElse(null);
        return new TableTarget(source, table, fields, session.getConfiguration(), identity,
                Schema.labelColumn(columns).orElse(null));
    }

    private static String resolveTable(SchemaMapper schema, String typed, CsvSource source) {
        try {
            return Schema.storedTableName(schema, typed);
        } catch (DomainException first) {
            if (typed.toLowerCase(Locale.ROOT).endsWith("s") && source.table().isEmpty()) {
                try {
                    return Schema.storedTableName(schema, typed.substring(0, typed.length() - 1));
                } catch (DomainException ignored) {
                    // fall through to the first message
                }
            }
            throw new SeedException(source.name() + ": " + first.getMessage()
                    + " The table comes from the file name (band.csv or bands.csv) or from --table.");
        }
    }

    private static Optional<Field> field(String header, List<ColumnInfo> columns, List<ForeignKeyInfo> keys) {
        for (ColumnInfo column : columns) {
            if (column.storedName().equalsIgnoreCase(header)) {
                Optional<ForeignKeyInfo> key = keys.stream()
                        .filter(k -> k.storedChildColumn().equals(column.storedName())).findFirst();
                return Optional.of(new Field(header, column, CellType.forColumn(typeName(column)), key, false));
            }
        }
        for (ForeignKeyInfo key : keys) {
            String column = key.childColumn();
            boolean matches = header.equalsIgnoreCase(key.parentTable())
                    || column.endsWith("_id") && header.equalsIgnoreCase(column.substring(0, column.length() - 3));
            if (matches) {
                ColumnInfo info = columns.stream().filter(c -> c.storedName().equals(key.storedChildColumn()))
                        .findFirst().orElseThrow();
                return Optional.of(new Field(header, info, CellType.forColumn(typeName(info)), Optional.of(key), true));
            }
        }
        return Optional.empty();
    }

    private static String typeName(ColumnInfo column) {
        String type = column.type();
        int paren = type.indexOf('(');
        return paren < 0 ? type : type.substring(0, paren);
    }

    private static String headerFor(ColumnInfo column, List<ForeignKeyInfo> keys) {
        return keys.stream().filter(k -> k.storedChildColumn().equals(column.storedName())).findFirst()
                .map(k -> column.name() + "' or '" + k.parentTable()).orElse(column.name());
    }

    private static String foreignKeyHint(List<ForeignKeyInfo> keys) {
        return keys.isEmpty() ? "" : keys.stream().map(k -> "; or " + k.parentTable() + " for " + k.childColumn()
                + " by the " + k.parentTable() + "'s name").collect(Collectors.joining());
    }

    private String insertSql() {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Field f : fields) {
            if (columns.length() > 0) {
                columns.append(", ");
                values.append(", ");
            }
            columns.append('"').append(f.column().storedName()).append('"');
            String defaultValue = f.column().defaultValue();
            if (defaultValue != null) {
                // an empty cell takes the column's default, as leaving the column out would
                values.append("COALESCE(CAST(? AS ").append(f.column().type()).append("), ").append(defaultValue)
                        .append(')');
            } else {
                values.append('?');
            }
        }
        return "INSERT INTO \"" + table + "\" (" + columns + ") VALUES (" + values + ")";
    }

    CsvSource source() {
        return source;
    }

    String table() {
        return table;
    }

    String displayTable() {
        return Names.display(table);
    }

    List<Field> fields() {
        return fields;
    }

    /** Parent tables this CSV points at (to load those first). */
    Set<String> parentTables() {
        return fields.stream().flatMap(f -> f.foreignKey().stream()).map(ForeignKeyInfo::storedParentTable)
                .filter(parent -> !parent.equals(table)).collect(Collectors.toSet());
    }

    boolean explicitIds() {
        return explicitIds;
    }

    String identityColumn() {
        return identityColumn;
    }

    /** The stored name of the column that names this table's rows (name, title), or null. */
    String labelColumn() {
        return labelColumn;
    }

    /** The field that fills the column stored as {@code storedColumn}, if the file has one. */
    Optional<Field> fieldFor(String storedColumn) {
        return fields.stream().filter(f -> f.column().storedName().equals(storedColumn)).findFirst();
    }

    /**
     * The order rows of a large load are sent in, by the file's first foreign-key column, if sending them in another
     * order than the file's changes nothing: the database numbers none of them (the file gives the ids, or the table
     * has no identity column), and none points at a row of its own table (which must go in before it).
     */
    Optional<Comparator<Object[]>> sendingOrder() {
        boolean numbered = identityColumn != null && !explicitIds;
        boolean selfReferencing = fields.stream().flatMap(f -> f.foreignKey().stream())
                .anyMatch(key -> key.storedParentTable().equals(table));
        if (numbered || selfReferencing) {
            return Optional.empty();
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).foreignKey().isPresent()) {
                int column = i;
                return Optional.of(Comparator.comparing((Object[] values) -> values[column], KEY_ORDER));
            }
        }
        return Optional.empty();
    }

    RowInsert row(Object[] values) {
        return new RowInsert(sql, mappings, values);
    }
}
