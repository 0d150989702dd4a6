package dev.baton.auth;

import java.util.List;
import java.util.Map;

/**
 * Fields for one kind of page of a sign-in (a second-factor page, a consent page), used on the pages it matches
 * instead of the top-level fields. {@link #toString()} shows field names only.
 *
 * @param formMatch      CSS selector of the form (or an element inside it) the page must hold, or {@code null}
 * @param titleMatch     text the page title must contain (ignoring case), or {@code null}
 * @param fields         the fields to set on that page, by name; several values tick several boxes
 * @param submitSelector CSS selector of the button to press there, or {@code null} to choose as a person would
 * @param optional       whether the page may not appear (a consent the server remembers) without failing the step
 */
public record SignInPage(String formMatch, String titleMatch, Map<String, List<String>> fields,
                         String submitSelector, boolean optional) {

    public SignInPage {
        if (formMatch == null && titleMatch == null) {
            throw new IllegalArgumentException("a sign-in page needs a form selector or a title to match");
        }
        fields = SignIn.copy(fields);
    }

    /** How the page is named in messages: {@code form "#otp"} or {@code title "Consent"}. */
    public String describe() {
        return (formMatch == null ? "" : "form \"" + formMatch + "\"")
                + (formMatch != null && titleMatch != null ? " and " : "")
                + (titleMatch == null ? "" : "title \"" + titleMatch + "\"");
    }

    @Override
    public String toString() {
        return "SignInPage[" + describe() + ", fields=" + fields.keySet() + ", submit=" + submitSelector + "]";
    }
}
