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
        java.util.Map<String, Long> shown = new java.util.LinkedHashMap<>();
        emptied.forEach((table, rows) -> shown.put(org.fklab.domain.schema.Names.display(table), rows));
        emptied = java.util.Collections.unmodifiableMap(shown);
    }

    public long totalRows() {
        return tables.stream().mapToLong(TableCount::rows).sum();
    }
}
