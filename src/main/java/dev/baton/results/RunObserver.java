package dev.baton.results;

import java.util.Map;

/**
 * Receives what the engine records, for reports beyond what the JUnit Platform carries (requests, responses,
 * captures, assertions) and for exporting variables. Calls may come from several threads.
 */
public interface RunObserver {

    /** Observes nothing. */
    RunObserver NONE = new RunObserver() {
        @Override
        public boolean wantsSteps() {
            return false;
        }
    };

    /** Whether {@link #stepFinished} is of use: when it is not, the engine records no exchanges. */
    default boolean wantsSteps() {
        return true;
    }

    /** A step ended, passed or not, or was skipped. */
    default void stepFinished(StepRecord step) {
    }

    /**
     * A collection (or one iteration of it) ended, with the variables it had at the end.
     *
     * @param collection the collection's name
     * @param iteration  the iteration's name, or {@code null}
     * @param variables  variable name to value, with whether the value is secret
     */
    default void collectionFinished(String collection, String iteration, Map<String, ExportedValue> variables) {
    }

    /**
     * A variable's value at the end of a run.
     *
     * @param value  the value, unmasked
     * @param secret whether it is secret
     */
    record ExportedValue(String value, boolean secret) {
    }
}
