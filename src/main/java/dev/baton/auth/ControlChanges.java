package dev.baton.auth;

import dev.baton.secret.SecretNames;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The controls of a form that filling it changed, told as a {@link PageAction}: their states before the filling are
 * kept, compared with their states after it.
 */
final class ControlChanges {

    private final Map<Element, String> before;

    private ControlChanges(Map<Element, String> before) {
        this.before = before;
    }

    static ControlChanges before(FormElement form) {
        Map<Element, String> states = new LinkedHashMap<>();
        Controls.of(form).forEach(control -> states.put(control, state(control)));
        return new ControlChanges(states);
    }

    /** What filling changed, by CSS selectors of the page: the form, the controls set and the button chosen. */
    record Made(String formSelector, List<PageAction.Change> changes, String submitterSelector,
                String submitterLabel) {
    }

    /** The changes made since {@link #before}, and the button chosen. */
    Made after(FormElement form, Element submitter) {
        List<PageAction.Change> changes = new ArrayList<>();
        before.forEach((control, state) -> {
            if (!state(control).equals(state)) {
                changes.add(change(control));
            }
        });
        return new Made(form.cssSelector(), changes, submitter == null ? null : submitter.cssSelector(),
                submitter == null ? "" : Submitter.label(submitter));
    }

    private static PageAction.Change change(Element control) {
        String name = control.attr("name");
        boolean secret = Controls.isPassword(control) || SecretNames.isSecret(name);
        String selector = control.cssSelector();
        if (Controls.isCheckable(control)) {
            return new PageAction.Change(selector, name, control.hasAttr("checked") ? PageAction.Kind.CHECK
                    : PageAction.Kind.UNCHECK, List.of(), secret);
        }
        if (control.normalName().equals("select")) {
            return new PageAction.Change(selector, name, PageAction.Kind.SELECT,
                    control.select("option[selected]").stream().map(EntryList::optionValue).toList(), secret);
        }
        String value = control.normalName().equals("textarea") ? control.text() : control.attr("value");
        PageAction.Kind kind = Controls.type(control).equals("hidden") ? PageAction.Kind.HIDDEN : PageAction.Kind.TYPE;
        return new PageAction.Change(selector, name, kind, List.of(value), secret);
    }

    private static String state(Element control) {
        if (Controls.isCheckable(control)) {
            return String.valueOf(control.hasAttr("checked"));
        }
        if (control.normalName().equals("select")) {
            return String.join("\n", control.select("option[selected]").stream().map(EntryList::optionValue)
                    .toList());
        }
        return control.normalName().equals("textarea") ? control.text() : control.attr("value");
    }
}
