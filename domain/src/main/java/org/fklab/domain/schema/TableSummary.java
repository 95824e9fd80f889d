package org.fklab.domain.schema;

/** A table's name and row count, as {@code tables} lists them. */
public record TableSummary(String name, long rows, boolean liquibaseBookkeeping) {
}
