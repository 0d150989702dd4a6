package dev.baton.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolved sign-in settings: what to type into the HTML sign-in, second-factor and consent forms and which buttons
 * to press, for every page between the authorization request and the redirect. Selectors are CSS.
 * {@link #toString()} shows field names only, never their values.
 *
 * @param fields          form fields to set on any page that has them, by control name, in order; several values
 *                        tick several checkboxes or select several options
 * @param formSelector    CSS selector of the form to fill, or {@code null} to pick the first form holding a field
 *                        (or, on a page holding none, such as a consent page, the only form or first form with a
 *                        submit button)
 * @param submitSelector  CSS selector of the button to press, or {@code null} to press the approving one
 * @param maxPages        how many pages and redirects to go through before giving up, at least 1
 * @param pages           fields for particular pages, matched by form selector or title; the first match wins
 * @param requestedScopes the scopes of the authorization request, whose consent checkboxes are ticked
 * @param headers         the navigation headers sent on every request
 */
public record SignIn(Map<String, List<String>> fields, String formSelector, String submitSelector, int maxPages,
                     List<SignInPage> pages, List<String> requestedScopes, BrowserHeaders headers) {

    public SignIn {
        fields = copy(fields);
        pages = List.copyOf(pages);
        requestedScopes = List.copyOf(requestedScopes);
        Objects.requireNonNull(headers, "headers");
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
        }
    }

    /** Single-valued fields on every page, default headers, no scopes: the common sign-in. */
    public SignIn(Map<String, String> singleFields, String formSelector, String submitSelector, int maxPages) {
        this(single(singleFields), formSelector, submitSelector, maxPages, List.of(), List.of(),
                BrowserHeaders.DEFAULT);
    }

    /** Every value typed anywhere, for masking messages. */
    List<String> allValues() {
        List<String> values = new ArrayList<>();
        fields.values().forEach(values::addAll);
        pages.forEach(page -> page.fields().values().forEach(values::addAll));
        return values;
    }

    static Map<String, List<String>> copy(Map<String, List<String>> fields) {
        Objects.requireNonNull(fields, "fields");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            Objects.requireNonNull(name, "field name");
            Objects.requireNonNull(values, () -> "values of field " + name);
            copy.put(name, List.copyOf(values));
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, List<String>> single(Map<String, String> fields) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        fields.forEach((name, value) -> lists.put(name, List.of(Objects.requireNonNull(value,
                () -> "value of field " + name))));
        return lists;
    }

    @Override
    public String toString() {
        return "SignIn[fields=" + fields.keySet() + ", formSelector=" + formSelector + ", submitSelector="
                + submitSelector + ", maxPages=" + maxPages + ", pages=" + pages + "]";
    }
}
