package org.fklab.seed.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.IoErrors;
import org.fklab.domain.SqlErrors;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.Names;
import org.fklab.domain.schema.Schema;
import org.fklab.domain.schema.SchemaMapper;
import org.fklab.seed.SeedException;
import org.fklab.seed.load.SeedMapper;

/**
 * Writes a table to a CSV that {@code seed load} reads back to the same rows: every column under its own
 * name (foreign keys as ids), in key order, every value quoted so that only NULL is left empty.
 */
public final class CsvExporter {

    /** Every value quoted, so an empty field can only mean NULL (and "" an empty text), as seed load reads it. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\n").get();

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** With its offset, which seed load reads back: 2024-05-01 14:30:00.123456+02:00. */
    private static final DateTimeFormatter TIMESTAMP_WITH_OFFSET = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    /** Column types whose values are bytes, not text. */
    private static final Pattern BINARY = Pattern.compile("BINARY|BLOB|ARRAY|^UUID$|^OTHER$");

    private final Sandbox sandbox;

    public CsvExporter(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Writes the table to {@code file} (replacing it) and returns the number of rows written. */
    public long export(String typedTable, Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            long rows = sandbox.rolledBack(session -> write(session, typedTable, partial));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return rows;
        } catch (IOException e) {
            throw new SeedException("Cannot write " + file + ": " + IoErrors.explain(e, file) + ".");
        } catch (UncheckedIOException e) {
            throw cannotWrite(file, e);
        } catch (PersistenceException e) {
            // MyBatis wraps what the row handler throws
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SeedException) {
                    throw (SeedException) t;
                }
                if (t instanceof UncheckedIOException) {
                    throw cannotWrite(file, (UncheckedIOException) t);
                }
            }
            throw new SeedException("Cannot export " + typedTable + ": " + SqlErrors.explain(e));
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // nothing useful to add
            }
        }
    }

    private static SeedException cannotWrite(Path file, UncheckedIOException e) {
        return new SeedException("Cannot write " + file + ": " + IoErrors.explain(e.getCause(), file) + ".");
    }

    private static long write(SqlSession session, String typedTable, Path file) {
        SchemaMapper schema = session.getMapper(SchemaMapper.class);
        String table;
        try {
            table = Schema.storedTableName(schema, typedTable);
        } catch (RuntimeException e) {
            throw new SeedException(e.getMessage());
        }
        List<ColumnInfo> columns = schema.findColumns(table);
        for (ColumnInfo column : columns) {
            if (BINARY.matcher(column.type()).find()) {
                throw new SeedException("seed export writes text, numbers, dates and booleans; "
                        + Names.display(table) + "." + column.name() + " is " + column.type() + ", which has no text"
                        + " form that seed load reads back. Export a table without it, or copy the table without"
                        + " that column first (CREATE TABLE ... AS SELECT).");
            }
        }
        List<String> key = schema.findPrimaryKey(table);
        long[] rows = {0};
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(columns.stream().map(ColumnInfo::name).toList());
            session.getMapper(SeedMapper.class).selectAll(table, key.size() == 1 ? key.get(0) : null, context -> {
                Map<String, Object> row = context.getResultObject();
                try {
                    for (ColumnInfo column : columns) {
                        printer.print(text(row.get(column.storedName())));
                    }
                    printer.println();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp) {
            return TIMESTAMP.format(((Timestamp) value).toLocalDateTime());
        }
        if (value instanceof LocalDateTime) {
            return TIMESTAMP.format((LocalDateTime) value);
        }
        if (value instanceof OffsetDateTime) {
            return TIMESTAMP_WITH_OFFSET.format((OffsetDateTime) value);
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Clob) {
            Clob clob = (Clob) value;
            try {
                return clob.getSubString(1, Math.toIntExact(clob.length()));
            } catch (SQLException e) {
                throw new SeedException("Cannot read a CLOB value: " + SqlErrors.explain(e));
            }
        }
        if (value instanceof byte[]) {
            throw new SeedException("seed export writes text, numbers, dates and booleans; this table has a binary"
                    + " column.");
        }
        return value.toString();
    }
}
