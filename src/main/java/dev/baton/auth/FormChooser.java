package dev.baton.auth;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Picks the form to fill on a page, as {@link SignIn} describes. */
final class FormChooser {

    private FormChooser() {
    }

    /**
     * The form to fill: the one {@code formSelector} picks, else the first holding one of the fields, else the one
     * holding the submit selector's button, the only form, or the first form with a button that approves (a consent
     * page of separate Deny and Authorize forms), that says neither, or any submit button.
     */
    static FormElement choose(Page page, String formSelector, Set<String> fieldNames, String submitSelector)
            throws SignInException {
        if (formSelector != null) {
            return bySelector(page, formSelector);
        }
        List<FormElement> forms = page.document().forms();
        Optional<FormElement> holdingField = forms.stream()
                .filter(form -> Controls.allNames(form).stream().anyMatch(fieldNames::contains))
                .findFirst();
        if (holdingField.isPresent()) {
            return holdingField.get();
        }
        Optional<FormElement> fallback = holdingSubmit(page, submitSelector)
                .or(() -> forms.size() == 1 ? Optional.of(forms.get(0)) : Optional.empty())
                .or(() -> withButton(forms, ButtonIntent.APPROVE))
                .or(() -> withButton(forms, ButtonIntent.NEUTRAL))
                .or(() -> forms.stream().filter(FormChooser::hasSubmitButton).findFirst());
        if (fallback.isEmpty()) {
            throw new SignInException("no form to submit on the page at " + page.where() + " ("
                    + page.status() + ")\n" + page.says());
        }
        return fallback.get();
    }

    /** Whether the page holds a form that the selector picks (or an element inside one). */
    static boolean holds(Page page, String selector) throws SignInException {
        return byOptionalSelector(page, selector).isPresent();
    }

    private static Optional<FormElement> byOptionalSelector(Page page, String selector) throws SignInException {
        for (Element element : select(page.document(), selector, "form selector")) {
            Element form = element instanceof FormElement ? element : element.closest("form");
            if (form instanceof FormElement found) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static FormElement bySelector(Page page, String selector) throws SignInException {
        Optional<FormElement> found = byOptionalSelector(page, selector);
        if (found.isPresent()) {
            return found.get();
        }
        throw new SignInException("no form matches the form selector '" + selector + "' on the page "
                + titled(page) + " at " + page.where());
    }

    private static Optional<FormElement> holdingSubmit(Page page, String submitSelector) throws SignInException {
        if (submitSelector == null) {
            return Optional.empty();
        }
        for (Element element : select(page.document(), submitSelector, "submit selector")) {
            if (element.closest("form") instanceof FormElement form) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }

    private static Optional<FormElement> withButton(List<FormElement> forms, ButtonIntent intent) {
        return forms.stream().filter(form -> Controls.submitButtons(form).stream()
                .anyMatch(button -> ButtonIntent.of(button) == intent)).findFirst();
    }

    private static boolean hasSubmitButton(FormElement form) {
        return Controls.of(form).stream().anyMatch(Controls::isSubmitButton);
    }

    static Elements select(Element root, String selector, String what) throws SignInException {
        try {
            return root.select(selector);
        } catch (Selector.SelectorParseException e) {
            throw new SignInException("the " + what + " '" + selector + "' is not valid CSS: " + e.getMessage());
        }
    }

    static String titled(Page page) {
        return page.title().isEmpty() ? "(untitled)" : "\"" + page.title() + "\"";
    }
}
