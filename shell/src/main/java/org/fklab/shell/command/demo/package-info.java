/**
 * {@code demo}: {@link DemoCommand} lists the instructor's demos, shows one, copies one into the workspace to edit,
 * and runs one for a projector, paced by Enter or by a delay. The demos themselves are in
 * {@link org.fklab.shell.demo}; running one is running a script ({@link org.fklab.shell.command.script.PacedRun}).
 */
package org.fklab.shell.command.demo;
