package dev.baton.model;

import java.util.List;

/**
 * Fields for the pages of a sign-in that match: {@code login: {pages: [{match: {form: "#otp"}, fields: {...}}]}}.
 *
 * @param form     CSS selector of a form the page must hold, or {@code null}
 * @param title    text the page title must contain, or {@code null}
 * @param fields   the fields to set on such a page
 * @param submit   CSS selector of the button to press there, or {@code null}
 * @param optional whether the page may not appear
 * @param position where the entry is written
 */
public record LoginPage(String form, Text title, List<LoginField> fields, String submit, boolean optional,
                        Position position) {
    public LoginPage {
        fields = List.copyOf(fields);
    }
}
