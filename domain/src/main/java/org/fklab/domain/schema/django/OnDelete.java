package org.fklab.domain.schema.django;

import java.util.Optional;

import org.fklab.engine.DeleteRule;

/** A foreign key's ON DELETE rule said as Django's on_delete, with a note where Django's nearest rule differs. */
record OnDelete(String argument, Optional<String> note) {

    /**
     * @param parent   the parent table, {@code band}
     * @param children what the child rows are called, {@code listings}
     */
    static OnDelete of(DeleteRule rule, String parent, String children) {
        return switch (rule) {
            case CASCADE -> new OnDelete("models.CASCADE", Optional.empty());
            case SET_NULL -> new OnDelete("models.SET_NULL", Optional.empty());
            case SET_DEFAULT -> new OnDelete("models.SET_DEFAULT", Optional.empty());
            case RESTRICT, NO_ACTION -> new OnDelete("models.DO_NOTHING", Optional.of("the database refuses to delete "
                    + ("aeiou".indexOf(parent.charAt(0)) >= 0 ? "an " : "a ") + parent + " that " + children
                    + " point at (ON DELETE " + rule.sql() + "); models.PROTECT or models.RESTRICT would refuse in"
                    + " Python, before any SQL runs"));
        };
    }
}
