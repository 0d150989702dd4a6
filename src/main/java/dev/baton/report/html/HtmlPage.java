package dev.baton.report.html;

import dev.baton.model.DisplayPath;
import dev.baton.report.Durations;
import dev.baton.results.CollectionResult;
import dev.baton.results.IterationResult;
import dev.baton.results.RunResult;
import dev.baton.results.RunStatus;
import dev.baton.results.StepCounts;
import dev.baton.results.StepTimings;
import dev.baton.results.StepResult;
import dev.baton.secret.OutputBoundary;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML report of a run as one self-contained page: the summary, the failures with links to them, then every
 * collection, iteration and step. Every text goes in through Jsoup's text methods, so it is escaped, and every value
 * of data is masked before it goes in; the markup and Baton's own words never are.
 */
final class HtmlPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String SEPARATOR = " \u203a ";

    private final RunResult run;
    private final String version;
    private final OutputBoundary output;
    private final List<Failure> failures = new ArrayList<>();

    private HtmlPage(RunResult run, String version, OutputBoundary output) {
        this.run = run;
        this.version = version;
        this.output = output;
    }

    /** The page of a run; every text of the run is masked before it goes in. */
    static Document render(RunResult run, String version, OutputBoundary output) {
        return new HtmlPage(run, version, output).document();
    }

    private record Failure(String anchor, String status, String outcome, String path, String message) {
    }

    private Document document() {
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
        Element main = new Element("main");
        for (int c = 0; c < run.collections().size(); c++) {
            collection(main, run.collections().get(c), c + 1);
        }
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
        if (run.collections().isEmpty()) {
            main.appendElement("p").addClass("empty").text("No collection ran.");
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
            row.appendElement("td").text(t.collection());
            row.appendElement("td").text(t.step());
            row.appendElement("td").addClass("number").text(Integer.toString(t.samples()));
            for (long millis : new long[]{t.min(), t.median(), t.p95(), t.max()}) {
                row.appendElement("td").addClass("number").text(millis + " ms");
            }
        }
    }

    private void collection(Element main, CollectionResult collection, int number) {
        String anchor = "collection-" + number;
        Element section = main.appendElement("section").addClass("collection").id(anchor);
        Element head = section.appendElement("header").addClass("collection-head");
        String name = output.text(collection.name());
        head.appendElement("h2").text(name);
        if (collection.file() != null) {
            head.appendElement("span").addClass("file").text(output.text(DisplayPath.of(collection.file())));
        }
        StepCounts counts = StepCounts.of(collection.iterations().stream().flatMap(i -> i.steps().stream())
                .toList());
        head.appendElement("span").addClass("tally").text(tally(counts));
        if (collection.error() != null) {
            String error = output.text(collection.error());
            section.appendElement("pre").addClass("container-error").text(error);
            failures.add(new Failure(anchor, "ERROR", "error", name, error));
        }
        for (int i = 0; i < collection.iterations().size(); i++) {
            iteration(section, collection, collection.iterations().get(i), number + "-" + (i + 1));
        }
    }

    private void iteration(Element section, CollectionResult collection, IterationResult iteration, String number) {
        Element holder = section;
        String path = output.text(collection.name());
        if (iteration.name() != null) {
            String anchor = "iteration-" + number;
            holder = section.appendElement("div").addClass("iteration").id(anchor);
            Element head = holder.appendElement("h3");
            String name = output.text(iteration.name());
            head.appendElement("span").addClass("iteration-name").text(name);
            head.appendElement("span").addClass("tally").text(tally(StepCounts.of(iteration.steps())));
            path = path + SEPARATOR + name;
            if (iteration.error() != null) {
                String error = output.text(iteration.error());
                holder.appendElement("pre").addClass("container-error").text(error);
                failures.add(new Failure(anchor, "ERROR", "error", path, error));
            }
        }
        for (int s = 0; s < iteration.steps().size(); s++) {
            StepResult step = iteration.steps().get(s);
            String anchor = "step-" + number + "-" + (s + 1);
            holder.appendChild(HtmlStep.render(step, collection.file(), anchor, output));
            if (step.didNotPass()) {
                failures.add(new Failure(anchor, HtmlStep.label(step.outcome()), HtmlStep.cssClass(step.outcome()),
                        path + SEPARATOR + output.text(step.name()), output.text(step.message())));
            }
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
