package org.fklab.domain.schema.django;

import java.util.Optional;

import org.fklab.domain.schema.ColumnInfo;

/**
 * fklab fills created_at and updated_at as Django's auto_now_add and auto_now do; this says so in the words a
 * Django learner knows, with what the database itself does about them: no more than a DEFAULT at insert.
 */
record AutoNow(String argument, String note) {

    static Optional<AutoNow> of(ColumnInfo column, FieldType type) {
        if (!type.holdsADate()) {
            return Optional.empty();
        }
        boolean filledAtInsert = !PythonValue.none(column.defaultValue());
        String notKept = "the database does not maintain it: ";
        return Optional.ofNullable(switch (column.name()) {
            case "created_at" -> new AutoNow("auto_now_add=True", notKept + (filledAtInsert
                    ? "its DEFAULT gives the INSERT's time; an UPDATE may change it"
                    : "each INSERT must give it"));
            case "updated_at" -> new AutoNow("auto_now=True", notKept + (filledAtInsert
                    ? "its DEFAULT gives the INSERT's time; each UPDATE must set it"
                    : "each INSERT and UPDATE must set it"));
            default -> null;
        });
    }
}
