import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;

/**
 * The plain-JDBC baseline for bench/seed.sh: the same rows, read with a bare split, inserted with JDBC
 * batches of 5,000 and a commit after each, into an HSQLDB file database with fklab's settings.
 * Usage: java -cp hsqldb.jar:. JdbcLoad DATABASE_FOLDER CSV_FOLDER
 */
public final class JdbcLoad {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:hsqldb:file:" + args[0] + "/fklab;hsqldb.write_delay=false;hsqldb.default_table_type=cached"
                + ";hsqldb.lock_file=false;sql.pad_space=false";
        try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM listing");
                statement.execute("DELETE FROM band");
            }
            load(connection, Path.of(args[1], "band.csv"), "INSERT INTO band (id, name) VALUES (?, ?)", false);
            load(connection, Path.of(args[1], "listing.csv"), "INSERT INTO listing (id, title, band_id) VALUES (?, ?, ?)", true);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    private static void load(Connection connection, Path file, String sql, boolean withBand) throws Exception {
        try (BufferedReader reader = Files.newBufferedReader(file); PreparedStatement insert = connection.prepareStatement(sql)) {
            reader.readLine();
            int pending = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", -1);
                insert.setLong(1, Long.parseLong(fields[0]));
                insert.setString(2, fields[1]);
                if (withBand) {
                    if (fields[2].isEmpty()) {
                        insert.setNull(3, Types.BIGINT);
                    } else {
                        insert.setLong(3, Long.parseLong(fields[2]));
                    }
                }
                insert.addBatch();
                if (++pending == 5000) {
                    insert.executeBatch();
                    connection.commit();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
                connection.commit();
            }
        }
    }
}
