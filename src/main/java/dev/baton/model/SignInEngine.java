package dev.baton.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who fills the sign-in pages of an authorization step: {@code login: {browser: ...}}. */
public enum SignInEngine {
    /** Baton's HTML driver: forms read and posted over HTTP, no scripts run ({@code browser: html}, {@code false}). */
    HTML("html"),
    /** A headless Chromium under Baton's control, scripts run ({@code browser: headless}). */
    HEADLESS("headless"),
    /** The HTML driver, and headless Chromium when a page needs JavaScript and one is installed. */
    AUTO("auto"),
    /** A person in the system browser, Baton waiting on a loopback redirect URI ({@code browser: true}). */
    PERSON("true");

    private final String word;

    SignInEngine(String word) {
        this.word = word;
    }

    /** The value of {@code browser:} (or {@code --browser}) that chooses this engine. */
    public String word() {
        return word;
    }

    /**
     * The engine a word names: {@code html}, {@code headless}, {@code auto}, {@code true}/{@code person},
     * {@code false}.
     */
    public static Optional<SignInEngine> named(String word) {
        String plain = word.trim().toLowerCase(Locale.ROOT);
        if (plain.equals("false")) {
            return Optional.of(HTML);
        }
        if (plain.equals("person")) {
            return Optional.of(PERSON);
        }
        return Arrays.stream(values()).filter(e -> e.word.equals(plain)).findFirst();
    }
}
