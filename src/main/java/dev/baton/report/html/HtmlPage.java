package dev.baton.report.html;

import dev.baton.model.DisplayPath;
import dev.baton.report.Durations;
import dev.baton.report.RenderedUnits;
import dev.baton.results.CollectionResult;
import dev.baton.results.IterationResult;
import dev.baton.results.RunResult;
import dev.baton.results.RunStatus;
import dev.baton.results.StepCounts;
import dev.baton.results.StepResult;
import dev.baton.results.StepTimings;
import dev.baton.secret.OutputBoundary;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML report of a run as one self-contained page: the summary, the failures with links to them, then every
 * collection, iteration and step. Every text is escaped by the {@link HtmlWriter} it is written with, and every value
 * of data is masked before it goes in; the markup and Baton's own words never are. The page is written as the result
 * tree is walked, a step at a time, with no document built: the summary comes from the tree's counts, the failures
 * from a first walk of the units that have any, so a run of any size is never held in memory.
 */
final class HtmlPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String SEPARATOR = " \u203a ";

    private final RunResult run;
    private final String version;
    private final OutputBoundary output;
    private final HtmlWriter html;
    private final HtmlIteration iterations;
    private final RenderedUnits units;
    private final List<Failure> failures = new ArrayList<>();

    private HtmlPage(RunResult run, String version, OutputBoundary output, int bodyLimit, PrintWriter out,
                     RenderedUnits units) {
        this.run = run;
        this.version = version;
        this.output = output;
        this.html = new HtmlWriter(out);
        this.iterations = new HtmlIteration(output, bodyLimit, html);
        this.units = units;
    }

    /**
     * Writes the page of a run, copying the iterations it may from {@code units}; every text of the run is masked
     * before it goes in, bodies cut at bodyLimit.
     */
    static void write(RunResult run, String version, OutputBoundary output, int bodyLimit, PrintWriter out,
                      RenderedUnits units) throws IOException {
        new HtmlPage(run, version, output, bodyLimit, out, units).write();
    }

    private record Failure(String anchor, String status, String outcome, String path, String message) {
    }

    private void write() throws IOException {
        findFailures();
        html.raw("<!doctype html>");
        html.open("html").attr("lang", "en");
        head();
        html.open("body").open("div", "page");
        if (!failures.isEmpty()) {
            html.open("input").attr("type", "checkbox").attr("id", "only-failures").attr("class", "toggle")
                    .attr("aria-label", "show only failures").close();
        }
        summary();
        if (!failures.isEmpty()) {
            failureList();
        }
        if (StepTimings.repeated(run)) {
            timings();
        }
        html.open("main");
        if (run.collections().isEmpty()) {
            html.element("p", "empty", "No collection ran.");
        }
        for (int c = 0; c < run.collections().size(); c++) {
            collection(run.collections().get(c), c + 1);
        }
        html.close();
        html.element("footer", "Written by Baton " + version + " \u00b7 " + TIME.format(run.finishedAt()));
        html.close().close().close();
        html.flush();
    }

    private void head() {
        html.open("head");
        html.open("meta").attr("charset", "utf-8").close();
        html.open("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1").close();
        html.open("meta").attr("name", "generator").attr("content", "baton " + version).close();
        html.element("title", verdict() + " \u2014 Baton report");
        html.open("style").raw(HtmlStyle.CSS).close();
        html.close();
    }

    /** Every failed step, and every collection or iteration that could not run, walking only what has failures. */
    private void findFailures() {
        for (int c = 0; c < run.collections().size(); c++) {
            CollectionResult collection = run.collections().get(c);
            String name = output.text(collection.name());
            if (collection.error() != null) {
                failures.add(new Failure("collection-" + (c + 1), "ERROR", "error", name,
                        output.text(collection.error())));
            }
            if (unpassed(collection.counts()) + collection.notRun() == 0) {
                continue;
            }
            for (int i = 0; i < collection.iterations().size(); i++) {
                IterationResult iteration = collection.iterations().get(i);
                String number = (c + 1) + "-" + (i + 1);
                String path = iteration.name() == null ? name : name + SEPARATOR + output.text(iteration.name());
                if (iteration.name() != null && iteration.error() != null) {
                    failures.add(new Failure("iteration-" + number, "ERROR", "error", path,
                            output.text(iteration.error())));
                }
                if (unpassed(iteration.counts()) == 0) {
                    continue;
                }
                for (int s = 0; s < iteration.steps().size(); s++) {
                    StepResult step = iteration.steps().get(s);
                    if (step.didNotPass()) {
                        failures.add(new Failure("step-" + number + "-" + (s + 1), HtmlStep.label(step.outcome()),
                                HtmlStep.cssClass(step.outcome()), path + SEPARATOR + output.text(step.name()),
                                output.text(step.message())));
                    }
                }
            }
        }
    }

    /** The steps that did not pass: failed, errored or, in an audit, could not tell. */
    private static int unpassed(StepCounts counts) {
        return counts.failed() + counts.errors() + counts.inconclusive();
    }

    private String verdict() {
        return switch (run.status()) {
            case PASSED -> "\u2714 Passed";
            case FAILED -> "\u2718 Failed";
            case INTERRUPTED -> "\u25a0 Interrupted";
        };
    }

    private void summary() {
        StepCounts counts = run.counts();
        String state = switch (run.status()) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case INTERRUPTED -> "interrupted";
        };
        html.open("header", "run " + state);
        html.open("div", "headline");
        html.element("span", "badge", verdict());
        html.element("h1", title());
        html.close();
        html.open("p", "meta");
        html.open("time").attr("datetime", run.startedAt().toString()).text(TIME.format(run.startedAt())).close();
        html.text(" \u00b7 took " + Durations.format(run.durationMillis()) + " \u00b7 "
                + HtmlIteration.plural(run.collections().size(), "collection") + " \u00b7 Baton " + version);
        if (!failures.isEmpty()) {
            html.open("label").attr("for", "only-failures").attr("class", "filter").text("Show only failures").close();
        }
        html.close();
        if (run.status() == RunStatus.INTERRUPTED) {
            html.element("p", "interrupted", "The run was stopped before it ended: the step "
                    + "in progress is an error, the steps it did not run are skipped.");
        }

        html.open("ul", "tiles");
        tile("passed", counts.passed(), "passed");
        tile("failed", counts.failed(), "failed");
        tile("error", counts.errors(), counts.errors() == 1 ? "error" : "errors");
        tile("skipped", counts.skipped(), "skipped");
        tile("total", counts.total(), counts.total() == 1 ? "step" : "steps");
        html.close();

        html.open("div", "bar").attr("role", "img")
                .attr("aria-label", counts.passed() + " passed, " + counts.failed() + " failed, " + counts.errors()
                        + " errors, " + counts.skipped() + " skipped");
        segment("passed", counts.passed());
        segment("failed", counts.failed());
        segment("error", counts.errors());
        segment("skipped", counts.skipped());
        html.close();
        html.close();
    }

    private String title() {
        if (run.collections().size() == 1) {
            return output.text(run.collections().get(0).name());
        }
        return "Baton run";
    }

    private void tile(String kind, int count, String label) {
        html.open("li", "tile " + kind + (count == 0 && !kind.equals("total") ? " zero" : ""));
        html.element("span", "n", Integer.toString(count));
        html.element("span", "label", label);
        html.close();
    }

    private void segment(String kind, int count) {
        if (count > 0) {
            html.open("span", kind).attr("style", "flex-grow:" + count).close();
        }
    }

    private void failureList() {
        html.open("section", "failures").attr("id", "failures");
        html.open("h2").text("Failures ").element("span", "count", Integer.toString(failures.size())).close();
        html.open("ol");
        for (Failure failure : failures) {
            html.open("li", failure.outcome());
            html.open("a").attr("href", "#" + failure.anchor());
            html.element("span", "status", failure.status());
            html.element("span", "path", failure.path());
            html.close();
            if (!failure.message().isEmpty()) {
                List<String> lines = failure.message().lines().toList();
                String why = String.join("\n", lines.subList(0, Math.min(3, lines.size())));
                html.element("span", "why", lines.size() > 3 ? why + "\n\u2026" : why);
            }
            html.close();
        }
        html.close().close();
    }

    /** How long each step took across iterations and retries. */
    private void timings() {
        html.open("section", "timings").attr("id", "timings");
        html.element("h2", "Timings across iterations and retries");
        html.open("table");
        html.open("thead").open("tr");
        for (String heading : List.of("collection", "step", "tries", "min", "median", "p95", "max")) {
            html.element("th", heading);
        }
        html.close().close();
        html.open("tbody");
        for (StepTimings t : run.timings()) {
            html.open("tr");
            html.element("td", output.text(t.collection()));
            html.element("td", output.text(t.step()));
            html.element("td", "number", Integer.toString(t.samples()));
            for (long millis : new long[]{t.min(), t.median(), t.p95(), t.max()}) {
                html.element("td", "number", millis + " ms");
            }
            html.close();
        }
        html.close().close().close();
    }

    private void collection(CollectionResult collection, int number) throws IOException {
        html.open("section", "collection").attr("id", "collection-" + number);
        html.open("header", "collection-head");
        html.element("h2", output.text(collection.name()));
        if (collection.file() != null) {
            html.element("span", "file", output.text(DisplayPath.of(collection.file())));
        }
        html.element("span", "tally", HtmlIteration.tally(collection.counts()));
        html.close();
        if (collection.error() != null) {
            html.element("pre", "container-error", output.text(collection.error()));
        }
        for (int i = 0; i < collection.iterations().size(); i++) {
            RenderedUnits.Rendered rendered = units.find(number - 1, i, 0);
            if (rendered == null) {
                iterations.write(collection.file(), collection.iterations().get(i), number + "-" + (i + 1));
            } else {
                html.flush();
                rendered.copy();
            }
        }
        html.close();
        html.flush();
    }
}
