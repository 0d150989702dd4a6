package dev.baton.template;

import java.util.List;
import java.util.Optional;

/** A function a placeholder applies to its value ({@code <<name | fn>>}); every one is in {@link FunctionCatalog}. */
interface TemplateFunction {

    /** Whether the function takes an argument ({@code fn:argument}). */
    enum Arity { NONE, REQUIRED, OPTIONAL }

    String name();

    Arity arity();

    /** Why an argument cannot be used, found when the collection loads; empty when it can. */
    default Optional<String> problem(String argument) {
        return Optional.empty();
    }

    /** The variables the argument names (a key held in a variable), which must be defined. */
    default List<String> variables(String argument) {
        return List.of();
    }

    /**
     * The value after the function.
     *
     * @throws FunctionException when the value does not fit the function (not a number, not Base64...)
     */
    Functions.Value apply(Functions.Value value, String argument, Scope scope)
            throws FunctionException, TemplateException;

    /** The variables a function may read besides its value. */
    interface Scope {
        String valueOf(String name) throws TemplateException;

        boolean isSecret(String name);
    }

    /** A value that does not fit a function, and why. */
    final class FunctionException extends Exception {
        FunctionException(String why) {
            super(why, null, false, false);
        }
    }
}
