package dev.baton.engine;

import dev.baton.model.Collection;
import dev.baton.model.Step;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TagFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code --step NAME} and {@code --tag TAG}: the steps a run chooses, as post-discovery filters of the JUnit
 * Platform (a step's tags are {@link org.junit.platform.engine.TestTag}s, so Surefire's {@code groups} and
 * {@code excludedGroups} choose steps the same way).
 *
 * @param names the names of the steps to run; all when empty
 * @param tags  run only the steps with one of these tags; all when empty
 */
public record StepSelection(Set<String> names, Set<String> tags) {

    /** Every step. */
    public static final StepSelection ALL = new StepSelection(Set.of(), Set.of());

    public StepSelection {
        names = Set.copyOf(names);
        tags = Set.copyOf(tags);
    }

    /** The filters that make this selection, for the launcher's discovery request. */
    public List<PostDiscoveryFilter> filters() {
        List<PostDiscoveryFilter> filters = new ArrayList<>();
        if (!tags.isEmpty()) {
            filters.add(TagFilter.includeTags(List.copyOf(tags)));
        }
        if (!names.isEmpty()) {
            filters.add(this::byName);
        }
        return filters;
    }

    private FilterResult byName(TestDescriptor descriptor) {
        if (!(descriptor instanceof StepDescriptor step)) {
            return FilterResult.included("not a step");
        }
        return names.contains(step.step().name()) ? FilterResult.included("chosen by --step")
                : FilterResult.excluded("not chosen by --step");
    }

    /** The collection with only the chosen steps; it may be left with none. */
    Collection select(Collection collection) {
        if (names.isEmpty() && tags.isEmpty()) {
            return collection;
        }
        return collection.withSteps(collection.steps().stream().filter(this::chosen).toList());
    }

    private boolean chosen(Step step) {
        return (names.isEmpty() || names.contains(step.name()))
                && (tags.isEmpty() || step.tags().stream().anyMatch(tags::contains));
    }
}
