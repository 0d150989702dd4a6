package dev.baton.auth;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The button a person presses on a form: the one {@code submit:} names, else the first that approves (Allow, Sign
 * in, Continue...) and, failing that, the one that says neither; never one that refuses (Cancel, Deny) unless
 * {@code submit:} says so, and never a guess between several that say neither and would send different things.
 */
final class Submitter {

    private Submitter() {
    }

    /**
     * The button to press, or {@code null} to submit the form without one (it has no submit button).
     *
     * @param fieldNames names the step fills, whose buttons are values rather than choices
     */
    static Element choose(Page page, FormElement form, String selector, Set<String> fieldNames)
            throws SignInException {
        List<Element> controls = Controls.of(form);
        if (selector != null) {
            return FormChooser.select(page.document(), selector, "submit selector").stream()
                    .filter(controls::contains).findFirst()
                    .orElseThrow(() -> new SignInException("no button matches the submit selector '" + selector
                            + "' in the form on the page " + FormChooser.titled(page) + " at " + page.where()));
        }
        List<Element> buttons = Controls.submitButtons(form).stream()
                .filter(b -> b.attr("name").isEmpty() || !fieldNames.contains(b.attr("name"))).toList();
        Optional<Element> waitedFor = disabledApproval(form, buttons);
        if (waitedFor.isPresent()) {
            throw SignInException.needsScripts(ScriptedPage.message(page, "its button '" + label(waitedFor.get())
                    + "' is disabled until a script enables it"));
        }
        if (buttons.isEmpty()) {
            return null;
        }
        Optional<Element> chosen = first(buttons, ButtonIntent.APPROVE).or(() -> first(buttons, ButtonIntent.NEUTRAL));
        List<Element> neutral = buttons.stream().filter(b -> ButtonIntent.of(b) == ButtonIntent.NEUTRAL).toList();
        if (first(buttons, ButtonIntent.APPROVE).isEmpty() && sendDifferently(neutral)) {
            throw new SignInException("cannot tell which button of the form on the page " + FormChooser.titled(page)
                    + " at " + page.where() + " approves (" + FieldFiller.quoted(neutral.stream()
                    .map(Submitter::label).toList()) + "); name the one to press with 'submit:'");
        }
        if (chosen.isEmpty()) {
            throw new SignInException("every button of the form on the page " + FormChooser.titled(page) + " at "
                    + page.where() + " refuses (" + FieldFiller.quoted(buttons.stream().map(Submitter::label)
                    .toList()) + "); name the one to press with 'submit:'");
        }
        return chosen.get();
    }

    /** A disabled button that approves, when no enabled one does: a person waits for a script to enable it. */
    private static Optional<Element> disabledApproval(FormElement form, List<Element> enabled) {
        if (first(enabled, ButtonIntent.APPROVE).isPresent()) {
            return Optional.empty();
        }
        return Controls.of(form).stream().filter(c -> Controls.isSubmitButton(c) && Controls.isDisabled(c))
                .filter(b -> ButtonIntent.of(b) == ButtonIntent.APPROVE).findFirst();
    }

    /** Whether pressing one or another of these buttons would send a different name or value. */
    private static boolean sendDifferently(List<Element> buttons) {
        return buttons.stream().map(b -> b.attr("name") + "=" + b.attr("value")).distinct().count() > 1;
    }

    private static Optional<Element> first(List<Element> buttons, ButtonIntent intent) {
        return buttons.stream().filter(b -> ButtonIntent.of(b) == intent).findFirst();
    }

    static String label(Element button) {
        String text = button.normalName().equals("button") ? button.text().trim() : button.attr("value");
        return text.isEmpty() ? button.attr("name") : text;
    }
}
