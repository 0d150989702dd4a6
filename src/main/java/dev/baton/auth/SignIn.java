package dev.baton.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Resolved sign-in settings: what to type into the HTML sign-in form and which buttons to press, for every page
 * between the authorization request and the redirect. Selectors are CSS; a group such as
 * {@code "form#login, form#consent"} covers a flow whose pages have different forms.
 * {@link #toString()} shows field names only, never their values.
 *
 * @param fields         form fields to set, by input name, in order
 * @param formSelector   CSS selector of the form to fill, or {@code null} to pick the first form holding a field
 *                       (or, on a page holding none, such as a consent page, the only form or first form with a
 *                       submit button)
 * @param submitSelector CSS selector of the button to press, or {@code null} for the form's first named one
 * @param maxPages       how many pages and redirects to go through before giving up, at least 1
 */
public record SignIn(Map<String, String> fields, String formSelector, String submitSelector, int maxPages) {

    public SignIn {
        Objects.requireNonNull(fields, "fields");
        fields.forEach((name, value) -> {
            Objects.requireNonNull(name, "field name");
            Objects.requireNonNull(value, () -> "value of field " + name);
        });
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
        }
    }

    @Override
    public String toString() {
        return "SignIn[fields=" + fields.keySet() + ", formSelector=" + formSelector + ", submitSelector="
                + submitSelector + ", maxPages=" + maxPages + "]";
    }
}
