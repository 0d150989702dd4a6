package dev.baton.auth;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/** The controls of a form and how a browser treats each kind. */
final class Controls {

    /** The selector of every listed control's tag. */
    static final String TAGS = "input,select,textarea,button";
    /** Each form's controls, found once: jsoup's {@code FormElement.elements()} takes time quadratic in them. */
    private static final Map<FormElement, List<Element>> FOUND = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Set<String> NOT_SENT_INPUTS = Set.of("submit", "image", "reset", "button");

    private Controls() {
    }

    /**
     * The listed controls whose form owner is this form (HTML §4.10.17.3), in tree order: its descendants and the
     * controls jsoup's parser associated with it, unless their {@code form} attribute names another form, and the
     * controls elsewhere in the document whose {@code form} attribute names this form's id.
     */
    static List<Element> of(FormElement form) {
        return FOUND.computeIfAbsent(form, Controls::find);
    }

    private static List<Element> find(FormElement form) {
        Set<Element> owned = new HashSet<>(form.elements());
        owned.addAll(form.select(TAGS));
        String id = form.id();
        Element root = form.ownerDocument() == null ? form.root() : form.ownerDocument();
        List<Element> controls = new ArrayList<>();
        for (Element element : root.select(TAGS)) {
            String owner = element.attr("form");
            boolean belongs = element.hasAttr("form") ? !id.isEmpty() && owner.equals(id) : owned.contains(element);
            if (belongs && element.closest("datalist") == null) {
                controls.add(element);
            }
        }
        return List.copyOf(controls);
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
            case "input" -> type(control).equals("submit") || type(control).equals("image");
            default -> false;
        };
    }

    /** Buttons, and the inputs that are buttons (submit, image, reset, button): sent only as the submitter. */
    static boolean isButton(Element control) {
        return control.normalName().equals("button")
                || control.normalName().equals("input") && NOT_SENT_INPUTS.contains(type(control));
    }

    /**
     * HTML's "actually disabled": the control's own {@code disabled}, or a disabled fieldset ancestor unless the
     * control is inside that fieldset's first legend.
     */
    static boolean isDisabled(Element control) {
        if (control.hasAttr("disabled")) {
            return true;
        }
        for (Element fieldset = control.closest("fieldset[disabled]"); fieldset != null;
             fieldset = fieldset.parent() == null ? null : fieldset.parent().closest("fieldset[disabled]")) {
            Element legend = fieldset.children().stream().filter(c -> c.normalName().equals("legend")).findFirst()
                    .orElse(null);
            if (legend == null || !control.parents().contains(legend)) {
                return true;
            }
        }
        return false;
    }

    /** The submit buttons of the form that can be pressed: not disabled, in tree order. */
    static List<Element> submitButtons(FormElement form) {
        return of(form).stream().filter(c -> isSubmitButton(c) && !isDisabled(c)).toList();
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
