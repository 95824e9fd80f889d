package org.fklab.shell.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command that changes the workspace (data, schema or migrations): fklab saves an undo snapshot
 * before running it, unless it is only asked to preview (--dry-run, --plan) or to write files (--out).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ChangesWorkspace {

    /**
     * True for a command made of steps that each stand once done (migrations one by one, a demo's commands):
     * when it fails midway the workspace has changed all the same, so its undo snapshot is kept.
     */
    boolean inSteps() default false;

    /** True for a command that only lists when given no argument ({@code restore} lists the snapshots). */
    boolean onlyWithArguments() default false;
}
