package org.fklab.domain.schema.django;

import java.util.List;
import java.util.Optional;

import org.fklab.domain.schema.ColumnInfo;

/**
 * The Django field class that stores a column's SQL type, with the arguments the type needs
 * (max_length, max_digits...) and a note where Django's field is not quite the same type.
 */
record FieldType(String fieldClass, List<String> arguments, Optional<String> note) {

    /** The field for the column's type, or empty when Django has no field for it. */
    static Optional<FieldType> of(ColumnInfo column) {
        return Optional.ofNullable(switch (column.typeName()) {
            case "VARCHAR", "CHARACTER VARYING" -> plain("CharField", "max_length=" + column.size());
            case "CHARACTER", "CHAR" -> new FieldType("CharField", List.of("max_length=" + column.size()),
                    Optional.of(column.type() + ": a fixed length, padded with spaces; Django's CharField is a"
                            + " varchar"));
            case "CLOB", "LONGVARCHAR" -> plain("TextField");
            case "BIGINT" -> plain("BigIntegerField");
            case "INTEGER" -> plain("IntegerField");
            case "SMALLINT" -> plain("SmallIntegerField");
            case "TINYINT" -> new FieldType("SmallIntegerField", List.of(),
                    Optional.of("TINYINT: Django's smallest integer field is SmallIntegerField"));
            case "BOOLEAN" -> plain("BooleanField");
            case "DATE" -> plain("DateField");
            case "TIME" -> plain("TimeField");
            case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" -> plain("DateTimeField");
            case "DECIMAL", "NUMERIC" -> plain("DecimalField", "max_digits=" + column.size(),
                    "decimal_places=" + (column.scale() == null ? 0 : column.scale()));
            case "DOUBLE", "FLOAT", "REAL" -> plain("FloatField");
            case "VARBINARY" -> plain("BinaryField", "max_length=" + column.size());
            case "BINARY", "BLOB" -> plain("BinaryField");
            case "UUID" -> plain("UUIDField");
            default -> null;
        });
    }

    /** The field that numbers an identity primary key by itself, by the size of its integer. */
    static Optional<String> autoField(ColumnInfo column) {
        return Optional.ofNullable(switch (column.typeName()) {
            case "BIGINT" -> "BigAutoField";
            case "INTEGER" -> "AutoField";
            case "SMALLINT" -> "SmallAutoField";
            default -> null;
        });
    }

    /** DateField or DateTimeField: the fields that auto_now and auto_now_add apply to. */
    boolean holdsADate() {
        return fieldClass.equals("DateField") || fieldClass.equals("DateTimeField");
    }

    private static FieldType plain(String fieldClass, String... arguments) {
        return new FieldType(fieldClass, List.of(arguments), Optional.empty());
    }
}
