package dev.baton.auth;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers a consent form as a person granting the request would: ticks the checkboxes whose values are among the
 * requested scopes, or all of them when none are, and in a group of radio buttons left unanswered picks the one
 * option that approves ("Allow", value {@code allow}), when only one does. Only forms without a password field
 * are consent forms; controls the step's fields set are left as the step set them.
 */
final class ConsentBoxes {

    private ConsentBoxes() {
    }

    static void tick(FormElement form, Collection<String> requestedScopes, Set<String> filledByStep) {
        List<Element> controls = Controls.of(form);
        if (controls.stream().anyMatch(Controls::isPassword)) {
            return;
        }
        List<Element> boxes = controls.stream()
                .filter(c -> Controls.type(c).equals("checkbox") && !Controls.isDisabled(c))
                .filter(c -> !filledByStep.contains(c.attr("name")))
                .toList();
        List<Element> requested = boxes.stream()
                .filter(box -> requestedScopes.contains(FieldFiller.boxValue(box))).toList();
        (requested.isEmpty() ? boxes : requested).forEach(box -> FieldFiller.setChecked(box, true));
        answerRadioGroups(controls, filledByStep);
    }

    private static void answerRadioGroups(List<Element> controls, Set<String> filledByStep) {
        Map<String, List<Element>> groups = controls.stream()
                .filter(c -> Controls.type(c).equals("radio") && !c.attr("name").isEmpty())
                .filter(c -> !filledByStep.contains(c.attr("name")))
                .collect(Collectors.groupingBy(c -> c.attr("name"), LinkedHashMap::new, Collectors.toList()));
        groups.values().stream().filter(options -> options.stream().noneMatch(o -> o.hasAttr("checked")))
                .forEach(options -> {
                    List<Element> approving = options.stream().filter(o -> !Controls.isDisabled(o))
                            .filter(o -> intent(o) == ButtonIntent.APPROVE).toList();
                    if (approving.size() == 1) {
                        FieldFiller.setChecked(approving.get(0), true);
                    }
                });
    }

    /** What choosing a radio option says: its value, id and label, read as a button's words are. */
    private static ButtonIntent intent(Element option) {
        List<String> parts = new ArrayList<>(List.of(option.attr("value"), option.id(), option.attr("aria-label"),
                option.attr("title")));
        Element wrapping = option.closest("label");
        if (wrapping != null) {
            parts.add(wrapping.text());
        }
        if (!option.id().isEmpty() && option.ownerDocument() != null) {
            option.ownerDocument().getElementsByTag("label").stream()
                    .filter(label -> label.attr("for").equals(option.id())).forEach(label -> parts.add(label.text()));
        }
        return ButtonIntent.of(parts);
    }
}
