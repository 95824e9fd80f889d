package org.fklab.shell.repl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fklab.domain.console.SqlTokens;
import org.fklab.domain.console.SqlTokens.Kind;
import org.fklab.domain.console.SqlTokens.Token;
import org.fklab.domain.schema.ColumnInfo;
import org.fklab.domain.schema.ForeignKeyInfo;
import org.fklab.domain.schema.TableDescription;
import org.fklab.shell.session.ShellSession;
import org.jline.reader.Candidate;

/**
 * Completion inside a {@code sql} statement, from the live schema: tables after FROM or JOIN, the columns of
 * the tables the statement names ({@code b.} offers band's columns when {@code band b} is in it), keywords,
 * and after {@code JOIN table ON} the join condition its foreign key gives ({@code listing.band_id = band.id}).
 */
final class SqlCompleter {

    private static final Set<String> BEFORE_TABLE = Set.of("FROM", "JOIN", "UPDATE", "INTO", "TABLE", "DESCRIBE");
    private static final Set<String> ENDS_FROM_LIST = Set.of("WHERE", "GROUP", "ORDER", "HAVING", "LIMIT", "ON",
            "SET", "VALUES", "UNION", "JOIN", "LEFT", "RIGHT", "INNER", "FULL", "CROSS", "NATURAL");

    /** A table the statement names, under the name it is known by there (its alias, or itself). */
    private record TableRef(String table, String alias, int position) {
    }

    private final ShellSession session;

    SqlCompleter(ShellSession session) {
        this.session = session;
    }

    void complete(SqlLine line, List<Candidate> candidates) {
        String text = line.line();
        List<Token> statement = statementAround(SqlTokens.of(text), line.cursor());
        if (insideLiteralOrComment(statement, line.cursor())) {
            return;
        }
        String typed = line.word().substring(0, line.wordCursor());
        List<String> tables;
        try {
            tables = session.schema().tableNames();
        } catch (RuntimeException e) {
            return;
        }
        List<TableRef> refs = tableRefs(statement, tables);
        List<Token> before = statement.stream()
                .filter(t -> t.end() <= line.wordStart() && t.kind() != Kind.SPACE && t.kind() != Kind.COMMENT)
                .toList();
        Token previous = before.isEmpty() ? null : before.get(before.size() - 1);
        int dot = typed.lastIndexOf('.');
        if (dot >= 0) {
            String qualifier = typed.substring(0, dot);
            resolve(qualifier, refs, tables).ifPresent(table -> describe(table).columns().forEach(c ->
                    candidates.add(candidate(qualifier + "." + c.name(), "column", table))));
            return;
        }
        if (previous != null && BEFORE_TABLE.contains(previous.upper())) {
            tables.forEach(t -> candidates.add(candidate(t, "table", null)));
            return;
        }
        if (previous != null && previous.is("ON")) {
            joinConditions(before, refs).forEach(c -> candidates.add(candidate(c, "join condition", "foreign key")));
            if (typed.isEmpty() && !candidates.isEmpty()) {
                return;
            }
        }
        boolean lower = !typed.isEmpty() && typed.equals(typed.toLowerCase(Locale.ROOT));
        for (String keyword : SqlKeywords.COMMON) {
            String value = lower ? keyword.toLowerCase(Locale.ROOT) : keyword;
            candidates.add(candidate(value, "keyword", null));
        }
        Set<String> columns = new LinkedHashSet<>();
        for (TableRef ref : refs) {
            for (ColumnInfo column : describe(ref.table()).columns()) {
                columns.add(column.name());
                if (refs.size() > 1) {
                    columns.add(ref.alias() + "." + column.name());
                }
            }
        }
        columns.forEach(c -> candidates.add(candidate(c, "column", null)));
        tables.forEach(t -> candidates.add(candidate(t, "table", null)));
    }

