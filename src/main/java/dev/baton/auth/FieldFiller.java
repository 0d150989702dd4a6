package dev.baton.auth;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets a form's controls as a person would before pressing a button: types into text fields, ticks the checkboxes
 * and the radio whose values are given, selects the options given. A field names controls by their {@code name};
 * several values go to several same-named text fields, checkboxes or options in order.
 */
final class FieldFiller {

    private static final Set<String> CHECKED_WORDS = Set.of("true", "on", "yes", "checked");
    private static final Set<String> UNCHECKED_WORDS = Set.of("false", "off", "no", "unchecked", "");

    private FieldFiller() {
    }

    /**
     * Fills the fields the form has and returns their names.
     *
     * @throws SignInException when a value is not one of a radio group's, select's or checkboxes' choices
     */
    static Set<String> fill(Page page, FormElement form, Map<String, List<String>> fields) throws SignInException {
        List<Element> controls = Controls.of(form);
        Set<String> used = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            List<Element> named = controls.stream().filter(c -> c.attr("name").equals(field.getKey())
                    && !Controls.isButton(c)).toList();
            if (named.isEmpty()) {
                continue;
            }
            used.add(field.getKey());
            fill(page, field.getKey(), named, field.getValue());
        }
        return used;
    }

    private static void fill(Page page, String name, List<Element> named, List<String> values)
            throws SignInException {
        List<Element> boxes = named.stream().filter(Controls::isCheckable).toList();
        List<Element> selects = named.stream().filter(c -> c.normalName().equals("select")).toList();
        if (!boxes.isEmpty()) {
            check(page, name, boxes, values);
        } else if (!selects.isEmpty()) {
            select(page, name, selects.get(0), values);
        } else {
            for (int i = 0; i < named.size() && i < values.size(); i++) {
                type(named.get(i), values.get(i));
            }
        }
    }

    private static void type(Element control, String value) {
        if (control.normalName().equals("textarea")) {
            control.text(value);
        } else {
            control.attr("value", value);
        }
    }

    private static void check(Page page, String name, List<Element> boxes, List<String> values)
            throws SignInException {
        boolean radio = Controls.type(boxes.get(0)).equals("radio");
        if (!radio && boxes.size() == 1 && values.size() == 1 && !boxValue(boxes.get(0)).equals(values.get(0))) {
            String word = values.get(0).toLowerCase(Locale.ROOT);
            if (CHECKED_WORDS.contains(word) || UNCHECKED_WORDS.contains(word)) {
                setChecked(boxes.get(0), CHECKED_WORDS.contains(word));
                return;
            }
        }
        List<String> choices = boxes.stream().map(FieldFiller::boxValue).toList();
        List<String> unknown = values.stream().filter(v -> !choices.contains(v)).toList();
        if (!unknown.isEmpty() || radio && values.size() > 1) {
            throw new SignInException("the " + (radio ? "radio buttons" : "checkboxes") + " '" + name
                    + "' on the page " + FormChooser.titled(page) + " at " + page.where() + " have no choice "
                    + quoted(unknown.isEmpty() ? values : unknown) + (radio && values.size() > 1
                    ? " (a radio group takes one value)" : "") + "; the choices are: " + quoted(choices));
        }
        boxes.forEach(box -> setChecked(box, values.contains(boxValue(box))));
    }

    private static void select(Page page, String name, Element select, List<String> values) throws SignInException {
        List<Element> options = select.select("option");
        List<String> unknown = new ArrayList<>();
        for (String value : values) {
            if (options.stream().noneMatch(o -> matches(o, value))) {
                unknown.add(value);
            }
        }
        if (!unknown.isEmpty() || values.size() > 1 && !select.hasAttr("multiple")) {
            throw new SignInException("the list '" + name + "' on the page " + FormChooser.titled(page) + " at "
                    + page.where() + (unknown.isEmpty() ? " takes one choice" : " has no option " + quoted(unknown))
                    + "; the options are: " + quoted(options.stream().map(EntryList::optionValue).toList()));
        }
        for (Element option : options) {
            if (values.stream().anyMatch(v -> matches(option, v))) {
                option.attr("selected", "");
            } else {
                option.removeAttr("selected");
            }
        }
    }

    private static boolean matches(Element option, String value) {
        return EntryList.optionValue(option).equals(value) || option.text().trim().equals(value);
    }

    static String boxValue(Element box) {
        return box.hasAttr("value") ? box.attr("value") : "on";
    }

    static void setChecked(Element box, boolean checked) {
        if (checked) {
            box.attr("checked", "");
        } else {
            box.removeAttr("checked");
        }
    }

    static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
