package org.fklab.migrations.drift;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.ChangeParameterMetaData;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddForeignKeyConstraintChange;

/**
 * Names in a change Liquibase generated, as fklab's migrations write them: {@code listing}, not {@code LISTING}
 * (HSQLDB keeps unquoted names in upper case; both mean the same table), and types likewise ({@code bigint}). A
 * key name HSQLDB chose itself ({@code SYS_PK_10092}) is left out of a change that creates the key, so HSQLDB
 * chooses again.
 */
final class ChangeNames {

    private ChangeNames() {
    }

    static void tidy(Change change) {
        boolean creates = !change.getClass().getSimpleName().startsWith("Drop");
        Map<String, ChangeParameterMetaData> parameters = ChangeFactory.getInstance().getChangeMetaData(change)
                .getParameters();
        for (ChangeParameterMetaData parameter : parameters.values()) {
            String name = parameter.getParameterName();
            Object value = parameter.getCurrentValue(change);
            if (value instanceof String && (name.equals("columnDataType") || name.equals("newDataType"))) {
                parameter.setValue(change, ((String) value).toLowerCase(Locale.ROOT));
            } else if (value instanceof String && isName(name)) {
                boolean optionalKeyName = creates && name.equals("constraintName")
                        && !(change instanceof AddForeignKeyConstraintChange);
                parameter.setValue(change, optionalKeyName && HsqlNames.isSystem((String) value) ? null
                        : names((String) value));
            } else if (value instanceof Collection) {
                for (Object item : (Collection<?>) value) {
                    if (item instanceof ColumnConfig) {
                        tidy((ColumnConfig) item);
                    }
                }
            }
        }
    }

    private static void tidy(ColumnConfig column) {
        column.setName(names(column.getName()));
        if (column.getType() != null) {
            column.setType(column.getType().toLowerCase(Locale.ROOT));
        }
        ConstraintsConfig constraints = column.getConstraints();
        if (constraints != null) {
            constraints.setPrimaryKeyName(unlessSystem(constraints.getPrimaryKeyName()));
            constraints.setNotNullConstraintName(unlessSystem(constraints.getNotNullConstraintName()));
            constraints.setUniqueConstraintName(unlessSystem(constraints.getUniqueConstraintName()));
            constraints.setForeignKeyName(names(constraints.getForeignKeyName()));
            constraints.setReferencedTableName(names(constraints.getReferencedTableName()));
            constraints.setReferencedColumnNames(names(constraints.getReferencedColumnNames()));
        }
    }

    /** tableName, columnName, baseColumnNames, indexName...: not catalogName or schemaName, which are left out. */
    private static boolean isName(String parameter) {
        return (parameter.endsWith("Name") || parameter.endsWith("Names")) && !parameter.contains("atalog")
                && !parameter.contains("chema");
    }

    private static String unlessSystem(String name) {
        return HsqlNames.isSystem(name) ? null : names(name);
    }

    /** One name, or a comma-separated list of them. */
    private static String names(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(value.split(",", -1)).map(part -> HsqlNames.display(part.strip()))
                .collect(Collectors.joining(", "));
    }
}
