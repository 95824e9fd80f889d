package org.fklab.shell.repl;

import java.util.Optional;

import org.fklab.domain.console.SqlTokens;
import org.fklab.domain.console.SqlTokens.Token;
import org.fklab.shell.command.CommandRegistry;
import org.fklab.shell.command.habit.Habits;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import picocli.CommandLine;

/**
 * Colours the line as it is typed: a known command and its subcommand in bold, an unknown command in red,
 * options, quoted values; in a {@code sql} statement, or a line of bare SQL, its keywords, literals, numbers and
 * comments. Nothing at all without colour ({@code NO_COLOR}, {@code --no-color}, a dumb terminal).
 */
public final class FklabHighlighter implements Highlighter {

    private static final AttributedStyle COMMAND = AttributedStyle.BOLD;
    private static final AttributedStyle UNKNOWN = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    private static final AttributedStyle OPTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle TEXT = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint();

    private final CommandRegistry registry;
    private final boolean color;

    public FklabHighlighter(CommandRegistry registry, boolean color) {
        this.registry = registry;
        this.color = color;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!color) {
            return new AttributedString(buffer);
        }
        AttributedStringBuilder line = new AttributedStringBuilder();
        if (FklabParser.isSql(buffer)) {
            int start = FklabParser.sqlStart(buffer);
            if (start > 0) {
                int command = start - FklabParser.SQL.length();
                line.append(buffer.substring(0, command)).styled(COMMAND, FklabParser.SQL);
            }
            sql(line, buffer.substring(start));
        } else {
            command(line, buffer);
        }
        return line.toAttributedString();
    }

    private static void sql(AttributedStringBuilder line, String text) {
        for (Token token : SqlTokens.of(text)) {
            AttributedStyle style = switch (token.kind()) {
                case WORD -> SqlKeywords.isKeyword(token.text()) ? KEYWORD : AttributedStyle.DEFAULT;
                case STRING -> TEXT;
                case NUMBER -> NUMBER;
                case COMMENT -> COMMENT;
                default -> AttributedStyle.DEFAULT;
            };
            line.styled(style, token.text());
        }
    }

    /** Words as the shell splits them: spaces between, quotes keeping a value with spaces together. */
    private void command(AttributedStringBuilder line, String text) {
        int i = 0;
        int word = 0;
        Optional<CommandLine> command = Optional.empty();
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                line.append(text.charAt(i++));
                continue;
            }
            if (text.charAt(i) == '#') {
                line.styled(COMMENT, text.substring(i)); // a comment, to the end of the line
                return;
            }
            int end = wordEnd(text, i);
            String value = text.substring(i, end);
            boolean finished = end < text.length();
            AttributedStyle style = AttributedStyle.DEFAULT;
            if (word == 0) {
                command = registry.find(value);
                style = command.isPresent() || Habits.find(value).isPresent() ? COMMAND
                        : finished ? UNKNOWN : AttributedStyle.DEFAULT;
            } else if (value.startsWith("-")) {
                style = OPTION;
            } else if (value.startsWith("\"") || value.startsWith("'")) {
                style = TEXT;
            } else if (word == 1 && command.isPresent() && command.get().getSubcommands().containsKey(value)) {
                style = COMMAND;
            }
            line.styled(style, value);
            word++;
            i = end;
        }
    }

    private static int wordEnd(String text, int start) {
        char quote = text.charAt(start) == '"' || text.charAt(start) == '\'' ? text.charAt(start) : 0;
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (quote != 0 ? c == quote : Character.isWhitespace(c)) {
                return quote != 0 ? i + 1 : i;
            }
            i++;
        }
        return text.length();
    }
}
