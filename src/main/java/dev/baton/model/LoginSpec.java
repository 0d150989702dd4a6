package dev.baton.model;

import java.util.List;

/**
 * How to fill the HTML sign-in and consent forms between an authorization request and the redirect.
 *
 * @param fields       form fields to set, by input name (hidden inputs are kept as the page has them)
 * @param formSelector CSS selector of the form, or {@code null} for the first form holding a field
 * @param submit       CSS selector of the submit button to press, or {@code null} for the form's first
 * @param maxPages     how many pages and redirects to go through before giving up
 */
public record LoginSpec(List<NamedText> fields, String formSelector, String submit, int maxPages) {
    public LoginSpec {
        fields = List.copyOf(fields);
    }
}
