package org.fklab.domain.schema;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import java.util.Optional;

/** What a foreign key does to the rows pointing at a parent when the parent is deleted. */
public enum DeleteRule {
    CASCADE("CASCADE", "deleted with it"),
    SET_NULL("SET NULL", "left without a parent (set to NULL)"),
    SET_DEFAULT("SET DEFAULT", "pointed at the column's default"),
    RESTRICT("RESTRICT", "protecting it: the delete is refused while they exist"),
    /** HSQLDB records ON DELETE RESTRICT as NO ACTION: both refuse to delete a parent that has children. */
    NO_ACTION("NO ACTION", "protecting it: the delete is refused while they exist");

    private final String sql;
    private final String effect;

    DeleteRule(String sql, String effect) {
        this.sql = sql;
        this.effect = effect;
    }

    /** From the JDBC metadata code ({@link DatabaseMetaData#importedKeyCascade} and friends). */
    public static DeleteRule fromJdbc(int code) {
        switch (code) {
            case DatabaseMetaData.importedKeyCascade: return CASCADE;
            case DatabaseMetaData.importedKeySetNull: return SET_NULL;
            case DatabaseMetaData.importedKeySetDefault: return SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict: return RESTRICT;
            default: return NO_ACTION;
        }
    }

    /**
     * The rule a person typed: {@code set-null}, {@code SET NULL}, {@code set_null} (any case); empty when it is not a
     * rule.
     */
    public static Optional<DeleteRule> fromTyped(String typed) {
        String words = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[-_\\s]+", " ");
        for (DeleteRule rule : values()) {
            if (rule.sql.equals(words)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** The rules as typed in fklab's commands, for messages: cascade, set-null, set-default, restrict, no-action. */
    public static String typedNames() {
        return "cascade, set-null, set-default, restrict, no-action";
    }

    /** As typed in fklab's commands: {@code set-null}. */
    public String typed() {
        return sql.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** As written after ON DELETE. */
    public String sql() {
        return sql;
    }

    /** The rule as shown to people: NO ACTION says that RESTRICT is stored that way. */
    public String described() {
        return this == NO_ACTION ? "NO ACTION (what RESTRICT is stored as: refuses while children exist)" : sql;
    }

    /** What happens to the child rows, as a phrase. */
    public String effect() {
        return effect;
    }

    public boolean blocks() {
        return this == RESTRICT || this == NO_ACTION;
    }
}
