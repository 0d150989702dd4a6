package dev.baton.auth;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The controls of a form and how a browser treats each kind. */
final class Controls {

    private static final Set<String> CONTROL_TAGS = Set.of("input", "select", "textarea", "button");
    private static final Set<String> NOT_SENT_INPUTS = Set.of("submit", "image", "reset", "button", "file");

    private Controls() {
    }

    /** The input, select, textarea and button elements of the form, in document order. */
    static List<Element> of(FormElement form) {
        return form.elements().stream().filter(e -> CONTROL_TAGS.contains(e.normalName())).toList();
    }

    /** The names of the form's controls other than buttons, in order, for messages. */
    static Set<String> inputNames(FormElement form) {
        Set<String> names = new LinkedHashSet<>();
        for (Element control : of(form)) {
            if (!control.attr("name").isEmpty() && !isButton(control)) {
                names.add(control.attr("name"));
            }
        }
        return names;
    }

    /** The names of all the form's named controls, buttons included. */
    static Set<String> allNames(FormElement form) {
        Set<String> names = new LinkedHashSet<>();
        of(form).forEach(control -> {
            if (!control.attr("name").isEmpty()) {
                names.add(control.attr("name"));
            }
        });
        return names;
    }

    static boolean isSubmitButton(Element control) {
        return switch (control.normalName()) {
            case "button" -> type(control).isEmpty() || type(control).equals("submit");
            case "input" -> type(control).equals("submit");
            default -> false;
        };
    }

    /** Buttons and the inputs that a form never sends as a plain value (submit, image, reset, button, file). */
    static boolean isButton(Element control) {
        return control.normalName().equals("button")
                || control.normalName().equals("input") && NOT_SENT_INPUTS.contains(type(control));
    }

    static boolean isDisabled(Element control) {
        return control.hasAttr("disabled") || control.closest("fieldset[disabled]") != null;
    }

    static boolean isCheckable(Element control) {
        String type = type(control);
        return control.normalName().equals("input") && (type.equals("checkbox") || type.equals("radio"));
    }

    static boolean isPassword(Element control) {
        return control.normalName().equals("input") && type(control).equals("password");
    }

    static String type(Element control) {
        return control.attr("type").trim().toLowerCase(Locale.ROOT);
    }
}
