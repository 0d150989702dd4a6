package dev.baton.model;

/** What part of a response an expectation looks at. */
public enum Subject {
    /** The status code. */
    STATUS("status"),
    /** A response header named by the argument. */
    HEADER("headers"),
    /** A JSONPath into the body, given by the argument. */
    JSON("json"),
    /** The body as text. */
    BODY("body"),
    /** The text, or attribute, of the element chosen by a CSS selector in the argument. */
    HTML("html"),
    /** The time from sending the request to reading the whole response, in milliseconds. */
    DURATION("duration"),
    /**
     * A parameter of the authorization response at the redirect URI ({@code code}, {@code state}, {@code error},
     * {@code error_description}, {@code iss}), on {@code oauth: authorize} steps.
     */
    OAUTH("oauth");

    private final String key;

    Subject(String key) {
        this.key = key;
    }

    /** The key that names this subject under {@code expect:}. */
    public String key() {
        return key;
    }
}
