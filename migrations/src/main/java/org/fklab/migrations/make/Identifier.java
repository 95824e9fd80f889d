package org.fklab.migrations.make;

import java.util.Locale;
import java.util.regex.Pattern;

import org.fklab.migrations.MigrationException;

/** Table and column names a migration may use: letters, digits and underscores, starting with a letter. */
final class Identifier {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_]{0,59}");

    private Identifier() {
    }

    static String check(String typed, String what) {
        String name = typed.strip().toLowerCase(Locale.ROOT);
        if (!VALID.matcher(name).matches()) {
            throw new MigrationException("'" + typed + "' cannot be a " + what + " name: use letters, digits and"
                    + " underscores, starting with a letter (e.g. band_id).");
        }
        return name;
    }
}
