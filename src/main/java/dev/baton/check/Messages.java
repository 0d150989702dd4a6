package dev.baton.check;

/** Small helpers for one-line messages. */
final class Messages {

    private Messages() {
    }

    /** {@code message} with its line breaks turned into spaces; {@code "?"} for none. */
    static String oneLine(String message) {
        return message == null ? "?" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
