package org.fklab.shell.command;

import java.lang.reflect.Constructor;

import org.fklab.shell.session.ShellSession;

import picocli.CommandLine;

/** Creates command objects with what they need: the session, and for some the command registry. */
final class CommandFactory implements CommandLine.IFactory {

    private final ShellSession session;
    private final CommandRegistry registry;

    CommandFactory(ShellSession session, CommandRegistry registry) {
        this.session = session;
        this.registry = registry;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 2 && parameters[0] == ShellSession.class && parameters[1] == CommandRegistry.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(session, registry));
            }
            if (parameters.length == 1 && parameters[0] == ShellSession.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(session));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
