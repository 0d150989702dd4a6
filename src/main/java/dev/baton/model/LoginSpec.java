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
 * @param browser      {@code true} when a person signs in in the system browser and Baton waits for the
 *                     redirect on a loopback {@code redirect_uri}, instead of filling forms itself
 * @param browserWait  how long to wait for the person, with {@code browser}
 * @param pages        fields for particular pages, the first match winning
 * @param userAgent    the {@code User-Agent} of the sign-in, or {@code null} for Baton's browser-like default
 */
public record LoginSpec(List<LoginField> fields, String formSelector, String submit, int maxPages, boolean browser,
                        Duration browserWait, List<LoginPage> pages, Text userAgent) {
    public LoginSpec {
        fields = List.copyOf(fields);
        pages = List.copyOf(pages);
    }
}
