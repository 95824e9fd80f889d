package org.fklab.shell.command.data;

import java.util.ArrayList;
import java.util.List;

import org.fklab.domain.deletion.ChildEffect;
import org.fklab.domain.deletion.RowRef;
import org.fklab.engine.DeleteRule;
import org.fklab.shell.render.Values;

/**
 * The sentences that say what deleting parents did, or would do, to the rows pointing at them, one foreign key
 * at a time: {@code band delete} and a DELETE typed in {@code sql} word it alike.
 */
public final class ChildEffectLines {

    private ChildEffectLines() {
    }

    /**
     * A sentence per foreign key that had rows pointing at the deleted rows, each followed by those rows and what
     * their own deletion did in turn.
     *
     * @param conditional whether the delete has not happened (a dry run, or a refusal): "would be deleted"
     */
    public static List<String> of(List<ChildEffect> effects, boolean conditional, String indent) {
        return of(effects, conditional, indent, 1);
    }

    /** @param parents how many rows were deleted: the children were deleted "with it", or "with them" */
    public static List<String> of(List<ChildEffect> effects, boolean conditional, String indent, int parents) {
        List<String> lines = new ArrayList<>();
        describe(effects, conditional, indent, parents == 1 ? "it" : "them", lines);
        return lines;
    }

    private static void describe(List<ChildEffect> effects, boolean conditional, String indent, String parent,
                                 List<String> lines) {
        for (ChildEffect effect : effects) {
            if (effect.rows().isEmpty()) {
                continue;
            }
            DeleteRule rule = effect.key().deleteRule();
            String child = effect.key().childTable();
            String column = effect.key().childColumn();
            long n = effect.rows().size();
            String rows = Values.count(n, child);
            String because = effect.key().name() + " is ON DELETE " + rule.sql() + ", so ";
            String sentence;
            switch (rule) {
                case CASCADE:
                    sentence = rows + (conditional ? " would be" : (n == 1 ? " was" : " were")) + " deleted with "
                            + parent + ":";
                    break;
                case SET_NULL:
                    sentence = rows + (conditional ? " would" : (n == 1 ? " now has" : " now have"))
                            + (conditional ? " have" : "") + " no " + effect.key().parentTable() + " (" + column
                            + (conditional ? " would be set" : " set") + " to NULL):";
                    break;
                case SET_DEFAULT:
                    sentence = rows + (conditional ? " would" : "") + " point" + (conditional || n != 1 ? "" : "s")
                            + " at the default instead (" + column + " = " + effect.defaultValue() + "):";
                    break;
                default:
                    sentence = rows + " still point" + (n == 1 ? "s" : "") + " at " + parent
                            + ", so the delete is refused"
                            + (rule == DeleteRule.NO_ACTION ? " (RESTRICT is stored as NO ACTION)" : "") + ":";
                    because = effect.key().name() + " is ON DELETE " + rule.sql() + " and ";
                    break;
            }
            lines.add(indent + because + sentence);
            for (RowRef ref : effect.rows()) {
                lines.add(indent + "  " + ref);
            }
            describe(effect.further(), conditional, indent + "  ", "it", lines);
        }
    }
}
