/**
 * The tutorial commands: {@link TutorialCommand} ({@code tutorial} and its subcommands: list, start, play, restart a
 * step) and {@link StepCommands}, the commands used inside a step ({@code next}, {@code hint}, {@code answer},
 * {@code solution}...). {@link LessonView} is how a step and a check's outcome are shown. The tutorial itself runs in
 * {@link org.fklab.tutorials.engine.TutorialEngine}; this package only reads what was typed and prints what it said.
 */
package org.fklab.shell.command.tutorial;
