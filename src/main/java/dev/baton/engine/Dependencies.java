package dev.baton.engine;

import dev.baton.model.Step;
import dev.baton.template.References;
import dev.baton.template.TemplateException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which variables of an iteration are missing because the step that should have set them did not: the step that
 * needs one is skipped, naming the step that last failed to produce it. A step that sets it later makes it
 * there again. A failed step's captures that found their value are kept; only those it could not make are
 * missing.
 */
final class Dependencies {

    /** The step that last failed to set a variable, and whether it failed or was itself skipped. */
    private record Producer(String step, boolean skipped) {
    }

    private final Map<String, Producer> missing = new HashMap<>();
    /** Why a failed step produced nothing, when the server said so (a denied authorization), by step. */
    private final Map<String, String> refusals = new HashMap<>();

    /** Why the step cannot run: it needs a variable that is missing; empty when it can. */
    Optional<String> skipReason(Step step) {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        try {
            for (String used : References.of(step).keySet()) {
                Producer producer = missing.get(used);
                if (producer != null) {
                    return Optional.of("needs <<" + used + ">>, which step '" + producer.step() + "' "
                            + (producer.skipped() ? "did not capture (it was skipped)" : "failed to capture")
                            + Optional.ofNullable(refusals.get(producer.step())).map(why -> ": " + why).orElse(""));
                }
            }
        } catch (TemplateException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** What a passing step sets is there again, even if an earlier step failed to set it. */
    void passed(Step step) {
        if (!missing.isEmpty()) {
            produced(step).forEach(missing::remove);
        }
    }

    /** The server refused what the step asked for (a denied authorization), and said why. */
    void refused(String step, String why) {
        refusals.put(step, why);
    }

    /**
     * What a failed step should have set and did not is missing, because of it; what it did capture is kept, as
     * Hurl keeps the captures of an entry whose asserts fail and Postman the variables a failing test script set.
     */
    void failed(Step step, Set<String> captured) {
        for (String variable : produced(step)) {
            if (captured.contains(variable)) {
                missing.remove(variable);
            } else {
                missing.put(variable, new Producer(step.name(), false));
            }
        }
    }

    /** What a skipped step should have set is missing, because it did not run. */
    void skipped(Step step) {
        produced(step).forEach(v -> missing.put(v, new Producer(step.name(), true)));
    }

    private static List<String> produced(Step step) {
        return step.sets();
    }
}
