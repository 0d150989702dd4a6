package dev.baton.cli;

/**
 * Input that {@code baton auth} cannot work with: an unknown environment, an environment file that does not load, a
 * variable that is missing, empty or not a URL. Exit code {@link ExitCodes#INVALID_INPUT}. The message is ready to
 * print and never holds a secret value.
 */
public final class AuthInputException extends Exception {

    public AuthInputException(String message) {
        super(message);
    }
}
