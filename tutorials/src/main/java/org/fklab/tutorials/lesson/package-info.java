/**
 * The lessons as their files state them: {@link LessonCatalog} lists the built-in lessons and those an instructor put
 * in the workspace, {@link LessonReader} reads one into a {@link Lesson} of {@link Step}s, each with its
 * {@link Condition}s ({@link Requirement}s) and its {@link Attempt}s. Anything missing or misspelt is reported as a
 * {@link LessonException} with the file and line, so that an author fixes a lesson without reading Java, and
 * {@link LessonValidator} does the same to every built-in lesson during the build. The form is described in
 * tutorials/LESSONS.md.
 */
package org.fklab.tutorials.lesson;
