package dev.baton.engine;

import dev.baton.load.LoadException;
import dev.baton.model.Collection;
import dev.baton.model.Position;
import dev.baton.model.Step;
import dev.baton.template.Suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks that {@code --step} and {@code --tag} name steps and tags the collections have. */
final class Selection {

    private Selection() {
    }

    static List<LoadException> problems(List<Collection> collections, StepSelection selection) {
        Set<String> names = new TreeSet<>();
        Set<String> tags = new TreeSet<>();
        for (Collection collection : collections) {
            for (Step step : collection.steps()) {
                names.add(step.name());
                tags.addAll(step.tags());
            }
        }
        List<LoadException> problems = new ArrayList<>();
        selection.names().stream().filter(s -> !names.contains(s)).forEach(s -> problems.add(unknown("--step", "step",
                s, names)));
        selection.tags().stream().filter(t -> !tags.contains(t)).forEach(t -> problems.add(unknown("--tag", "tag",
                t, tags)));
        if (problems.isEmpty() && !collections.isEmpty() && collections.stream()
                .allMatch(c -> selection.select(c).steps().isEmpty())) {
            problems.add(new LoadException(Position.of("--step/--tag"), null, "no step has all of the chosen names "
                    + "and tags"));
        }
        return problems;
    }

    private static LoadException unknown(String option, String what, String value, Set<String> known) {
        String hint = Suggestions.didYouMean(value, known).map(s -> "; did you mean '" + s + "'?")
                .orElse(known.isEmpty() ? "; the collections have none" : "");
        return new LoadException(Position.of(option + " " + value), null, "no " + what + " named '" + value + "'"
                + hint);
    }
}
