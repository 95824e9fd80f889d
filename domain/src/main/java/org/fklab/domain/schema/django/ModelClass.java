package org.fklab.domain.schema.django;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.IndexInfo;
import org.fklab.domain.schema.TableDescription;

/** One table written as the Django model class that declares it: a line for each column, in order, then Meta. */
final class ModelClass {

    private static final String AUTO_ID = "# id: Django adds it by itself (BigAutoField primary key)";

    private final TableDescription table;
    private final Relations relations;
    private final TableIndexes indexes;
    private final Set<String> imports;

    /** @param imports collects the imports that the class's default values need */
    ModelClass(TableDescription table, Relations relations, Set<String> imports) {
        this.table = table;
        this.relations = relations;
        this.indexes = new TableIndexes(table);
        this.imports = imports;
    }

    String text() {
        List<String> body = new ArrayList<>(primaryKey());
        table.columns().forEach(column -> body.addAll(column(column)));
        relations.composite(table.name()).forEach(key -> body.add(compositeKey(key)));
        relations.to(table.name()).forEach(reverse -> body.add(reverseSide(reverse)));
        body.addAll(meta());
        if (body.stream().allMatch(line -> line.isEmpty() || line.startsWith("#"))) {
            body.add("pass"); // Python needs a statement in a class; a comment is not one
        }
        return "class " + PythonNames.className(table.name()) + "(models.Model):" + body.stream()
                .map(line -> line.isEmpty() ? "\n" : "\n    " + line).collect(Collectors.joining());
    }

    /** Only what the columns' own lines cannot say: a key over several columns, or none. */
    private List<String> primaryKey() {
        List<String> key = table.primaryKey();
        if (key.isEmpty()) {
            return List.of("# no primary key: Django would add an id column, which this table does not have");
        }
        if (key.size() == 1) {
            return List.of();
        }
        return List.of("pk = models.CompositePrimaryKey(" + key.stream().map(this::attribute).map(PythonNames::quoted)
                .collect(Collectors.joining(", ")) + ")  # Django 5.2 and later");
    }

    private List<String> column(ColumnInfo column) {
        Optional<Relation> relation = relations.from(table.name(), column.name());
        if (relation.isPresent()) {
            return foreignKey(column, relation.get());
        }
        String field = PythonNames.fieldName(column.name());
        boolean primary = table.primaryKey().equals(List.of(column.name()));
        Optional<String> autoField = primary && column.identity() ? FieldType.autoField(column) : Optional.empty();
        if (autoField.isPresent()) {
            return List.of(autoField.get().equals("BigAutoField") && column.name().equals("id") ? AUTO_ID
                    : declaration(field, autoField.get(), withDbColumn(field, column, "primary_key=True"), List.of()));
        }
        Optional<FieldType> type = FieldType.of(column);
        if (type.isEmpty()) {
            return List.of("# " + column.name() + ": " + column.type() + (nullable(column) ? ", NULL allowed" : ", NOT NULL")
                    + "; Django has no direct field for " + column.typeName());
        }
        List<String> arguments = new ArrayList<>(type.get().arguments());
        List<String> notes = new ArrayList<>();
        type.get().note().ifPresent(notes::add);
        arguments.addAll(withDbColumn(field, column));
        if (primary) {
            arguments.add("primary_key=True");
        } else {
            if (nullable(column)) {
                arguments.add("null=True");
            }
            if (indexes.unique(column.name())) {
                arguments.add("unique=True");
            } else if (indexes.indexed(column.name())) {
                arguments.add("db_index=True");
            }
        }
        if (column.identity() && !primary) {
            notes.add("the database numbers it (an identity); Django's AutoField has to be the primary key");
        }
        Optional<AutoNow> autoNow = AutoNow.of(column, type.get());
        if (autoNow.isPresent()) {
            arguments.add(autoNow.get().argument());
            notes.add(autoNow.get().note());
        } else {
            defaultValue(column, type.get(), arguments, notes);
        }
        return List.of(declaration(field, type.get().fieldClass(), arguments, notes));
    }

