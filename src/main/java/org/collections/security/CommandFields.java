package org.collections.security;

import java.lang.reflect.Field;

/**
 * Reads what an engine command was asked to do. Camunda's commands keep their arguments in protected fields
 * without getters; 7.24 is the last community release, so these names no longer change
 * ({@code CommandFieldsTest} fails loudly if one is missing).
 */
final class CommandFields {

    private CommandFields() {
    }

    @SuppressWarnings("unchecked")
    static <T> T read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (T) field.get(command);
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name + " of " + type.getName(), e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
    }
}
