package org.fklab.migrations.make;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fklab.engine.DeleteRule;
import org.fklab.migrations.MigrationException;

/**
 * What a migration written by {@code makemigration} does. Each operation checks itself against the live
 * schema (when its parents are applied, so the schema is the one it builds on) and becomes changeSets of
 * one DDL change each, every one of which can be undone.
 */
public sealed interface Operation {

    /** In words: "add column band.genre varchar(50)". */
    String describe();

    /** A few words for the file name when none is given: "band_genre". */
    String suggestedName();

    /** Checks the operation against {@code schema} (when there is one to check against) and plans its changeSets. */
    List<ChangeSetText> plan(Optional<LiveSchema> schema);

    /** The ON DELETE rule typed as {@code set-null} (or {@code SET NULL}); null when none was typed. */
    static DeleteRule onDelete(String typed) {
        return typed == null ? null : DeleteRule.fromTyped(typed).orElseThrow(() -> new MigrationException("'" + typed
                + "' is not an ON DELETE rule. Use one of: " + DeleteRule.typedNames() + "."));
    }

    /** {@code makemigration NAME add-column TABLE COLUMN TYPE [--null|--not-null] [--default V]} */
    record AddColumn(String table, String column, String type, boolean notNull, String defaultValue)
            implements Operation {

        public AddColumn {
            table = Identifier.check(table, "table");
            column = Identifier.check(column, "column");
            ColumnType.parse(type);
        }

        @Override
        public String describe() {
            return "add column " + table + "." + column + " " + ColumnType.parse(type).ddl()
                    + (notNull ? " NOT NULL" : "") + (defaultValue == null ? "" : " DEFAULT " + defaultValue);
        }

        @Override
        public String suggestedName() {
            return table + "_" + column;
        }

        @Override
        public List<ChangeSetText> plan(Optional<LiveSchema> schema) {
            schema.ifPresent(s -> {
                Checks.tableExists(s, table);
                Checks.columnAbsent(s, table, column);
                Checks.notNullNeedsDefault(s, table, column, notNull, defaultValue);
            });
            return List.of(new ChangeSetText("add column " + table + "." + column,
                    Changes.addColumn(table, column, ColumnType.parse(type), notNull, defaultValue)));
        }
    }

