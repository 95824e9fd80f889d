package org.fklab.seed.load;

import java.util.List;

/** What a load inserted (or, for a dry run, would insert), table by table in load order. */
public record LoadReport(List<TableCount> tables, boolean dryRun) {

    /** Rows from one file into one table. */
    public record TableCount(String source, String table, long rows) {
    }

    public LoadReport {
        tables = List.copyOf(tables);
    }

    public long totalRows() {
        return tables.stream().mapToLong(TableCount::rows).sum();
    }
}