    /** The tokens of the statement the cursor is in, between the semicolons around it. */
    private static List<Token> statementAround(List<Token> tokens, int cursor) {
        int from = 0;
        int to = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.SYMBOL && token.text().equals(";")) {
                if (token.end() <= cursor) {
                    from = i + 1;
                } else {
                    to = i;
                    break;
                }
            }
        }
        return tokens.subList(from, to);
    }

    private static boolean insideLiteralOrComment(List<Token> tokens, int cursor) {
        for (Token token : tokens) {
            if (token.start() < cursor && cursor <= token.end()) {
                switch (token.kind()) {
                    case COMMENT:
                        return !token.text().startsWith("/*") || cursor < token.end() || !token.finished();
                    case STRING:
                    case QUOTED_NAME:
                        return cursor < token.end() || !token.finished();
                    default:
                        return false;
                }
            }
        }
        return false;
    }

    /** The tables after FROM, JOIN, UPDATE and INTO (and the commas of a FROM list), with their aliases. */
    private static List<TableRef> tableRefs(List<Token> statement, List<String> tables) {
        List<Token> words = statement.stream().filter(t -> t.kind() != Kind.SPACE && t.kind() != Kind.COMMENT)
                .toList();
        List<TableRef> refs = new ArrayList<>();
        boolean inFromList = false;
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            if (token.is("FROM")) {
                inFromList = true;
            } else if (ENDS_FROM_LIST.contains(token.upper())) {
                inFromList = false;
            }
            boolean tableNext = BEFORE_TABLE.contains(token.upper())
                    || inFromList && token.kind() == Kind.SYMBOL && token.text().equals(",");
            if (!tableNext || i + 1 >= words.size()) {
                continue;
            }
            Token name = words.get(i + 1);
            Optional<String> table = tables.stream().filter(t -> t.equalsIgnoreCase(name.text())).findFirst();
            if (table.isEmpty()) {
                continue;
            }
            String alias = table.get();
            int next = i + 2;
            if (next < words.size() && words.get(next).is("AS")) {
                next++;
            }
            if (next < words.size() && words.get(next).kind() == Kind.WORD
                    && !SqlKeywords.isKeyword(words.get(next).text())) {
                alias = words.get(next).text();
            }
            refs.add(new TableRef(table.get(), alias, name.start()));
        }
        return refs;
    }

    private static Optional<String> resolve(String qualifier, List<TableRef> refs, List<String> tables) {
        return refs.stream().filter(r -> r.alias().equalsIgnoreCase(qualifier)).map(TableRef::table).findFirst()
                .or(() -> tables.stream().filter(t -> t.equalsIgnoreCase(qualifier)).findFirst());
    }

    /**
     * For {@code ... JOIN t [alias] ON}: a condition for each foreign key between t and a table named before it,
     * child side first ({@code listing.band_id = band.id}).
     */
    private List<String> joinConditions(List<Token> before, List<TableRef> refs) {
        int onAt = before.get(before.size() - 1).start();
        TableRef joined = null;
        for (TableRef ref : refs) {
            if (ref.position() < onAt) {
                joined = ref;
            }
        }
        if (joined == null) {
            return List.of();
        }
        Map<String, TableRef> earlier = new LinkedHashMap<>();
        for (TableRef ref : refs) {
            if (ref.position() < joined.position()) {
                earlier.putIfAbsent(ref.table(), ref);
            }
        }
        List<String> conditions = new ArrayList<>();
        TableDescription description = describe(joined.table());
        for (ForeignKeyInfo fk : description.foreignKeys()) {
            TableRef parent = earlier.get(fk.parentTable());
            if (parent != null) {
                conditions.add(joined.alias() + "." + fk.childColumn() + " = " + parent.alias() + "." + fk.parentColumn());
            }
        }
        for (ForeignKeyInfo fk : description.referencedBy()) {
            TableRef child = earlier.get(fk.childTable());
            if (child != null) {
                conditions.add(child.alias() + "." + fk.childColumn() + " = " + joined.alias() + "." + fk.parentColumn());
            }
        }
        return conditions;
    }

    private TableDescription describe(String table) {
        return session.schema().describe(table);
    }

    private static Candidate candidate(String value, String group, String description) {
        return new Candidate(value, value, group, description, null, null, true);
    }
}