    /**
     * {@code add-fk TABLE COLUMN --references TABLE [--on-delete RULE] [--null|--not-null] [--default V]}: the
     * column (if it is not there yet), the foreign key, and an index on the column.
     */
    record AddForeignKey(String table, String column, String referencedTable, DeleteRule onDelete, boolean notNull,
                         String defaultValue) implements Operation {

        public AddForeignKey {
            table = Identifier.check(table, "table");
            column = Identifier.check(column, "column");
            referencedTable = Identifier.check(referencedTable, "table");
            onDelete = onDelete == null ? DeleteRule.NO_ACTION : onDelete;
            if (onDelete == DeleteRule.SET_NULL && notNull) {
                throw new MigrationException("ON DELETE SET NULL needs a column that may be NULL, but --not-null was"
                        + " given. Drop --not-null, or choose another rule (cascade, restrict).");
            }
            if (onDelete == DeleteRule.SET_DEFAULT && defaultValue == null) {
                throw new MigrationException("ON DELETE SET DEFAULT sets the column to its default, so it needs one:"
                        + " add --default ID (the id of a row of " + referencedTable + ").");
            }
        }

        /** The rule as typed in the command ({@code set-null}); none typed is NO ACTION. */
        public AddForeignKey(String table, String column, String referencedTable, String onDelete, boolean notNull,
                             String defaultValue) {
            this(table, column, referencedTable, Operation.onDelete(onDelete), notNull, defaultValue);
        }

        String constraintName() {
            String stem = column.endsWith("_id") ? column.substring(0, column.length() - 3) : column;
            return "fk_" + table + "_" + stem;
        }

        @Override
        public String describe() {
            return "add foreign key " + table + "." + column + " → " + referencedTable + " ON DELETE " + onDelete.sql();
        }

        @Override
        public String suggestedName() {
            return table + "_" + (column.endsWith("_id") ? column.substring(0, column.length() - 3) : column);
        }

        @Override
        public List<ChangeSetText> plan(Optional<LiveSchema> schema) {
            String referencedColumn = "id";
            boolean columnExists = false;
            if (schema.isPresent()) {
                LiveSchema s = schema.get();
                Checks.tableExists(s, table);
                Checks.tableExists(s, referencedTable);
                List<String> key = s.primaryKey(referencedTable);
                if (key.size() != 1) {
                    throw new MigrationException(referencedTable + " has no single-column primary key for a foreign key"
                            + " to point at.");
                }
                referencedColumn = key.get(0);
                columnExists = s.column(table, column).isPresent();
                if (columnExists && s.foreignKey(table, column).isPresent()) {
                    throw new MigrationException(table + "." + column + " already has a foreign key ("
                            + s.foreignKey(table, column).get().name() + "). To change its ON DELETE rule use"
                            + " alter-fk " + table + " " + column + " --on-delete RULE.");
                }
                if (!columnExists) {
                    Checks.notNullNeedsDefault(s, table, column, notNull, defaultValue);
                }
                if (s.indexExists(indexName(table, column))) {
                    throw new MigrationException("An index named " + indexName(table, column) + " already exists.");
                }
            }
            List<ChangeSetText> changeSets = new ArrayList<>();
            if (!columnExists) {
                changeSets.add(new ChangeSetText("add column " + table + "." + column,
                        Changes.addColumn(table, column, ColumnType.parse("bigint"), notNull, defaultValue)));
            }
            changeSets.add(new ChangeSetText("add foreign key " + constraintName(),
                    Changes.addForeignKey(constraintName(), table, column, referencedTable, referencedColumn, onDelete)));
            changeSets.add(new ChangeSetText("add index " + indexName(table, column),
                    Changes.createIndex(indexName(table, column), table, column)));
            return changeSets;
        }
    }

    /** {@code alter-fk TABLE COLUMN --on-delete RULE}: the same foreign key with another ON DELETE rule. */
    record AlterForeignKey(String table, String column, DeleteRule onDelete) implements Operation {

        public AlterForeignKey {
            table = Identifier.check(table, "table");
            column = Identifier.check(column, "column");
            if (onDelete == null) {
                throw new MigrationException("alter-fk needs the new rule: --on-delete " + DeleteRule.typedNames()
                        .replace(", ", "|") + ".");
            }
        }

        /** The rule as typed in the command ({@code set-null}). */
        public AlterForeignKey(String table, String column, String onDelete) {
            this(table, column, Operation.onDelete(onDelete));
        }

        @Override
        public String describe() {
            return "change the foreign key on " + table + "." + column + " to ON DELETE " + onDelete.sql();
        }

        @Override
        public String suggestedName() {
            return table + "_" + column.replace("_id", "") + "_" + onDelete.typed().replace('-', '_');
        }

        @Override
        public List<ChangeSetText> plan(Optional<LiveSchema> schema) {
            LiveSchema s = schema.orElseThrow(() -> new MigrationException("alter-fk reads the foreign key it changes"
                    + " from the database, so its parents must be applied first. Run 'migrate' to the parent."));
            Checks.tableExists(s, table);
            LiveSchema.ForeignKey key = s.foreignKey(table, column).orElseThrow(() -> new MigrationException(
                    table + "." + column + " has no foreign key to change. Add one with add-fk " + table + " " + column
                            + " --references TABLE."));
            if (key.onDelete() == onDelete) {
                throw new MigrationException(key.name() + " is already ON DELETE " + onDelete.sql() + ".");
            }
            if (onDelete == DeleteRule.SET_NULL && !s.column(table, column).map(LiveSchema.Column::nullable).orElse(true)) {
                throw new MigrationException(table + "." + column + " is NOT NULL, so ON DELETE SET NULL could never"
                        + " set it. Choose another rule.");
            }
            List<String> oldKey = Changes.addForeignKey(key.name(), table, column, key.referencedTable(),
                    key.referencedColumn(), key.onDelete());
            return List.of(
                    new ChangeSetText("drop foreign key " + key.name() + " (ON DELETE " + key.onDelete().sql() + ")",
                            Changes.dropForeignKey(key.name(), table), oldKey),
                    new ChangeSetText("add foreign key " + key.name() + " (ON DELETE " + onDelete.sql() + ")",
                            Changes.addForeignKey(key.name(), table, column, key.referencedTable(),
                                    key.referencedColumn(), onDelete)));
        }
    }

