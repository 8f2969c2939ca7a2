package org.collections.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** A process variable with its name declared once and its type checked where it is read. */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;

    private ProcessVariable(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    public static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type);
    }

    public String name() {
        return name;
    }

    /** The value, or {@code null} when the variable is not set. */
    public T get(VariableScope scope) {
        return convert(scope.getVariable(name));
    }

    /** A value read another way (through the task service), as this variable's type. */
    public T from(Object value) {
        return convert(value);
    }

    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("process variable '" + name + "' is not set");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value);
    }

    @SuppressWarnings("unchecked")
    private T convert(Object value) {
        if (value == null || type.isInstance(value)) {
            return (T) value;
        }
        // Forms and REST clients send numbers as integer or double; ids are longs.
        if (type == Long.class && value instanceof Number n) {
            return (T) Long.valueOf(n.longValue());
        }
        if (type == String.class) {
            return (T) value.toString();
        }
        throw new IllegalStateException("process variable '" + name + "' is a " + value.getClass().getSimpleName()
                + ", expected " + type.getSimpleName());
    }
}