    private List<String> foreignKey(ColumnInfo column, Relation relation) {
        ForeignKeyInfo key = relation.key();
        List<String> arguments = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        arguments.add(PythonNames.quoted(relation.parentModel()));
        relation.dbColumn().ifPresent(name -> arguments.add("db_column=" + PythonNames.quoted(name)));
        relation.toField().ifPresent(name -> arguments.add("to_field=" + PythonNames.quoted(PythonNames.fieldName(name))));
        if (table.primaryKey().equals(List.of(column.name()))) {
            arguments.add("primary_key=True");
        } else if (nullable(column)) {
            arguments.add("null=True");
        }
        FieldType.of(column).ifPresent(type -> defaultValue(column, type, arguments, notes));
        OnDelete onDelete = OnDelete.of(key.deleteRule(), key.parentTable(), RelatedNames.plural(table.name()));
        arguments.add("on_delete=" + onDelete.argument());
        arguments.add("related_name=" + PythonNames.quoted(relation.relatedName()));
        onDelete.note().ifPresent(notes::add);
        List<String> lines = new ArrayList<>();
        RelatedNames.rule(relation).ifPresent(rule -> lines.add("# related_name: " + rule));
        lines.add(declaration(relation.field(), relation.oneToOne() ? "OneToOneField" : "ForeignKey", arguments, notes));
        return lines;
    }

    private void defaultValue(ColumnInfo column, FieldType type, List<String> arguments, List<String> notes) {
        if (PythonValue.none(column.defaultValue())) {
            return;
        }
        Optional<PythonValue> value = PythonValue.of(column.defaultValue(), type);
        if (value.isPresent()) {
            arguments.add("default=" + value.get().expression());
            value.get().importLine().ifPresent(imports::add);
        } else {
            notes.add("DEFAULT " + column.defaultValue() + " in the database, which default= has no Python value for");
        }
    }

    private String compositeKey(List<ForeignKeyInfo> columns) {
        ForeignKeyInfo first = columns.get(0);
        return "# " + first.name() + ": (" + columns.stream().map(ForeignKeyInfo::childColumn)
                .collect(Collectors.joining(", ")) + ") → " + first.parentTable() + " (" + columns.stream()
                .map(ForeignKeyInfo::parentColumn).collect(Collectors.joining(", ")) + "); a Django ForeignKey holds"
                + " one column, so these stay plain fields";
    }

    private String reverseSide(Relation relation) {
        return "# " + PythonNames.fieldName(table.name().toLowerCase(Locale.ROOT)) + "." + relation.relatedName()
                + (relation.oneToOne() ? "" : ".all()") + ": the reverse side of "
                + PythonNames.className(relation.key().childTable()) + "." + relation.field();
    }

    private List<String> meta() {
        List<String> plain = new ArrayList<>();
        List<String> unique = new ArrayList<>();
        for (IndexInfo index : indexes.multiColumn()) {
            if (index.columns().stream().allMatch(this::hasField)) {
                String fields = index.columns().stream().map(this::field).map(PythonNames::quoted)
                        .collect(Collectors.joining(", ", "[", "]"));
                (index.unique() ? unique : plain).add("        models." + (index.unique() ? "UniqueConstraint" : "Index")
                        + "(fields=" + fields + ", name=" + PythonNames.quoted(index.name()) + "),");
            }
        }
        if (plain.isEmpty() && unique.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of("", "class Meta:"));
        if (!plain.isEmpty()) {
            lines.add("    indexes = [");
            lines.addAll(plain);
            lines.add("    ]");
        }
        if (!unique.isEmpty()) {
            lines.add("    constraints = [");
            lines.addAll(unique);
            lines.add("    ]");
        }
        return lines;
    }

    /** The field that holds the column, by the name Python code uses for it (band for band_id). */
    private String field(String column) {
        return relations.from(table.name(), column).map(Relation::field).orElse(PythonNames.fieldName(column));
    }

    /** The attribute that holds the column's own value (band_id for the key band). */
    private String attribute(String column) {
        return relations.from(table.name(), column).map(r -> r.field() + "_id").orElse(PythonNames.fieldName(column));
    }

    private boolean hasField(String column) {
        return relations.from(table.name(), column).isPresent() || table.columns().stream()
                .anyMatch(c -> c.name().equals(column) && FieldType.of(c).isPresent());
    }

    /** HSQLDB's catalog calls a primary key's column nullable unless it was declared NOT NULL; it never is. */
    private boolean nullable(ColumnInfo column) {
        return column.nullable() && !table.primaryKey().contains(column.name());
    }

    private static List<String> withDbColumn(String field, ColumnInfo column, String... arguments) {
        List<String> result = new ArrayList<>();
        if (!field.equals(column.name())) {
            result.add("db_column=" + PythonNames.quoted(column.name()));
        }
        result.addAll(List.of(arguments));
        return result;
    }

    private static String declaration(String field, String fieldClass, List<String> arguments, List<String> notes) {
        return field + " = models." + fieldClass + "(" + String.join(", ", arguments) + ")"
                + (notes.isEmpty() ? "" : "  # " + String.join("; ", notes));
    }
}
