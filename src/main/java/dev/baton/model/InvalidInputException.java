package dev.baton.model;

/**
 * Input Baton cannot work with — an option, a file it names, an environment variable that configures it — found
 * before anything is sent. The command prints the message (no stack trace) and exits with 2; any other exception
 * that reaches the command is a fault in Baton itself, exit 3 (an {@link IllegalArgumentException} of any other type
 * too: a precondition Baton broke). The message is ready to print and holds no secret.
 */
public class InvalidInputException extends IllegalArgumentException {

    public InvalidInputException(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
