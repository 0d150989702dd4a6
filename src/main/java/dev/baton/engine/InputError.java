package dev.baton.engine;

/**
 * A user file that turned bad while the run went on (a {@code --data} file that no longer reads on a later pass):
 * the container that met it fails with this message, already masked, and the run ends as a bad input (exit 2),
 * not as a fault in Baton.
 */
public final class InputError extends RuntimeException {

    InputError(String message) {
        super(message, null, false, false);
    }
}
