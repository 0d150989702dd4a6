package dev.baton.auth;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The HTML standard's "constructing the entry list" (§4.10.21.4) for a form as it stands in the DOM: the controls the
 * form owns in tree order, disabled ones, unchecked checkboxes and radios, unnamed controls and buttons other than the
 * submitter left out; the submitter's own name and value (or {@code name.x}/{@code name.y} for an image button);
 * selects with their selected options; {@code _charset_} and {@code dirname} filled in.
 */
final class EntryList {

    /**
     * One entry.
     *
     * @param name     the control's name
     * @param value    its value
     * @param filename for a file input, the file's name (empty: no file chosen); {@code null} otherwise
     */
    record Entry(String name, String value, String filename) {
        Entry(String name, String value) {
            this(name, value, null);
        }
    }

    private EntryList() {
    }

    static List<Entry> of(FormElement form, Element submitter, FormCharset charset) {
        List<Entry> entries = new ArrayList<>();
        for (Element control : Controls.of(form)) {
            if (Controls.isDisabled(control) || Controls.isButton(control) && control != submitter
                    || Controls.isCheckable(control) && !control.hasAttr("checked")) {
                continue;
            }
            String name = control.attr("name");
            String type = Controls.type(control);
            if (control == submitter && type.equals("image")) {
                String prefix = name.isEmpty() ? "" : name + ".";
                entries.add(new Entry(prefix + "x", "0"));
                entries.add(new Entry(prefix + "y", "0"));
                continue;
            }
            if (name.isEmpty()) {
                continue;
            }
            switch (control.normalName()) {
                case "select" -> selectedOptions(control).forEach(o -> entries.add(new Entry(name, optionValue(o))));
                case "textarea" -> entries.add(new Entry(name, control.wholeText()));
                default -> entries.add(inputEntry(control, name, type, charset));
            }
            String dirname = control.attr("dirname");
            if (!dirname.isEmpty() && (control.normalName().equals("textarea") || !Controls.isCheckable(control))) {
                entries.add(new Entry(dirname, "ltr"));
            }
        }
        return entries;
    }

    private static Entry inputEntry(Element control, String name, String type, FormCharset charset) {
        if (Controls.isCheckable(control)) {
            return new Entry(name, control.hasAttr("value") ? control.attr("value") : "on");
        }
        if (type.equals("file")) {
            return new Entry(name, "", "");
        }
        if (type.equals("hidden") && name.toLowerCase(Locale.ROOT).equals("_charset_")) {
            return new Entry(name, charset.name());
        }
        return new Entry(name, control.attr("value"));
    }

    /**
     * The options a select has selected, by HTML's selectedness algorithm: for a single-choice drop-down, the last
     * option marked {@code selected}, else the first that is not disabled; disabled options are never sent.
     */
    static List<Element> selectedOptions(Element select) {
        List<Element> options = select.select("option");
        List<Element> marked = options.stream().filter(o -> o.hasAttr("selected")).toList();
        boolean multiple = select.hasAttr("multiple");
        List<Element> chosen;
        if (multiple) {
            chosen = marked;
        } else if (!marked.isEmpty()) {
            chosen = List.of(marked.get(marked.size() - 1));
        } else {
            int size = select.attr("size").matches("\\d+") ? Integer.parseInt(select.attr("size")) : 1;
            chosen = size > 1 ? List.of() : options.stream().filter(o -> !isDisabledOption(o)).limit(1).toList();
        }
        return chosen.stream().filter(o -> !isDisabledOption(o)).toList();
    }

    static String optionValue(Element option) {
        return option.hasAttr("value") ? option.attr("value") : option.text().trim().replaceAll("\\s+", " ");
    }

    private static boolean isDisabledOption(Element option) {
        return option.hasAttr("disabled") || option.parent() != null
                && option.parent().normalName().equals("optgroup") && option.parent().hasAttr("disabled");
    }
}