    /**
     * {@code alter-column TABLE COLUMN --default VALUE | --drop-default}: the value a row gets when an insert leaves
     * the column out ({@code defaultValue} null drops it). ON DELETE SET DEFAULT sets a child's column to it.
     */
    record AlterColumn(String table, String column, String defaultValue) implements Operation {

        public AlterColumn {
            table = Identifier.check(table, "table");
            column = Identifier.check(column, "column");
        }

        @Override
        public String describe() {
            return defaultValue == null ? "drop the default of " + table + "." + column
                    : "set the default of " + table + "." + column + " to " + defaultValue;
        }

        @Override
        public String suggestedName() {
            return table + "_" + column + (defaultValue == null ? "_no_default" : "_default");
        }

        @Override
        public List<ChangeSetText> plan(Optional<LiveSchema> schema) {
            LiveSchema s = schema.orElseThrow(() -> new MigrationException("alter-column reads the default it changes"
                    + " from the database (to be able to put it back), so its parents must be applied first. Run"
                    + " 'migrate' to the parent."));
            Checks.tableExists(s, table);
            LiveSchema.Column live = s.column(table, column).orElseThrow(() -> new MigrationException(table
                    + " has no column " + column + ". Its columns: " + String.join(", ",
                    s.columns(table).stream().map(LiveSchema.Column::name).toList()) + "."));
            if (s.primaryKey(table).contains(column)) {
                throw new MigrationException(table + "." + column + " is the primary key: its values come from the"
                        + " identity, not from a default.");
            }
            ColumnType type = ColumnType.ofLive(live.type());
            String old = live.defaultValue();
            List<String> putBack = old == null ? Changes.dropDefaultValue(table, column, type)
                    : Changes.addDefaultValue(table, column, type, ColumnType.defaultAttributeOfSql(old));
            if (defaultValue == null) {
                if (old == null) {
                    throw new MigrationException(table + "." + column + " has no default to drop.");
                }
                return List.of(new ChangeSetText("drop the default of " + table + "." + column + " (it was " + old
                        + ")", Changes.dropDefaultValue(table, column, type), putBack));
            }
            String attribute = type.defaultAttribute(defaultValue);
            if (attribute.equals(old == null ? null : ColumnType.defaultAttributeOfSql(old))) {
                throw new MigrationException(table + "." + column + " already has DEFAULT " + old + ".");
            }
            return List.of(new ChangeSetText("set the default of " + table + "." + column + " to " + defaultValue
                    + (old == null ? "" : " (it was " + old + ")"), Changes.addDefaultValue(table, column, type,
                    attribute), putBack));
        }
    }

    /** {@code drop-column TABLE COLUMN}: its foreign key and indexes go first; undoing it brings the column back empty. */
    record DropColumn(String table, String column) implements Operation {

        public DropColumn {
            table = Identifier.check(table, "table");
            column = Identifier.check(column, "column");
        }

        @Override
        public String describe() {
            return "drop column " + table + "." + column;
        }

        @Override
        public String suggestedName() {
            return "remove_" + table + "_" + column;
        }

