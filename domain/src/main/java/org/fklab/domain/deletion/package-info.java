/**
 * What deleting a parent does to the rows that point at it, worked out from the live foreign keys before the delete
 * and reported after it. {@link ParentDeletion} follows each key's ON DELETE rule (cascading on through the rows a
 * cascade deletes) into a {@link DeletionReport} of {@link ChildEffect}s; {@link DeletedRows} is the same for a DELETE
 * typed into {@code sql}, and {@link RefusedDelete} a DELETE a key refused. This is the lesson's point: a delete never
 * surprises, because fklab names every row it touched. Table and column names come from the schema
 * ({@link org.fklab.domain.schema}), never from what a person typed.
 */
package org.fklab.domain.deletion;
