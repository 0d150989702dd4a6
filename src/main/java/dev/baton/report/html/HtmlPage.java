package dev.baton.report.html;

import dev.baton.model.DisplayPath;
import dev.baton.report.Durations;
import dev.baton.results.CollectionResult;
import dev.baton.results.IterationResult;
import dev.baton.results.RunResult;
import dev.baton.results.RunStatus;
import dev.baton.results.StepCounts;
import dev.baton.results.StepResult;
import dev.baton.results.StepTimings;
import dev.baton.secret.OutputBoundary;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The HTML report of a run as one self-contained page: the summary, the failures with links to them, then every
 * collection, iteration and step. Every text is escaped (by Jsoup's text methods in the head of the page, once, and
 * by {@link HtmlWriter} in its body), and every value of data is masked before it goes in; the markup and Baton's own
 * words never are. The body is written as the result tree is walked, a step at a time, with no tree built: the
 * summary comes from the tree's counts, the failures from a first walk of the units that have any, so a run of any
 * size is never held as one document.
 */
final class HtmlPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String SEPARATOR = " \u203a ";

    private final RunResult run;
    private final String version;
    private final OutputBoundary output;
    private final HtmlStep steps;
    private final PrintWriter out;
    private final HtmlWriter html;
    private final String hole = "baton-children-" + UUID.randomUUID();
    private final List<Failure> failures = new ArrayList<>();

    private HtmlPage(RunResult run, String version, OutputBoundary output, int bodyLimit, PrintWriter out) {
        this.run = run;
        this.version = version;
        this.output = output;
        this.steps = new HtmlStep(output, bodyLimit);
        this.out = out;
        this.html = new HtmlWriter(out);
    }

    /** Writes the page of a run; every text of the run is masked before it goes in, bodies cut at bodyLimit. */
    static void write(RunResult run, String version, OutputBoundary output, int bodyLimit, PrintWriter out) {
        new HtmlPage(run, version, output, bodyLimit, out).write();
    }

    private record Failure(String anchor, String status, String outcome, String path, String message) {
    }

    private void write() {
        findFailures();
        Element main = new Element("main");
        if (run.collections().isEmpty()) {
            main.appendElement("p").addClass("empty").text("No collection ran.");
        } else {
            main.appendChild(new Comment(hole));
        }
        String[] page = around(shell(main).outerHtml());
        out.write(page[0]);
        for (int c = 0; c < run.collections().size(); c++) {
            collection(run.collections().get(c), c + 1);
        }
        out.write(page.length > 1 ? page[1] : "");
        out.flush();
    }

    /** The text before and after the hole of a rendered element. */
    private String[] around(String page) {
        int at = page.indexOf("<!--" + hole + "-->");
        return at < 0 ? new String[]{page} : new String[]{page.substring(0, at),
                page.substring(at + hole.length() + 7)};
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

    private Document shell(Element main) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        document.prependChild(new DocumentType("html", "", ""));
        document.selectFirst("html").attr("lang", "en");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "baton " + version);
        document.title(verdict() + " \u2014 Baton report");
        head.appendElement("style").appendChild(new DataNode(HtmlStyle.CSS));

        Element page = document.body().appendElement("div").addClass("page");
        if (!failures.isEmpty()) {
            page.appendElement("input").attr("type", "checkbox").id("only-failures").addClass("toggle")
                    .attr("aria-label", "show only failures");
        }
        summary(page);
        if (!failures.isEmpty()) {
            failureList(page);
        }
        if (StepTimings.repeated(run)) {
            timings(page);
        }
        page.appendChild(main);
        page.appendElement("footer").text("Written by Baton " + version + " \u00b7 "
                + TIME.format(run.finishedAt()));
        return document;
    }

    private String verdict() {
        return switch (run.status()) {
            case PASSED -> "\u2714 Passed";
            case FAILED -> "\u2718 Failed";
            case INTERRUPTED -> "\u25a0 Interrupted";
        };
    }

    private void summary(Element page) {
        StepCounts counts = run.counts();
        String state = switch (run.status()) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case INTERRUPTED -> "interrupted";
        };
        Element header = page.appendElement("header").addClass("run").addClass(state);
        Element headline = header.appendElement("div").addClass("headline");
        headline.appendElement("span").addClass("badge").text(verdict());
        headline.appendElement("h1").text(title());
        Element meta = header.appendElement("p").addClass("meta");
        meta.appendElement("time").attr("datetime", run.startedAt().toString()).text(TIME.format(run.startedAt()));
        meta.appendText(" \u00b7 took " + Durations.format(run.durationMillis()) + " \u00b7 "
                + plural(run.collections().size(), "collection") + " \u00b7 Baton " + version);
        if (run.status() == RunStatus.INTERRUPTED) {
            header.appendElement("p").addClass("interrupted").text("The run was stopped before it ended: the step "
                    + "in progress is an error, the steps it did not run are skipped.");
        }
        if (!failures.isEmpty()) {
            meta.appendElement("label").attr("for", "only-failures").addClass("filter").text("Show only failures");
        }

        Element tiles = header.appendElement("ul").addClass("tiles");
        tile(tiles, "passed", counts.passed(), "passed");
        tile(tiles, "failed", counts.failed(), "failed");
        tile(tiles, "error", counts.errors(), counts.errors() == 1 ? "error" : "errors");
        tile(tiles, "skipped", counts.skipped(), "skipped");
        tile(tiles, "total", counts.total(), counts.total() == 1 ? "step" : "steps");

        Element bar = header.appendElement("div").addClass("bar").attr("role", "img")
                .attr("aria-label", counts.passed() + " passed, " + counts.failed() + " failed, " + counts.errors()
                        + " errors, " + counts.skipped() + " skipped");
        segment(bar, "passed", counts.passed());
        segment(bar, "failed", counts.failed());
        segment(bar, "error", counts.errors());
        segment(bar, "skipped", counts.skipped());
    }

    private String title() {
        if (run.collections().size() == 1) {
            return output.text(run.collections().get(0).name());
        }
        return "Baton run";
    }

    private static void tile(Element tiles, String kind, int count, String label) {
        Element tile = tiles.appendElement("li").addClass("tile").addClass(kind);
        if (count == 0 && !kind.equals("total")) {
            tile.addClass("zero");
        }
        tile.appendElement("span").addClass("n").text(Integer.toString(count));
        tile.appendElement("span").addClass("label").text(label);
    }

    private static void segment(Element bar, String kind, int count) {
        if (count > 0) {
            bar.appendElement("span").addClass(kind).attr("style", "flex-grow:" + count);
        }
    }

    private void failureList(Element page) {
        Element section = page.appendElement("section").addClass("failures").id("failures");
        section.appendElement("h2").text("Failures ").appendElement("span").addClass("count")
                .text(Integer.toString(failures.size()));
        Element list = section.appendElement("ol");
        for (Failure failure : failures) {
            Element item = list.appendElement("li").addClass(failure.outcome());
            Element link = item.appendElement("a").attr("href", "#" + failure.anchor());
            link.appendElement("span").addClass("status").text(failure.status());
            link.appendElement("span").addClass("path").text(failure.path());
            if (!failure.message().isEmpty()) {
                List<String> lines = failure.message().lines().toList();
                String why = String.join("\n", lines.subList(0, Math.min(3, lines.size())));
                item.appendElement("span").addClass("why").text(lines.size() > 3 ? why + "\n\u2026" : why);
            }
        }
    }

    /** How long each step took across iterations and retries. */
    private void timings(Element page) {
        Element section = page.appendElement("section").addClass("timings").id("timings");
        section.appendElement("h2").text("Timings across iterations and retries");
        Element table = section.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String heading : List.of("collection", "step", "tries", "min", "median", "p95", "max")) {
            head.appendElement("th").text(heading);
        }
        Element body = table.appendElement("tbody");
        for (StepTimings t : StepTimings.of(run)) {
            Element row = body.appendElement("tr");
            row.appendElement("td").text(output.text(t.collection()));
            row.appendElement("td").text(output.text(t.step()));
            row.appendElement("td").addClass("number").text(Integer.toString(t.samples()));
            for (long millis : new long[]{t.min(), t.median(), t.p95(), t.max()}) {
                row.appendElement("td").addClass("number").text(millis + " ms");
            }
        }
    }

    private void collection(CollectionResult collection, int number) {
        html.open("section", "collection").attr("id", "collection-" + number);
        html.open("header", "collection-head");
        html.element("h2", output.text(collection.name()));
        if (collection.file() != null) {
            html.element("span", "file", output.text(DisplayPath.of(collection.file())));
        }
        html.element("span", "tally", tally(collection.counts()));
        html.close();
        if (collection.error() != null) {
            html.element("pre", "container-error", output.text(collection.error()));
        }
        for (int i = 0; i < collection.iterations().size(); i++) {
            iteration(collection, collection.iterations().get(i), number + "-" + (i + 1));
        }
        html.close();
        out.flush();
    }

    private void iteration(CollectionResult collection, IterationResult iteration, String number) {
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
            steps.write(iteration.steps().get(s), collection.file(), "step-" + number + "-" + (s + 1), html);
            out.flush();
        }
        if (named) {
            html.close();
        }
    }

    private static String tally(StepCounts counts) {
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

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
