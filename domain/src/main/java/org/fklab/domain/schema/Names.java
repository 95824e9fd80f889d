package org.fklab.domain.schema;

import java.util.Locale;

/** HSQLDB keeps unquoted names in upper case; people read and type them in lower case. */
public final class Names {

    private Names() {
    }

    public static String display(String databaseName) {
        return databaseName.equals(databaseName.toUpperCase(Locale.ROOT))
                ? databaseName.toLowerCase(Locale.ROOT) : databaseName;
    }

    /** The stored name for what a person typed: unquoted names are upper-cased, quoted ones kept. */
    public static String stored(String typed) {
        if (typed.length() >= 2 && typed.startsWith("\"") && typed.endsWith("\"")) {
            return typed.substring(1, typed.length() - 1);
        }
        return typed.toUpperCase(Locale.ROOT);
    }
}
