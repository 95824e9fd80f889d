package org.fklab.domain.row;

import java.util.List;
import java.util.function.Function;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.fklab.domain.DomainException;
import org.fklab.domain.SqlErrors;
import org.fklab.domain.deletion.ChildEffect;
import org.fklab.domain.deletion.DeletionReport;
import org.fklab.domain.deletion.ParentDeletion;
import org.fklab.domain.deletion.RowRef;
import org.fklab.domain.sandbox.Sandbox;
import org.fklab.domain.schema.Names;

/** One delete, parent or child alike: find the row, read what its foreign keys will do, then delete or preview. */
final class Deletions {

    /** The row found and the mapped statement that deletes it. */
    record Target(RowRef row, Runnable delete) {
    }

    private Deletions() {
    }

    static DeletionReport delete(Sandbox sandbox, Kind kind, boolean dryRun, Function<SqlSession, Target> find) {
        Function<SqlSession, DeletionReport> work = session -> {
            Target target = find.apply(session);
            List<ChildEffect> effects = ParentDeletion.effects(session, kind.table(), target.row().id());
            DeletionReport preview = new DeletionReport(Names.display(kind.table()), target.row(), effects, false);
            if (dryRun || preview.blocked()) {
                return preview;
            }
            target.delete().run();
            return new DeletionReport(Names.display(kind.table()), target.row(), effects, true);
        };
        try {
            return dryRun ? sandbox.rolledBack(work) : sandbox.inTransaction(work);
        } catch (PersistenceException e) {
            throw new DomainException(SqlErrors.explain(e) + " Nothing was deleted.", e);
        }
    }
}
