package org.fklab.migrations.drift;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import javax.sql.DataSource;

/**
 * A digest of everything Liquibase's diff compares, from one query over HSQLDB's INFORMATION_SCHEMA: while it
 * and the applied migrations stay the same, so does the drift, and the diff need not run again.
 */
final class SchemaFingerprint {

    private static final String QUERY = String.join(" UNION ALL ",
            "SELECT 'column|' || TABLE_NAME || '|' || COLUMN_NAME || '|' || ORDINAL_POSITION || '|' || DATA_TYPE"
                    + " || '|' || COALESCE(CAST(CHARACTER_MAXIMUM_LENGTH AS VARCHAR(20)), '') || '|'"
                    + " || COALESCE(CAST(NUMERIC_PRECISION AS VARCHAR(20)), '') || '|'"
                    + " || COALESCE(CAST(NUMERIC_SCALE AS VARCHAR(20)), '') || '|' || COALESCE(COLUMN_DEFAULT, '<none>')"
                    + " || '|' || IS_NULLABLE || '|' || IS_IDENTITY AS ROW_TEXT"
                    + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = CURRENT_SCHEMA",
            "SELECT 'constraint|' || TABLE_NAME || '|' || CONSTRAINT_NAME || '|' || CONSTRAINT_TYPE"
                    + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = CURRENT_SCHEMA",
            "SELECT 'key|' || TABLE_NAME || '|' || CONSTRAINT_NAME || '|' || COLUMN_NAME || '|' || ORDINAL_POSITION"
                    + " FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = CURRENT_SCHEMA",
            "SELECT 'rule|' || CONSTRAINT_NAME || '|' || UNIQUE_CONSTRAINT_NAME || '|' || UPDATE_RULE || '|' || DELETE_RULE"
                    + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = CURRENT_SCHEMA",
            "SELECT 'index|' || TABLE_NAME || '|' || INDEX_NAME || '|' || NON_UNIQUE || '|' || ORDINAL_POSITION || '|'"
                    + " || COLUMN_NAME FROM INFORMATION_SCHEMA.SYSTEM_INDEXINFO WHERE TABLE_SCHEM = CURRENT_SCHEMA")
            + " ORDER BY 1";

    private SchemaFingerprint() {
    }

    static String of(DataSource dataSource) throws SQLException {
        MessageDigest digest = sha256();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(QUERY)) {
            while (rows.next()) {
                digest.update(rows.getString(1).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
