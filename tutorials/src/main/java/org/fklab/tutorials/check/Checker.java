package org.fklab.tutorials.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fklab.domain.DomainException;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.migrations.Migrations;
import org.fklab.tutorials.lesson.Condition;
import org.fklab.tutorials.lesson.Requirement;
import org.fklab.tutorials.lesson.Step;

/**
 * Decides whether a step is done by looking at the state it should have left (the data, the schema, the migrations,
 * the learner's answer, the shell), never at what was typed, so any correct way of doing the step passes; and when a
 * condition does not hold, says what is there instead.
 */
public final class Checker {

    private final Database database;
    private final DataChecks data;
    private final SchemaChecks schema;
    private final MigrationChecks migrations;
    private final boolean explainOn;

    /** @param explainOn whether the shell shows the SQL behind each command */
    public Checker(Sandbox sandbox, Migrations migrations, boolean explainOn) {
        this.database = new Database(sandbox);
        this.data = new DataChecks(database);
        this.schema = new SchemaChecks(database);
        this.migrations = new MigrationChecks(migrations);
        this.explainOn = explainOn;
    }

    /** The step's conditions, and those of what it builds on ({@code keep}) that no longer hold. */
    public CheckResult check(Step step, Optional<GivenAnswer> answer) {
        List<Outcome> offTrack = new ArrayList<>();
        for (Condition condition : step.keep()) {
            Outcome outcome = evaluate(condition, answer);
            if (!outcome.holds()) {
                offTrack.add(outcome);
            }
        }
        List<Outcome> outcomes = step.check().stream().map(c -> evaluate(c, answer)).toList();
        return new CheckResult(outcomes, offTrack);
    }

    public Outcome evaluate(Condition condition, Optional<GivenAnswer> answer) {
        Outcome outcome;
        try {
            outcome = outcome(condition.requirement(), answer, condition);
        } catch (DomainException e) {
            outcome = Outcome.fails(condition.says().orElse("The lesson's condition at " + condition.where()),
                    "its query failed here: " + e.getMessage());
        }
        return outcome.withRequirement(condition.says()).withAdvice(condition.missing()
                .filter(m -> !(condition.requirement() instanceof Requirement.Sql)));
    }

    /** The first value of a query, as text ("NULL" for null or no row): what an answer is compared with. */
    public String value(String sql) {
        return database.first(sql);
    }

    private Outcome outcome(Requirement requirement, Optional<GivenAnswer> answer, Condition condition) {
        if (requirement instanceof Requirement.Sql sql) {
            // the author's own sentences: says what is asked, missing what to tell when it is not there
            return Outcome.of(condition.says().orElse(""), database.first(sql.sql()).equals(sql.expect().strip()),
                    condition.missing().orElse(""));
        }
        if (requirement instanceof Requirement.Row row) {
            return data.row(row);
        }
        if (requirement instanceof Requirement.Count count) {
            return data.count(count);
        }
        if (requirement instanceof Requirement.Link link) {
            return data.link(link);
        }
        if (requirement instanceof Requirement.Column column) {
            return schema.column(column);
        }
        if (requirement instanceof Requirement.ForeignKey key) {
            return schema.foreignKey(key);
        }
        if (requirement instanceof Requirement.Migration written) {
            return migrations.written(written);
        }
        if (requirement instanceof Requirement.Applied applied) {
            return migrations.applied(applied);
        }
        if (requirement instanceof Requirement.Unapplied unapplied) {
            return migrations.unapplied(unapplied);
        }
        if (requirement instanceof Requirement.Leaves leaves) {
            return migrations.leaves(leaves);
        }
        if (requirement instanceof Requirement.NoDrift noDrift) {
            return migrations.noDrift(noDrift.wanted());
        }
        if (requirement instanceof Requirement.Answer question) {
            return answer(question, answer);
        }
        boolean on = ((Requirement.Explain) requirement).on();
        return Outcome.of("explain is " + (on ? "on" : "off"), explainOn == on, "it is " + (explainOn ? "on" : "off"));
    }

    private Outcome answer(Requirement.Answer question, Optional<GivenAnswer> answer) {
        String requirement = "Your answer is right";
        if (answer.isEmpty()) {
            return Outcome.fails(requirement, "you have not answered yet: type 'answer' and your answer");
        }
        boolean right = question.prediction() ? answer.get().rightWhenGiven()
                : Answers.matches(answer.get().text(), value(question.sql()));
        return Outcome.of(requirement, right, "'" + answer.get().text() + "' is not it");
    }
}
