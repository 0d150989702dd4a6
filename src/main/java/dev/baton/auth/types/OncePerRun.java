package dev.baton.auth.types;

import dev.baton.auth.AuthFailure;

import java.util.function.Supplier;

/**
 * A value an auth block gets once for the whole run, shared by its iterations (the tokens of a device grant): made
 * by the first caller, the others waiting; a failure is kept too, so that each later step says it without trying
 * again.
 */
final class OncePerRun {

    private Object value;
    private AuthFailure failure;

    synchronized <T> T get(Supplier<T> make, Class<T> type) {
        if (value == null && failure == null) {
            try {
                value = make.get();
            } catch (AuthFailure e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return type.cast(value);
    }
}
