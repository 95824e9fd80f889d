package org.fklab.seed.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A CSV to load: the name used in messages ({@code bands.csv}), the table it fills when not taken from
 * that name, and how to open it (it may be read twice: once for its header, once for its rows). Its size in
 * bytes, or else the rows it holds, lets a progress bar say how much is left; -1 when unknown.
 */
public record CsvSource(String name, Optional<String> table, Opener opener, long size, long rows) {

    /** A source of known size in bytes. */
    public CsvSource(String name, Optional<String> table, Opener opener, long size) {
        this(name, table, opener, size, -1);
    }

    /** A source of unknown size. */
    public CsvSource(String name, Optional<String> table, Opener opener) {
        this(name, table, opener, -1, -1);
    }

    /** Rows made as they are read, {@code rows} of them. */
    public static CsvSource generated(String name, String table, long rows, Opener opener) {
        return new CsvSource(name, Optional.of(table), opener, -1, rows);
    }

    /** Opens the bytes of the CSV, from the start. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static CsvSource file(Path file, Optional<String> table) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1; // reading it will say what is wrong
        }
        return new CsvSource(file.toString(), table, () -> Files.newInputStream(file), size);
    }

    public static CsvSource resource(String path, String displayName) {
        return new CsvSource(displayName, Optional.empty(), () -> {
            InputStream in = CsvSource.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IOException("fklab's jar lacks " + path + "; rebuild it with ./fklab");
            }
            return in;
        });
    }

    /** The table named by the file: {@code band.csv} and {@code bands.csv} both name band. */
    public String tableFromName() {
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
