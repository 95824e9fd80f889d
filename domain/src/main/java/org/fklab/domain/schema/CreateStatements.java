package org.fklab.domain.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.fklab.domain.DomainException;
import org.fklab.domain.sandbox.Sandbox;

/**
 * The tables as the database itself would create them: each table's CREATE TABLE with its keys and constraints,
 * then its indexes, taken from HSQLDB's own script of the database (what sqlite3's {@code .schema} shows). Only
 * laid out, one column or constraint a line; the words are HSQLDB's.
 */
public final class CreateStatements {

    private static final String SCHEMA = "PUBLIC.";

    private final Sandbox sandbox;

    public CreateStatements(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** The statements that create the table a person named (in any case), each ended by {@code ;}. */
    public String table(String typedName) {
        return sandbox.rolledBack(session -> {
            SchemaMapper mapper = session.getMapper(SchemaMapper.class);
            String table = Schema.storedTableName(mapper, typedName);
            return text(mapper.findScript(), List.of(table));
        });
    }

    /** The statements of every table a learner works with (not Liquibase's own), in the order HSQLDB creates them. */
    public String all() {
        return sandbox.rolledBack(session -> {
            SchemaMapper mapper = session.getMapper(SchemaMapper.class);
            List<String> tables = mapper.findTableNames().stream().filter(t -> !Schema.isBookkeeping(t)).toList();
            if (tables.isEmpty()) {
                throw new DomainException("There are no tables yet: no migration that creates one is applied. Run"
                        + " 'migrate'.");
            }
            return text(mapper.findScript(), tables);
        });
    }

    private static String text(List<String> script, List<String> tables) {
        List<String> statements = new ArrayList<>();
        for (String statement : script) {
            if (tables.stream().anyMatch(table -> defines(statement, table))) {
                statements.add(laidOut(statement) + ";");
            }
        }
        return statements.stream().map(s -> s + "\n").collect(Collectors.joining());
    }

    /**
     * Whether the statement creates the table, one of its indexes or a constraint added to it afterwards; not the
     * statement that moves its identity counter on, which is data rather than definition.
     */
    static boolean defines(String statement, String table) {
        for (String name : List.of(SCHEMA + table, SCHEMA + "\"" + table.replace("\"", "\"\"") + "\"")) {
            if (statement.matches("CREATE (\\w+ )*TABLE \\Q" + name + "\\E\\(.*")
                    || statement.matches("CREATE (UNIQUE )?INDEX \\S+ ON \\Q" + name + "\\E\\(.*")
                    || statement.startsWith("ALTER TABLE " + name + " ADD ")) {
                return true;
            }
        }
        return false;
    }

    /** A CREATE TABLE with each column and constraint on a line of its own; other statements as they are. */
    static String laidOut(String statement) {
        if (!statement.startsWith("CREATE ") || !statement.contains(" TABLE ")) {
            return statement;
        }
        int name = statement.indexOf(" TABLE ") + " TABLE ".length() + SCHEMA.length();
        int open = statement.indexOf('(', statement.startsWith("\"", name) ? closingQuote(statement, name) : name);
        if (open < 0) {
            return statement;
        }
        StringBuilder text = new StringBuilder(statement.substring(0, open + 1)).append("\n    ");
        int depth = 0;
        char quote = 0;
        for (int i = open + 1; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote; // a doubled quote closes and opens again: the same either way
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth == 0) {
                return text.append("\n").append(statement.substring(i)).toString();
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                text.append(",\n    ");
                continue;
            }
            text.append(c);
        }
        return statement; // the parentheses do not close: show it as HSQLDB wrote it
    }

    /** Where the quoted name starting at {@code at} ends ({@code ""} inside it is a quote, not its end). */
    private static int closingQuote(String text, int at) {
        int i = at + 1;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return text.length();
    }
}
