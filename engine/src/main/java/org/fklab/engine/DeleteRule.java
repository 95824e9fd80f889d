package org.fklab.engine;

import java.sql.DatabaseMetaData;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a foreign key does to the rows pointing at a parent when the parent is deleted: the one list of ON DELETE
 * rules, with each one's names as SQL writes it, as fklab's commands take it, and as JDBC's metadata reports it.
 */
public enum DeleteRule {
    CASCADE("CASCADE", DatabaseMetaData.importedKeyCascade, "importedKeyCascade", "deleted with it"),
    SET_NULL("SET NULL", DatabaseMetaData.importedKeySetNull, "importedKeySetNull", "left without a parent (set to NULL)"),
    SET_DEFAULT("SET DEFAULT", DatabaseMetaData.importedKeySetDefault, "importedKeySetDefault",
            "pointed at the column's default"),
    RESTRICT("RESTRICT", DatabaseMetaData.importedKeyRestrict, "importedKeyRestrict",
            "protecting it: the delete is refused while they exist"),
    /** HSQLDB records ON DELETE RESTRICT as NO ACTION: both refuse to delete a parent that has children. */
    NO_ACTION("NO ACTION", DatabaseMetaData.importedKeyNoAction, "importedKeyNoAction",
            "protecting it: the delete is refused while they exist");

    private final String sql;
    private final int jdbcCode;
    private final String jdbcName;
    private final String effect;

    DeleteRule(String sql, int jdbcCode, String jdbcName, String effect) {
        this.sql = sql;
        this.jdbcCode = jdbcCode;
        this.jdbcName = jdbcName;
        this.effect = effect;
    }

    /** From the JDBC metadata code ({@link DatabaseMetaData#importedKeyCascade} and friends). */
    public static DeleteRule fromJdbc(int code) {
        return Arrays.stream(values()).filter(rule -> rule.jdbcCode == code).findFirst().orElse(NO_ACTION);
    }

    /**
     * From the name of its JDBC metadata constant ({@code importedKeyCascade}), which is how Liquibase's
     * {@code ForeignKeyConstraintType} names the rules.
     */
    public static DeleteRule fromJdbcName(String name) {
        return Arrays.stream(values()).filter(rule -> rule.jdbcName.equals(name)).findFirst().orElse(NO_ACTION);
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
        return Arrays.stream(values()).map(DeleteRule::typed).collect(Collectors.joining(", "));
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
