package dev.baton.auth;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells when a page cannot go on without JavaScript, which the HTML driver does not run: it has no form but runs
 * scripts (a form injected by a script, a redirect made with {@code location.assign}), or the form's only buttons
 * are disabled until a script enables them.
 */
final class ScriptedPage {

    private static final Pattern SCRIPTED_NAVIGATION = Pattern.compile(
            "location\\s*\\.\\s*(assign|replace)\\s*\\(|(window|document|self|top)\\s*\\.\\s*location(\\s*\\.\\s*href)?"
                    + "\\s*=|\\.submit\\s*\\(|fetch\\s*\\(|XMLHttpRequest|createElement\\s*\\(");

    private ScriptedPage() {
    }

    /** Why the page needs JavaScript, when it has no form to fill. */
    static Optional<String> withoutForm(Page page) {
        List<Element> scripts = page.document().select("script");
        if (scripts.isEmpty() && page.document().select("noscript").isEmpty()) {
            return Optional.empty();
        }
        boolean navigates = scripts.stream().anyMatch(s -> SCRIPTED_NAVIGATION.matcher(s.data()).find());
        return Optional.of(navigates ? "it moves on or builds its form in a script"
                : "it has no form, only " + scripts.size() + " script" + (scripts.size() == 1 ? "" : "s")
                + (page.document().select("noscript").isEmpty() ? "" : " and a <noscript> notice"));
    }

    /** Why the chosen form needs JavaScript: every button it has is disabled, and the page runs scripts. */
    static Optional<String> withForm(Page page, FormElement form) {
        List<Element> buttons = Controls.of(form).stream().filter(Controls::isSubmitButton).toList();
        boolean allDisabled = !buttons.isEmpty() && buttons.stream().allMatch(Controls::isDisabled);
        if (allDisabled && !page.document().select("script").isEmpty()) {
            return Optional.of("its button is disabled until a script enables it");
        }
        return Optional.empty();
    }

    /** What a browser is waiting for on such a page. */
    static String waiting(Page page, String why) {
        return "the form on the page " + FormChooser.titled(page) + " at " + page.where() + " cannot be submitted: "
                + why;
    }

    /** The message of a step that met such a page. */
    static String message(Page page, String why) {
        return "the page " + FormChooser.titled(page) + " at " + page.where() + " needs JavaScript (" + why
                + "), which Baton's HTML sign-in does not run; sign in with headless Chromium with "
                + "'login: {browser: headless}' (or 'auto'), as a person with 'login: {browser: true}', "
                + "or once with 'baton auth login' and 'auth: {type: login}'";
    }
}
