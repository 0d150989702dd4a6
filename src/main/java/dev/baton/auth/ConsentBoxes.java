package dev.baton.auth;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Ticks a consent form's checkboxes as a person granting the request would: those whose values are among the
 * requested scopes, or all of them when none are. Only forms without a password field are consent forms; boxes the
 * step's fields set are left as the step set them.
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
    }
}
