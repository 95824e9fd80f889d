package org.fklab.tutorials.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fklab.domain.DomainException;
import org.fklab.domain.console.ResultTable;
import org.fklab.domain.console.SqlConsole;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.migrations.MigrationException;
import org.fklab.migrations.Migrations;
import org.fklab.tutorials.lesson.Condition;
import org.fklab.tutorials.lesson.Step;

/**
 * Decides whether a step is done by looking at the state it should have left (the data, the migrations,
 * the shell), never at what was typed: any correct way of doing the step passes.
 */
final class Checker {

    private final Sandbox sandbox;
    private final Migrations migrations;
    private final CheckContext context;

    Checker(Sandbox sandbox, Migrations migrations, CheckContext context) {
        this.sandbox = sandbox;
        this.migrations = migrations;
        this.context = context;
    }

    CheckResult check(Step step) {
        List<CheckResult.Outcome> outcomes = new ArrayList<>();
        for (Condition condition : step.check()) {
            outcomes.add(new CheckResult.Outcome(condition.missing(), holds(condition)));
        }
        return new CheckResult(outcomes);
    }

    private boolean holds(Condition condition) {
        if (condition instanceof Condition.Sql sql) {
            return firstValue(sql.sql()).equals(sql.expect().strip());
        }
        if (condition instanceof Condition.Applied applied) {
            return status(applied.migration()).map(Migrations.Status::applied).orElse(false);
        }
        if (condition instanceof Condition.Unapplied unapplied) {
            return status(unapplied.migration()).map(s -> !s.applied()).orElse(false);
        }
        if (condition instanceof Condition.Leaves leaves) {
            try {
                return migrations.graph().leaves().size() == leaves.count();
            } catch (MigrationException e) {
                return false;
            }
        }
        return context.explainOn() == ((Condition.Explain) condition).on();
    }

    /** The query's first value as text, NULL for null or no row; a query that fails does not hold. */
    private String firstValue(String sql) {
        try {
            ResultTable result = new SqlConsole(sandbox).run(sql).get(0).result();
            if (!result.hasRows() || result.rows().isEmpty()) {
                return "NULL";
            }
            Object value = result.rows().get(0).get(0);
            return value == null ? "NULL" : value.toString().strip();
        } catch (DomainException e) {
            return "\u0000a failed query equals nothing";
        }
    }

    private Optional<Migrations.Status> status(String nameOrPrefix) {
        try {
            String wanted = nameOrPrefix.toLowerCase(Locale.ROOT);
            List<Migrations.Status> matches = migrations.status().stream()
                    .filter(s -> s.migration().name().startsWith(wanted)).toList();
            return matches.size() == 1 ? Optional.of(matches.get(0)) : matches.stream()
                    .filter(s -> s.migration().name().equals(wanted)).findFirst();
        } catch (MigrationException e) {
            return Optional.empty();
        }
    }
}
