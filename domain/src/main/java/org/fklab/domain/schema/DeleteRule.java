package org.fklab.domain.schema;

import java.sql.DatabaseMetaData;

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
