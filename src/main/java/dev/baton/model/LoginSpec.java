package dev.baton.model;

import java.time.Duration;
import java.util.List;

/**
 * How to fill the HTML sign-in, second-factor and consent forms between an authorization request and the redirect.
 *
 * @param fields       form fields to set on any page that has them, by control name (hidden inputs are kept as the
 *                     page has them)
 * @param formSelector CSS selector of the form, or {@code null} for the first form holding a field
 * @param submit       CSS selector of the submit button to press, or {@code null} for the approving one
 * @param maxPages     how many pages and redirects to go through before giving up
 * @param engine       who fills the pages, as {@code browser:} says, or {@code null} when the step does not say (the
 *                     run's {@code --browser}, else the HTML driver)
 * @param deadline     the deadline of the sign-in with a browser (a person's, or headless Chromium's), or
 *                     {@code null} for the engine's default
 * @param pages        fields for particular pages, the first match winning
 * @param userAgent    the {@code User-Agent} of the sign-in, or {@code null} for Baton's browser-like default
 */
public record LoginSpec(List<LoginField> fields, String formSelector, String submit, int maxPages,
                        SignInEngine engine, Duration deadline, List<LoginPage> pages, Text userAgent) {

    /** How long a person has to sign in by default. */
    public static final Duration PERSON_WAIT = Duration.ofMinutes(5);
    /** How long a headless sign-in may take by default, the browser's start included. */
    public static final Duration HEADLESS_WAIT = Duration.ofSeconds(60);

    public LoginSpec {
        fields = List.copyOf(fields);
        pages = List.copyOf(pages);
    }

    /** The engine for this step when the run chooses {@code runDefault} for steps that do not say. */
    public SignInEngine engine(SignInEngine runDefault) {
        return engine != null ? engine : runDefault;
    }

    /** The deadline for the engine chosen. */
    public Duration deadline(SignInEngine chosen) {
        return deadline != null ? deadline : chosen == SignInEngine.PERSON ? PERSON_WAIT : HEADLESS_WAIT;
    }
}
