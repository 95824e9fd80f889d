package org.fklab.migrations.drift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import liquibase.diff.DiffResult;
import liquibase.diff.ObjectDifferences;
import liquibase.statement.DatabaseFunction;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.DataType;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.ForeignKeyConstraintType;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;

import org.fklab.engine.DeleteRule;
import org.fklab.migrations.drift.Difference.Kind;

/**
 * Liquibase's diff in a learner's words, one line per difference. What is inside a table that only one side has
 * is said by the table's line; the indexes HSQLDB keeps behind keys are said by their key's line; the tables
 * that record migrations are left out.
 */
final class Descriptions {

    private static final String IN_DATABASE_ONLY = " is in the database but no migration ";
    private static final String IN_MIGRATIONS_ONLY = " is in the migrations but not in the database";

    private Descriptions() {
    }

    static List<Difference> of(DiffResult diff) {
        Set<String> wholeTables = new HashSet<>();
        for (Set<? extends DatabaseObject> side : List.of(diff.getMissingObjects(), diff.getUnexpectedObjects())) {
            side.stream().filter(Table.class::isInstance).filter(table -> !DriftFilter.ignored(table))
                    .map(DatabaseObject::getName).forEach(wholeTables::add);
        }
        BackingIndexes behindKeys = BackingIndexes.of(diff);
        List<Difference> result = new ArrayList<>();
        for (DatabaseObject object : diff.getMissingObjects()) {
            whole(object, true, wholeTables, behindKeys).ifPresent(result::add);
        }
        for (DatabaseObject object : diff.getUnexpectedObjects()) {
            whole(object, false, wholeTables, behindKeys).ifPresent(result::add);
        }
        for (Map.Entry<DatabaseObject, ObjectDifferences> changed : diff.getChangedObjects().entrySet()) {
            DatabaseObject object = changed.getKey();
            if (DriftFilter.ignored(object)) {
                continue;
            }
            for (liquibase.diff.Difference difference : changed.getValue().getDifferences()) {
                result.add(changed(object, difference));
            }
        }
        result.sort(Comparator.comparing(Difference::table).thenComparing(Difference::kind)
                .thenComparing(Difference::object).thenComparing(Difference::description));
        return result;
    }

    /** An object only the database has ({@code inDatabase}) or only the migrations make. */
    private static Optional<Difference> whole(DatabaseObject object, boolean inDatabase, Set<String> wholeTables,
                                              BackingIndexes behindKeys) {
        if (DriftFilter.ignored(object)) {
            return Optional.empty();
        }
        String table = DriftFilter.tableOf(object);
        boolean tableSaysIt = !(object instanceof Table) && wholeTables.contains(table);
        if (tableSaysIt || object instanceof Index && behindKeys.contains((Index) object)) {
            return Optional.empty();
        }
        Kind kind;
        String name;
        String what;
        String verb = "adds it";
        if (object instanceof Table) {
            kind = Kind.TABLE;
            name = HsqlNames.display(table);
            what = "table " + name;
            verb = "creates it";
        } else if (object instanceof Column) {
            kind = Kind.COLUMN;
            name = qualified((Column) object);
            what = "column " + name;
        } else if (object instanceof ForeignKey) {
            kind = Kind.FOREIGN_KEY;
            ForeignKey key = (ForeignKey) object;
            name = HsqlNames.display(key.getName());
            what = "foreign key " + name + " (" + HsqlNames.display(table) + "." + columns(key.getForeignKeyColumns())
                    + " → " + HsqlNames.display(key.getPrimaryKeyTable().getName()) + ")";
        } else if (object instanceof Index) {
            kind = Kind.INDEX;
            name = HsqlNames.display(object.getName());
            what = "index " + name;
        } else if (object instanceof PrimaryKey) {
            kind = Kind.PRIMARY_KEY;
            name = HsqlNames.display(object.getName());
            what = "the primary key of " + HsqlNames.display(table) + " ("
                    + HsqlNames.display(((PrimaryKey) object).getColumnNames()) + ")";
        } else if (object instanceof UniqueConstraint) {
            kind = Kind.UNIQUE;
            name = HsqlNames.display(object.getName());
            what = "unique constraint " + name + " on " + HsqlNames.display(table) + "("
                    + HsqlNames.display(((UniqueConstraint) object).getColumnNames()) + ")";
        } else {
            return Optional.empty();
        }
        String description = "drift: " + what + (inDatabase ? IN_DATABASE_ONLY + verb : IN_MIGRATIONS_ONLY);
        return Optional.of(new Difference(kind, HsqlNames.display(table), name, description));
    }

