package org.fklab.migrations.drift;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.fklab.migrations.apply.Bookkeeping;

/**
 * Which changeSets are applied, with Liquibase's checksum of each, as one string: two databases with the same
 * key were built by the same changes, so the schema their migrations make is the same.
 */
final class AppliedChangeSetsKey {

    private AppliedChangeSetsKey() {
    }

    static String of(DataSource dataSource) throws SQLException {
        return Bookkeeping.query(dataSource,
                "SELECT FILENAME, ID, AUTHOR, MD5SUM FROM DATABASECHANGELOG ORDER BY FILENAME, ORDEREXECUTED", rows -> {
                    StringBuilder key = new StringBuilder();
                    while (rows.next()) {
                        key.append(rows.getString(1)).append('|').append(rows.getString(2)).append('|')
                                .append(rows.getString(3)).append('|').append(rows.getString(4)).append('\n');
                    }
                    return key.toString();
                }).orElse("");
    }
}
