package org.fklab.domain.schema.django;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fklab.domain.schema.TableDescription;

/** Puts each table after the tables its foreign keys point at, the order in which one reads a models.py. */
final class ParentsFirst {

    private ParentsFirst() {
    }

    /** Otherwise in the order given; tables that point at each other in a circle keep that order too. */
    static List<TableDescription> order(List<TableDescription> tables) {
        List<TableDescription> left = new ArrayList<>(tables);
        List<TableDescription> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (!left.isEmpty()) {
            TableDescription next = left.stream().filter(table -> table.foreignKeys().stream()
                            .allMatch(key -> key.parentTable().equals(table.name()) || placed.contains(key.parentTable())
                                    || left.stream().noneMatch(t -> t.name().equals(key.parentTable()))))
                    .findFirst().orElse(left.get(0)); // a circle: Django's "Parent" strings allow any order
            left.remove(next);
            ordered.add(next);
            placed.add(next.name());
        }
        return ordered;
    }
}
