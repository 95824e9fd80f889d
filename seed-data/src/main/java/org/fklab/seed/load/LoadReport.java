package org.fklab.seed.load;

import java.util.List;
import java.util.Map;

/**
 * What a load inserted (or, for a dry run, would insert), table by table in load order, and for --replace
 * how many rows each emptied table had.
 */
public record LoadReport(List<TableCount> tables, Map<String, Long> emptied, boolean dryRun) {

    /** Rows from one file into one table. */
    public record TableCount(String source, String table, long rows) {
    }

    public LoadReport {
        tables = List.copyOf(tables);
        emptied = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(emptied));
    }

    public long totalRows() {
        return tables.stream().mapToLong(TableCount::rows).sum();
    }
}
