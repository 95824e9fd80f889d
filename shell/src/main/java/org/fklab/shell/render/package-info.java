/**
 * How fklab writes for people: {@link Console} (results on {@code out}, problems on {@code err}, fitted to the
 * screen), {@link BoxTable}, {@link Styles}, {@link Glyphs} and {@link LineWrap}, with plain text and ASCII wherever
 * colour or line drawing cannot be shown. {@link StatementLog} prints what {@code explain on} recorded and
 * {@link ProgressBar} shows a long load. It uses nothing else in the shell, so every other package can write through
 * it, and the commands never write escape codes of their own.
 */
package org.fklab.shell.render;
