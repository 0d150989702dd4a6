package dev.baton.model;

/** Where in a response a capture reads its value. */
public enum CaptureSource {
    /** The status code; no argument. */
    STATUS("status"),
    /** A response header; the argument is its name. */
    HEADER("header"),
    /** A JSONPath into the body; the argument is the path. */
    JSON("json"),
    /** A regular expression on the body; group 1 if it has one, else the whole match. */
    REGEX("regex"),
    /** A cookie set so far in the run; the argument is its name. */
    COOKIE("cookie"),
    /** A query parameter of the {@code Location} header; the argument is its name. */
    LOCATION("location"),
    /** An HTML element chosen by a CSS selector: its text, or the attribute named by {@code attr}. */
    HTML("html"),
    /** The whole body as text; no argument. */
    BODY("body");

    private final String key;

    CaptureSource(String key) {
        this.key = key;
    }

    /** The key that names this source in a collection file. */
    public String key() {
        return key;
    }
}
