package org.fklab.tutorials.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.fklab.domain.sandbox.Sandbox;
import org.fklab.domain.schema.Schema;
import org.fklab.tutorials.lesson.LessonException;

/**
 * A fingerprint of everything a learner could lose: every row of every table, what Liquibase recorded as applied,
 * and the migration files in the workspace. Taken when fklab itself sets the workspace up, it tells later whether the
 * workspace still holds only what fklab put there, so that starting a lesson needs no question.
 */
final class WorkspaceState {

    private WorkspaceState() {
    }

    static String fingerprint(Sandbox sandbox, Path migrationsFolder) {
        MessageDigest digest = sha256();
        List<String> tables = new Schema(sandbox).tableNames();
        try (Connection connection = sandbox.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            add(digest, statement, "SELECT ID, AUTHOR, FILENAME FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
            for (String table : tables) {
                digest.update(("\u0001" + table).getBytes(StandardCharsets.UTF_8));
                add(digest, statement, "SELECT * FROM " + table + " ORDER BY 1");
            }
        } catch (SQLException e) {
            throw new LessonException("Cannot read the workspace's tables to see whether they hold your work: "
                    + e.getMessage(), e);
        }
        if (Files.isDirectory(migrationsFolder)) {
            try (Stream<Path> files = Files.list(migrationsFolder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(("\u0002" + file.getFileName()).getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new LessonException("Cannot read " + migrationsFolder + ": " + e.getMessage(), e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    digest.update(("\u0003" + rows.getString(i)).getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (SQLException e) {
            if (!sql.contains("DATABASECHANGELOG")) {
                throw e;
            }
            // a database Liquibase never touched has no record: nothing of it to add
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
