package dev.baton.template;

/**
 * One function as a placeholder writes it: {@code upper}, {@code plus:PT5M}, {@code format:yyyy-MM-dd HH:mm}.
 *
 * @param name     the function's name
 * @param argument what follows the first {@code :}, or {@code null} when nothing does
 */
public record FunctionCall(String name, String argument) {

    /** The call written {@code written}. */
    public static FunctionCall parse(String written) {
        int colon = written.indexOf(':');
        return colon < 0 ? new FunctionCall(written.strip(), null)
                : new FunctionCall(written.substring(0, colon).strip(), written.substring(colon + 1).strip());
    }

    @Override
    public String toString() {
        return argument == null ? name : name + ":" + argument;
    }
}
