package org.regionalcoop.kernel;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One process variable: its name, as the BPMN expressions, forms and decision tables know it, and its type,
 * with how a value is stored in the engine. Declared once in the process's constants holder, e.g.
 * {@code VAR_ROUND = integerVariable("round")}, and every delegate, listener and test reads and writes the
 * variable through it ({@code VAR_ROUND.from(execution).get()}, {@code VAR_ROUND.on(execution).set(2)}), in the
 * style of camunda-bpm-data, so no code casts what the engine returns and a change of type happens in one place.
 * <p>
 * Values are stored as what the models compare and the forms show: text, booleans, numbers; identifiers, keyed
 * enums, amounts, instants and durations as their text (ISO-8601 for time), which a form or a query can use as is.
 *
 * @param <T> the type delegates see
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Function<Object, T> read;
    private final Function<T, Object> write;

    private ProcessVariable(String name, Function<Object, T> read, Function<T, Object> write) {
        this.name = Objects.requireNonNull(name, "name");
        this.read = read;
        this.write = write;
    }

    /**
     * A variable of any type: {@code read} turns what the engine stores (never null) into the value, {@code write}
     * the value (never null) into what the engine stores.
     */
    public static <T> ProcessVariable<T> variable(String name, Function<Object, T> read, Function<T, Object> write) {
        return new ProcessVariable<>(name, read, write);
    }

    /** Text. A form's number field arrives as a number, which is read as its decimal text. */
    public static ProcessVariable<String> stringVariable(String name) {
        return variable(name, Object::toString, value -> value);
    }

    /** A flag; a form may submit it as text. */
    public static ProcessVariable<Boolean> booleanVariable(String name) {
        return variable(name, value -> value instanceof Boolean flag ? flag : Boolean.parseBoolean(value.toString()),
                value -> value);
    }

    public static ProcessVariable<Integer> integerVariable(String name) {
        return variable(name, value -> ((Number) value).intValue(), value -> value);
    }

    public static ProcessVariable<Long> longVariable(String name) {
        return variable(name, value -> ((Number) value).longValue(), value -> value);
    }

    /** A decision table's share or ratio; never money. */
    public static ProcessVariable<Double> doubleVariable(String name) {
        return variable(name, value -> ((Number) value).doubleValue(), value -> value);
    }

    /** Yuan, stored as decimal text (as forms show and submit amounts), never as a floating-point number. */
    public static ProcessVariable<Money> moneyVariable(String name) {
        return variable(name, Money::of, Money::toString);
    }

    /** A typed identifier, stored as its text form ({@code toString()}), read back with {@code parse}. */
    public static <I> ProcessVariable<I> idVariable(String name, Function<String, I> parse) {
        return variable(name, value -> parse.apply(value.toString()), Object::toString);
    }

    /** A {@link Keyed} enum, stored as its kebab-case key, which the models' conditions compare. */
    public static <E extends Enum<E> & Keyed> ProcessVariable<E> keyedVariable(String name, Class<E> type) {
        return variable(name, value -> Keyed.fromKey(type, value.toString()), Keyed::key);
    }

    /** An instant, stored as ISO-8601 UTC text. */
    public static ProcessVariable<Instant> instantVariable(String name) {
        return variable(name, value -> Instant.parse(value.toString()), Instant::toString);
    }

    /** A date a timer or a task's due date reads from an expression. */
    public static ProcessVariable<Date> dateVariable(String name) {
        return variable(name, value -> (Date) value, value -> value);
    }

    /** A duration, stored as ISO-8601 text, which a timer's duration reads from an expression. */
    public static ProcessVariable<Duration> durationVariable(String name) {
        return variable(name, value -> Duration.parse(value.toString()), Duration::toString);
    }

    /** A list, e.g. a multi-instance collection, whose elements are stored as text and read with {@code parse}. */
    public static <E> ProcessVariable<List<E>> listVariable(String name, Function<String, E> parse) {
        return variable(name, value -> ((List<?>) value).stream().map(element -> parse.apply(element.toString())).toList(),
                value -> value.stream().map(Object::toString).toList());
    }

    /** The name the models, forms and decision tables use. */
    public String name() {
        return name;
    }

    /** What the engine stores for {@code value}: for a query by value or a map of start variables. */
    public Object stored(T value) {
        return value == null ? null : write.apply(value);
    }

    /** Reads this variable where {@code scope} sees it. */
    public Reader<T> from(VariableScope scope) {
        return new Reader<>(this, () -> scope.getVariable(name), () -> scope.getVariableLocal(name));
    }

    /** Reads this variable of an execution from outside the engine's call. */
    public Reader<T> from(RuntimeService runtime, String executionId) {
        return new Reader<>(this, () -> runtime.getVariable(executionId, name),
                () -> runtime.getVariableLocal(executionId, name));
    }

    /** Reads this variable of a task from outside the engine's call. */
    public Reader<T> from(TaskService tasks, String taskId) {
        return new Reader<>(this, () -> tasks.getVariable(taskId, name), () -> tasks.getVariableLocal(taskId, name));
    }

    /** Reads this variable from a map of variables, e.g. a form's submitted values. */
    public Reader<T> from(Map<String, ?> variables) {
        return new Reader<>(this, () -> variables.get(name), () -> variables.get(name));
    }

    /** Writes this variable where {@code scope} sees it. */
    public Writer<T> on(VariableScope scope) {
        return new Writer<T>() {
            @Override
            public void set(T value) {
                scope.setVariable(name, stored(value));
            }

            @Override
            public void setLocal(T value) {
                scope.setVariableLocal(name, stored(value));
            }

            @Override
            public void setTransient(T value) {
                // The engine refuses a transient value where one of the name is stored: a process that stored it
                // before it became transient drops the stored one (the scope's variables are loaded to set any).
                TypedValue kept = scope.getVariableLocalTyped(name, false);
                if (kept != null && !kept.isTransient()) {
                    scope.removeVariableLocal(name);
                }
                scope.setVariableLocal(name, org.camunda.bpm.engine.variable.Variables.untypedValue(stored(value), true));
            }

            @Override
            public void remove() {
                scope.removeVariable(name);
            }
        };
    }

    /** Writes this variable into a map of variables, e.g. a process's start variables or a message's. */
    public Writer<T> on(Map<String, Object> variables) {
        return new Writer<T>() {
            @Override
            public void set(T value) {
                variables.put(name, stored(value));
            }

            @Override
            public void setLocal(T value) {
                set(value);
            }

            @Override
            public void setTransient(T value) {
                variables.put(name, org.camunda.bpm.engine.variable.Variables.untypedValue(stored(value), true));
            }

            @Override
            public void remove() {
                variables.remove(name);
            }
        };
    }

    /** Variables to start a process or correlate a message with, each set through its declaration. */
    public static Variables variables() {
        return new Variables();
    }

    @Override
    public String toString() {
        return name;
    }

    /** A map of variables built through their declarations. */
    public static final class Variables {

        private final Map<String, Object> values = new HashMap<>();

        private Variables() {
        }

        public <T> Variables set(ProcessVariable<T> variable, T value) {
            variable.on(values).set(value);
            return this;
        }

        public Map<String, Object> build() {
            return values;
        }
    }

    /** The value of one variable in one place. */
    public static final class Reader<T> {

        private final ProcessVariable<T> variable;
        private final Supplier<Object> value;
        private final Supplier<Object> local;

        private Reader(ProcessVariable<T> variable, Supplier<Object> value,
                       Supplier<Object> local) {
            this.variable = variable;
            this.value = value;
            this.local = local;
        }

        /** The value; a missing or null variable is a modelling error. */
        public T get() {
            return getOptional().orElseThrow(() -> new IllegalStateException("process variable '" + variable.name
                    + "' is not set"));
        }

        public Optional<T> getOptional() {
            return Optional.ofNullable(value.get()).map(variable.read);
        }

        /** The value, or null where the model leaves the variable empty (an optional form field). */
        public T getOrNull() {
            return getOptional().orElse(null);
        }

        /** The value set on this very scope, e.g. a task's input parameter. */
        public T getLocal() {
            return getLocalOptional().orElseThrow(() -> new IllegalStateException("local process variable '"
                    + variable.name + "' is not set"));
        }

        public Optional<T> getLocalOptional() {
            return Optional.ofNullable(local.get()).map(variable.read);
        }
    }

    /** Sets one variable in one place. */
    public interface Writer<T> {

        /** Sets the value where the variable already exists up the scopes, else on the process instance. */
        void set(T value);

        /** Sets the value on this very scope, so parallel branches keep their own. */
        void setLocal(T value);

        /**
         * Sets the value on this very scope for the current transaction only: the engine neither stores nor
         * deletes it, and it is gone when the process next waits. For a value a decision table, a gateway or a
         * task's expression reads before that, and nothing after.
         */
        void setTransient(T value);

        /**
         * Removes the variable where it exists up the scopes. One created in the same transaction costs the engine
         * no statement at all.
         */
        void remove();
    }
}