        @Override
        public List<ChangeSetText> plan(Optional<LiveSchema> schema) {
            LiveSchema s = schema.orElseThrow(() -> new MigrationException("drop-column reads the column it drops"
                    + " from the database (to be able to bring it back), so its parents must be applied first."));
            Checks.tableExists(s, table);
            LiveSchema.Column dropped = s.column(table, column).orElseThrow(() -> new MigrationException(
                    table + " has no column " + column + ". Its columns: " + String.join(", ",
                            s.columns(table).stream().map(LiveSchema.Column::name).toList()) + "."));
            if (s.primaryKey(table).contains(column)) {
                throw new MigrationException(table + "." + column + " is the primary key; it cannot be dropped.");
            }
            List<ChangeSetText> changeSets = new ArrayList<>();
            Optional<LiveSchema.ForeignKey> key = s.foreignKey(table, column);
            key.ifPresent(k -> changeSets.add(new ChangeSetText("drop foreign key " + k.name(),
                    Changes.dropForeignKey(k.name(), table), Changes.addForeignKey(k.name(), table, column,
                    k.referencedTable(), k.referencedColumn(), k.onDelete()))));
            for (String index : s.indexesOn(table, column)) {
                changeSets.add(new ChangeSetText("drop index " + index, Changes.dropIndex(index, table),
                        Changes.createIndex(index, table, column)));
            }
            changeSets.add(new ChangeSetText("drop column " + table + "." + column + " (undoing it brings the column"
                    + " back empty)", Changes.dropColumn(table, column),
                    Changes.addColumn(table, column, ColumnType.parse(dropped.type()), false, null)));
            return changeSets;
        }
    }

    /** {@code create-table TABLE}: a table with an identity primary key, ready for add-column. */
    record CreateTable(String table) implements Operation {

        public CreateTable {
            table = Identifier.check(table, "table");
        }

        @Override
        public String describe() {
            return "create table " + table + " (id)";
        }

        @Override
        public String suggestedName() {
            return "create_" + table;
        }

        @Override
        public List<ChangeSetText> plan(Optional<LiveSchema> schema) {
            schema.ifPresent(s -> {
                if (s.tableExists(table)) {
                    throw new MigrationException("A table named " + table + " already exists.");
                }
            });
            return List.of(new ChangeSetText("create table " + table, Changes.createTable(table)));
        }
    }

    /** {@code rename-column TABLE OLD NEW}: the values stay. */
    record RenameColumn(String table, String oldName, String newName) implements Operation {

        public RenameColumn {
            table = Identifier.check(table, "table");
            oldName = Identifier.check(oldName, "column");
            newName = Identifier.check(newName, "column");
            if (oldName.equals(newName)) {
                throw new MigrationException("The old and the new name are the same: " + oldName + ".");
            }
        }

        @Override
        public String describe() {
            return "rename column " + table + "." + oldName + " to " + newName;
        }

        @Override
        public String suggestedName() {
            return "rename_" + table + "_" + oldName;
        }

        @Override
        public List<ChangeSetText> plan(Optional<LiveSchema> schema) {
            String type = null;
            if (schema.isPresent()) {
                LiveSchema s = schema.get();
                Checks.tableExists(s, table);
                type = s.column(table, oldName).map(LiveSchema.Column::type).orElseThrow(() -> new MigrationException(
                        table + " has no column " + oldName + "."));
                Checks.columnAbsent(s, table, newName);
            }
            return List.of(new ChangeSetText("rename column " + table + "." + oldName + " to " + newName,
                    Changes.renameColumn(table, oldName, newName, type)));
        }
    }

    /** {@code add-index TABLE COLUMN}: faster lookups by that column (such as a band's listings by band_id). */
    record AddIndex(String table, String column) implements Operation {

        public AddIndex {
            table = Identifier.check(table, "table");
            column = Identifier.check(column, "column");
        }

        @Override
        public String describe() {
            return "add index " + indexName(table, column) + " on " + table + "." + column;
        }

        @Override
        public String suggestedName() {
            return "index_" + table + "_" + column;
        }

        @Override
        public List<ChangeSetText> plan(Optional<LiveSchema> schema) {
            schema.ifPresent(s -> {
                Checks.tableExists(s, table);
                if (s.column(table, column).isEmpty()) {
                    throw new MigrationException(table + " has no column " + column + ".");
                }
                if (s.indexExists(indexName(table, column))) {
                    throw new MigrationException("An index named " + indexName(table, column) + " already exists.");
                }
            });
            return List.of(new ChangeSetText("add index " + indexName(table, column),
                    Changes.createIndex(indexName(table, column), table, column)));
        }
    }

    static String indexName(String table, String column) {
        return "ix_" + table + "_" + column;
    }
}
