package org.fklab.shell.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.fklab.domain.schema.ColumnInfo;
import org.fklab.engine.DeleteRule;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.Schema;
import org.fklab.domain.schema.TableDescription;

/**
 * The tables and foreign keys of the database, read once from the live schema, in the form every diagram
 * (terminal, SVG, DOT, Mermaid) draws: tables with their columns, and relationships from child to parent.
 */
public final class ErModel {

    /** A column; {@code references} names the tables its foreign keys point at (empty for other columns). */
    public record Column(String name, String type, boolean nullable, boolean primaryKey, List<String> references) {

        public boolean foreignKey() {
            return !references.isEmpty();
        }
    }

    /** A table and its columns in the order the database keeps them. */
    public record Table(String name, long rows, List<Column> columns) {
    }

    /**
     * A foreign key: many rows of {@code child} may point at one row of {@code parent}. {@code optional} when
     * the child column may be NULL (a child without a parent).
     */
    public record Relationship(String name, String child, List<String> columns, String parent,
                               List<String> parentColumns, DeleteRule rule, boolean optional) {

        public boolean selfReference() {
            return child.equals(parent);
        }

        /** {@code band_id}, or {@code a, b} for a key of several columns. */
        public String columnList() {
            return String.join(", ", columns);
        }

        /** {@code listing.band_id} */
        public String childEnd() {
            return end(child, columns);
        }

        /** {@code band.id} */
        public String parentEnd() {
            return end(parent, parentColumns);
        }

        private static String end(String table, List<String> columns) {
            return columns.size() == 1 ? table + "." + columns.get(0) : table + ".(" + String.join(", ", columns) + ")";
        }
    }

    private final List<Table> tables;
    private final List<Relationship> relationships;

    ErModel(List<Table> tables, List<Relationship> relationships) {
        this.tables = List.copyOf(tables);
        this.relationships = List.copyOf(relationships);
    }

    /** The database as it is now: every learner table (not Liquibase's or fklab's bookkeeping). */
    public static ErModel of(Schema schema) {
        return of(schema.describeAll());
    }

    static ErModel of(List<TableDescription> descriptions) {
        List<Table> tables = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        for (TableDescription d : descriptions) {
            Map<String, List<ForeignKeyInfo>> keys = new LinkedHashMap<>();
            d.foreignKeys().forEach(fk -> keys.computeIfAbsent(fk.name(), n -> new ArrayList<>()).add(fk));
            Map<String, List<String>> references = new HashMap<>();
            d.foreignKeys().forEach(fk -> references.computeIfAbsent(fk.childColumn(), c -> new ArrayList<>())
                    .add(fk.parentTable()));
            List<Column> columns = new ArrayList<>();
            for (ColumnInfo c : d.columns()) {
                columns.add(new Column(c.name(), c.type(), c.nullable(), d.primaryKey().contains(c.name()),
                        references.getOrDefault(c.name(), List.of()).stream().distinct().toList()));
            }
            tables.add(new Table(d.name(), d.rows(), columns));
            List<Relationship> own = new ArrayList<>();
            for (List<ForeignKeyInfo> key : keys.values()) {
                ForeignKeyInfo first = key.get(0);
                List<String> childColumns = key.stream().map(ForeignKeyInfo::childColumn).toList();
                boolean optional = columns.stream().anyMatch(c -> childColumns.contains(c.name()) && c.nullable());
                own.add(new Relationship(first.name(), d.name(), childColumns, first.parentTable(),
                        key.stream().map(ForeignKeyInfo::parentColumn).toList(), first.deleteRule(), optional));
            }
            List<String> order = columns.stream().map(Column::name).toList();
            own.sort(Comparator.comparingInt(r -> order.indexOf(r.columns().get(0))));
            relationships.addAll(own);
        }
        Set<String> drawn = new HashSet<>(tables.stream().map(Table::name).toList());
        relationships.removeIf(r -> !drawn.contains(r.parent())); // a key into bookkeeping tables is not the learner's
        return new ErModel(tables, relationships);
    }

    public List<Table> tables() {
        return tables;
    }

    public List<Relationship> relationships() {
        return relationships;
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * The tables in layers: first those that point at no other table, then each table one layer after the
     * furthest table it points at, so that parents come before their children. A cycle of foreign keys is
     * broken where it is found; a table pointing at itself does not count.
     */
    public List<List<Table>> layers() {
        Map<String, Integer> depths = new HashMap<>();
        for (Table table : tables) {
            depth(table.name(), depths, new HashSet<>());
        }
        Map<Integer, List<Table>> layers = new TreeMap<>();
        for (Table table : tables) {
            layers.computeIfAbsent(depths.get(table.name()), d -> new ArrayList<>()).add(table);
        }
        return List.copyOf(layers.values());
    }

    private int depth(String table, Map<String, Integer> depths, Set<String> visiting) {
        Integer known = depths.get(table);
        if (known != null) {
            return known;
        }
        if (!visiting.add(table) || table(table).isEmpty()) {
            return -1; // a cycle (or a parent that is not drawn): the table it started from goes first
        }
        int depth = 0;
        for (Relationship r : relationships) {
            if (r.child().equals(table) && !r.selfReference()) {
                depth = Math.max(depth, depth(r.parent(), depths, visiting) + 1);
            }
        }
        visiting.remove(table);
        depths.put(table, depth);
        return depth;
    }
}
