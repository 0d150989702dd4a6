package dev.baton.report.html;

import dev.baton.report.UnitText;
import dev.baton.results.IterationResult;
import dev.baton.results.StepCounts;
import dev.baton.secret.OutputBoundary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An iteration of the page, or the only pass of a plain collection: a titled block for a named iteration, then its
 * steps. Written in its place by the page's walk, or on its own while the run goes ({@link #unitText}).
 */
final class HtmlIteration {

    private final OutputBoundary output;
    private final HtmlStep steps;
    private final HtmlWriter html;

    HtmlIteration(OutputBoundary output, int bodyLimit, HtmlWriter html) {
        this.output = output;
        this.steps = new HtmlStep(output, bodyLimit);
        this.html = html;
    }

    /** How the page writes iterations on their own; their anchors are numbered after their place. */
    static UnitText unitText(OutputBoundary output, int bodyLimit) {
        return out -> {
            HtmlWriter html = new HtmlWriter(out);
            HtmlIteration iterations = new HtmlIteration(output, bodyLimit, html);
            return (place, context, unit) -> {
                iterations.write(place.file(), unit, (place.collection() + 1) + "-" + (place.ordinal() + 1));
                html.flush();
                return true;
            };
        };
    }

    /** Writes the iteration numbered {@code number} ({@code 2-3}: the third of the second collection). */
    void write(Path file, IterationResult iteration, String number) {
        boolean named = iteration.name() != null;
        if (named) {
            html.open("div", "iteration").attr("id", "iteration-" + number);
            html.open("h3");
            html.element("span", "iteration-name", output.text(iteration.name()));
            html.element("span", "tally", tally(iteration.counts()));
            html.close();
            if (iteration.error() != null) {
                html.element("pre", "container-error", output.text(iteration.error()));
            }
        }
        for (int s = 0; s < iteration.steps().size(); s++) {
            steps.write(iteration.steps().get(s), file, "step-" + number + "-" + (s + 1), html);
            html.flush();
        }
        if (named) {
            html.close();
        }
    }

    /** {@code 3 passed · 1 failed}: how the steps ended. */
    static String tally(StepCounts counts) {
        List<String> parts = new ArrayList<>();
        parts.add(counts.passed() + " passed");
        if (counts.failed() > 0) {
            parts.add(counts.failed() + " failed");
        }
        if (counts.errors() > 0) {
            parts.add(plural(counts.errors(), "error"));
        }
        if (counts.skipped() > 0) {
            parts.add(counts.skipped() + " skipped");
        }
        return String.join(" \u00b7 ", parts);
    }

    /** {@code 1 error}, {@code 2 errors}. */
    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
