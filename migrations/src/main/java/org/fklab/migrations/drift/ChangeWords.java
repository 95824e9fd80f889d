package org.fklab.migrations.drift;

import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropUniqueConstraintChange;
import liquibase.change.core.ModifyDataTypeChange;

/** A change Liquibase generated, in the words of a changeSet comment: "set the default of listing.band_id". */
final class ChangeWords {

    private ChangeWords() {
    }

    static String of(Change change) {
        if (change instanceof AddColumnChange) {
            AddColumnChange add = (AddColumnChange) change;
            return "add column " + add.getTableName() + "." + add.getColumns().stream().map(AddColumnConfig::getName)
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
        if (change instanceof DropColumnChange) {
            DropColumnChange drop = (DropColumnChange) change;
            return "drop column " + drop.getTableName() + "." + drop.getColumnName()
                    + " (undoing it brings the column back empty)";
        }
        if (change instanceof CreateTableChange) {
            return "create table " + ((CreateTableChange) change).getTableName();
        }
        if (change instanceof DropTableChange) {
            return "drop table " + ((DropTableChange) change).getTableName()
                    + " (undoing it brings the table back empty)";
        }
        if (change instanceof AddDefaultValueChange) {
            AddDefaultValueChange add = (AddDefaultValueChange) change;
            return "set the default of " + add.getTableName() + "." + add.getColumnName() + " to " + value(add);
        }
        if (change instanceof DropDefaultValueChange) {
            DropDefaultValueChange drop = (DropDefaultValueChange) change;
            return "drop the default of " + drop.getTableName() + "." + drop.getColumnName();
        }
        if (change instanceof ModifyDataTypeChange) {
            ModifyDataTypeChange modify = (ModifyDataTypeChange) change;
            return "change the type of " + modify.getTableName() + "." + modify.getColumnName() + " to "
                    + modify.getNewDataType();
        }
        if (change instanceof AddNotNullConstraintChange) {
            AddNotNullConstraintChange add = (AddNotNullConstraintChange) change;
            return "make " + add.getTableName() + "." + add.getColumnName() + " NOT NULL";
        }
        if (change instanceof DropNotNullConstraintChange) {
            DropNotNullConstraintChange drop = (DropNotNullConstraintChange) change;
            return "let " + drop.getTableName() + "." + drop.getColumnName() + " be NULL";
        }
        if (change instanceof AddForeignKeyConstraintChange) {
            AddForeignKeyConstraintChange add = (AddForeignKeyConstraintChange) change;
            return "add foreign key " + add.getConstraintName() + " (" + add.getBaseTableName() + "."
                    + add.getBaseColumnNames() + " → " + add.getReferencedTableName()
                    + (add.getOnDelete() == null ? "" : " ON DELETE " + add.getOnDelete()) + ")";
        }
        if (change instanceof DropForeignKeyConstraintChange) {
            return "drop foreign key " + ((DropForeignKeyConstraintChange) change).getConstraintName();
        }
        if (change instanceof CreateIndexChange) {
            CreateIndexChange create = (CreateIndexChange) change;
            return "add index " + create.getIndexName() + " on " + create.getTableName();
        }
        if (change instanceof DropIndexChange) {
            return "drop index " + ((DropIndexChange) change).getIndexName();
        }
        if (change instanceof AddPrimaryKeyChange) {
            AddPrimaryKeyChange add = (AddPrimaryKeyChange) change;
            return "add the primary key of " + add.getTableName() + " (" + add.getColumnNames() + ")";
        }
        if (change instanceof DropPrimaryKeyChange) {
            return "drop the primary key of " + ((DropPrimaryKeyChange) change).getTableName();
        }
        if (change instanceof AddUniqueConstraintChange) {
            AddUniqueConstraintChange add = (AddUniqueConstraintChange) change;
            return "add unique constraint " + add.getConstraintName() + " on " + add.getTableName() + "("
                    + add.getColumnNames() + ")";
        }
        if (change instanceof DropUniqueConstraintChange) {
            return "drop unique constraint " + ((DropUniqueConstraintChange) change).getConstraintName();
        }
        return change.getDescription();
    }

    private static String value(AddDefaultValueChange add) {
        if (add.getDefaultValueNumeric() != null) {
            return add.getDefaultValueNumeric();
        }
        if (add.getDefaultValueBoolean() != null) {
            return add.getDefaultValueBoolean() ? "TRUE" : "FALSE";
        }
        if (add.getDefaultValueComputed() != null) {
            return add.getDefaultValueComputed().getValue();
        }
        if (add.getDefaultValueDate() != null) {
            return "'" + add.getDefaultValueDate() + "'";
        }
        return Descriptions.value(add.getDefaultValue());
    }
}
