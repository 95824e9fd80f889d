package org.fklab.domain.console;

/** The SQL console's one mapped statement: whatever the learner typed, run as it is. */
public interface SqlConsoleMapper {

    ResultTable execute(ConsoleStatement statement);
}