    private static Difference changed(DatabaseObject object, liquibase.diff.Difference difference) {
        String table = HsqlNames.display(DriftFilter.tableOf(object));
        String field = difference.getField();
        Object inDatabase = difference.getReferenceValue();
        Object inMigrations = difference.getComparedValue();
        if (object instanceof Column) {
            String column = qualified((Column) object);
            switch (field) {
                case "defaultValue":
                    return new Difference(Kind.DEFAULT, table, column, "drift: " + column + " has "
                            + (inDatabase == null
                            ? "no default in the database, but DEFAULT " + value(inMigrations) + " in its migrations"
                            : "DEFAULT " + value(inDatabase) + " in the database, but " + (inMigrations == null
                            ? "its migrations give it no default" : "DEFAULT " + value(inMigrations)
                            + " in its migrations")));
                case "nullable":
                    return new Difference(Kind.NULLABILITY, table, column, "drift: " + column + " "
                            + nullability(inDatabase) + " in the database, but " + nullability(inMigrations)
                            + " in its migrations");
                case "type":
                    return new Difference(Kind.TYPE, table, column, "drift: " + column + " is " + value(inDatabase)
                            + " in the database, but " + value(inMigrations) + " in its migrations");
                case "autoIncrement":
                    return new Difference(Kind.COLUMN, table, column, "drift: " + column + " is "
                            + (Boolean.TRUE.equals(inDatabase) ? "" : "not ") + "an identity column in the database,"
                            + " but " + (Boolean.TRUE.equals(inMigrations) ? "is" : "not") + " in its migrations");
                default:
                    return generic(Kind.COLUMN, table, column, difference);
            }
        }
        if (object instanceof ForeignKey) {
            String key = HsqlNames.display(object.getName());
            if (field.equals("deleteRule") || field.equals("updateRule")) {
                String on = field.equals("deleteRule") ? "ON DELETE " : "ON UPDATE ";
                return new Difference(Kind.FOREIGN_KEY, table, key, "drift: " + key + " is " + on + value(inDatabase)
                        + " in the database, but " + value(inMigrations) + " in its migrations");
            }
            return generic(Kind.FOREIGN_KEY, table, key, difference);
        }
        if (object instanceof Index) {
            String index = HsqlNames.display(object.getName());
            if (field.equals("unique")) {
                return new Difference(Kind.INDEX, table, index, "drift: index " + index + " is "
                        + (Boolean.TRUE.equals(inDatabase) ? "UNIQUE in the database, but not in its migrations"
                        : "not UNIQUE in the database, but UNIQUE in its migrations"));
            }
            return generic(Kind.INDEX, table, "index " + index, difference);
        }
        if (object instanceof PrimaryKey) {
            return generic(Kind.PRIMARY_KEY, table, "the primary key of " + table, difference);
        }
        if (object instanceof UniqueConstraint) {
            return generic(Kind.UNIQUE, table, "unique constraint " + HsqlNames.display(object.getName()), difference);
        }
        return generic(Kind.TABLE, table, "table " + table, difference);
    }

    private static Difference generic(Kind kind, String table, String what, liquibase.diff.Difference difference) {
        return new Difference(kind, table, what, "drift: " + what + " has " + difference.getField() + " "
                + value(difference.getReferenceValue()) + " in the database, but "
                + value(difference.getComparedValue()) + " in its migrations");
    }

    private static String qualified(Column column) {
        return HsqlNames.display(column.getRelation().getName()) + "." + HsqlNames.display(column.getName());
    }

    private static String columns(List<Column> columns) {
        return columns.stream().map(c -> HsqlNames.display(c.getName())).collect(Collectors.joining(", "));
    }

    private static String nullability(Object nullable) {
        return Boolean.FALSE.equals(nullable) ? "is NOT NULL" : "may be NULL";
    }

    /** A value as SQL writes it: DEFAULT 'none', DEFAULT 5, VARCHAR(100), ON DELETE SET NULL. */
    static String value(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof String) {
            return "'" + value + "'";
        }
        if (value instanceof DatabaseFunction) {
            return ((DatabaseFunction) value).getValue();
        }
        if (value instanceof DataType) {
            return type((DataType) value);
        }
        if (value instanceof ForeignKeyConstraintType) {
            return rule((ForeignKeyConstraintType) value);
        }
        if (value instanceof List) {
            return "(" + ((List<?>) value).stream().map(v -> v instanceof DatabaseObject
                    ? HsqlNames.display(((DatabaseObject) v).getName()) : String.valueOf(v))
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (value instanceof DatabaseObject) {
            return HsqlNames.display(((DatabaseObject) value).getName());
        }
        return String.valueOf(value).toUpperCase(Locale.ROOT);
    }

    private static String type(DataType type) {
        String name = type.getTypeName().toUpperCase(Locale.ROOT);
        boolean sized = name.contains("CHAR") || name.equals("DECIMAL") || name.equals("NUMERIC");
        if (!sized || type.getColumnSize() == null) {
            return name;
        }
        return name + "(" + type.getColumnSize() + (type.getDecimalDigits() == null || name.contains("CHAR") ? ""
                : "," + type.getDecimalDigits()) + ")";
    }

    static String rule(ForeignKeyConstraintType rule) {
        return DeleteRule.fromJdbcName(rule.name()).sql();
    }
}
