package org.fklab.domain.schema.django;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fklab.domain.DomainException;
import org.fklab.domain.schema.Schema;
import org.fklab.domain.schema.TableDescription;

/**
 * The Django models that the tables correspond to, written from their description as it is now, so that a
 * learner can read what the database holds in the code their tutorial taught them.
 */
public final class DjangoModels {

    private final List<TableDescription> tables;
    private final Relations relations;

    /** @param tables every table a learner works with, as {@link Schema#describeAll()} gives them */
    public DjangoModels(List<TableDescription> tables) {
        this.tables = ParentsFirst.order(tables);
        this.relations = Relations.of(tables);
    }

    /** Every table's model, each after the models it points at: a whole models.py. */
    public String all() {
        if (tables.isEmpty()) {
            throw new DomainException("There are no tables yet, so there are no models: no migration that creates"
                    + " one is applied. Run 'migrate'.");
        }
        return file(tables);
    }

    /** One table's model; {@code table} named as {@link Schema} shows it. */
    public String model(String table) {
        if (Schema.isBookkeeping(table)) {
            throw new DomainException(table + " is where Liquibase and fklab record which migrations are applied,"
                    + " not a table of models: Django keeps that record in its own django_migrations table, which no"
                    + " models.py declares. 'describe " + table + "' shows its columns; 'tables' lists the tables"
                    + " that are models.");
        }
        TableDescription found = tables.stream().filter(t -> t.name().equals(table)).findFirst()
                .orElseThrow(() -> new DomainException("There is no table named " + table + ". 'tables' lists them."));
        return file(List.of(found));
    }

    /** The classes after the imports they need, laid out as PEP 8 asks: two blank lines around each class. */
    private String file(List<TableDescription> chosen) {
        Set<String> imports = new TreeSet<>();
        List<String> classes = chosen.stream().map(t -> new ModelClass(t, relations, imports).text()).toList();
        String standard = imports.stream().filter(line -> !line.startsWith("from django"))
                .sorted((a, b) -> Boolean.compare(a.startsWith("from"), b.startsWith("from")))
                .map(line -> line + "\n").collect(Collectors.joining());
        String django = imports.stream().filter(line -> line.startsWith("from django")).map(line -> line + "\n")
                .collect(Collectors.joining());
        return (standard.isEmpty() ? "" : standard + "\n") + "from django.db import models\n" + django + "\n\n"
                + String.join("\n\n\n", classes) + "\n";
    }
}
