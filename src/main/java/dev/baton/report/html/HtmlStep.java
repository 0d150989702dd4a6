package dev.baton.report.html;

import dev.baton.model.Diagnostic;
import dev.baton.model.DisplayPath;
import dev.baton.report.Bodies;
import dev.baton.report.Durations;
import dev.baton.results.AssertionRecord;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;
import dev.baton.results.Outcome;
import dev.baton.results.StepResult;
import dev.baton.secret.OutputBoundary;
import org.jsoup.nodes.Element;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One step of the HTML report: its outcome, assertions (a failed one with the line it is written on and a caret),
 * captures, and each request with its response. Every text is masked before it goes in, after any decoding done
 * for display (JSON bodies are indented, which undoes their escapes).
 */
final class HtmlStep {

    private final OutputBoundary output;
    private final int bodyLimit;

    HtmlStep(OutputBoundary output, int bodyLimit) {
        this.output = output;
        this.bodyLimit = bodyLimit;
    }

    /**
     * Appends {@code <section class="step passed|failed|error|skipped" id=anchor>} to {@code parent}, which should
     * belong to a document (Jsoup makes a parser for each element added to a detached one); bodies cut at
     * {@code bodyLimit}.
     */
    Element render(StepResult step, Path file, String anchor, Element parent) {
        Element section = parent.appendElement("section").addClass("step").addClass(cssClass(step.outcome()))
                .id(anchor);
        Element head = section.appendElement("div").addClass("step-head");
        head.appendElement("span").addClass("status").text(label(step.outcome()));
        head.appendElement("h4").addClass("name").text(output.text(step.name()));
        head.appendElement("span").addClass("where")
                .attr("title", file == null ? "" : output.text(DisplayPath.of(file)) + ":" + step.line())
                .text("line " + step.line());
        head.appendElement("span").addClass("time").text(step.outcome() == Outcome.SKIPPED
                || step.outcome() == Outcome.NOT_APPLICABLE ? "skipped"
                : Durations.format(step.durationMillis()));

        if (showsMessage(step)) {
            String message = step.problems().isEmpty() ? step.message()
                    : String.join("\n", step.problems().stream().map(Diagnostic::render).toList());
            section.appendElement("pre").addClass("message").text(output.text(message));
        }
        assertions(section, step.assertions());
        captures(section, step.captures());
        screenshots(section, step.screenshots());
        for (int i = 0; i < step.exchanges().size(); i++) {
            boolean last = i == step.exchanges().size() - 1;
            exchange(section, step.exchanges().get(i), i + 1, step.exchanges().size(), step.didNotPass() && last);
        }
        return section;
    }

    /** The pictures of a failed headless sign-in, each page in order, linked to its file. */
    private static void screenshots(Element section, List<java.nio.file.Path> files) {
        if (files.isEmpty()) {
            return;
        }
        Element figures = section.appendElement("div").addClass("screenshots");
        figures.appendElement("h4").text("Pages of the sign-in");
        for (java.nio.file.Path file : files) {
            String uri = file.toAbsolutePath().toUri().toString();
            Element figure = figures.appendElement("figure");
            figure.appendElement("a").attr("href", uri).appendElement("img").attr("src", uri)
                    .attr("alt", file.getFileName().toString()).attr("loading", "lazy").attr("width", "480");
            figure.appendElement("figcaption").text(file.getFileName().toString());
        }
    }

    static String label(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case ERROR -> "ERROR";
            case SKIPPED -> "SKIP";
            case NOT_APPLICABLE -> "N/A";
            case INCONCLUSIVE -> "INCONCLUSIVE";
        };
    }

    static String cssClass(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case ERROR -> "error";
            case SKIPPED, NOT_APPLICABLE -> "skipped";
            case INCONCLUSIVE -> "error";
        };
    }

    /** A failure's message repeats its failed assertions, which are listed anyway. */
    private static boolean showsMessage(StepResult step) {
        if (step.message() == null || step.message().isEmpty()) {
            return false;
        }
        return step.outcome() != Outcome.FAILED || step.assertions().stream().allMatch(AssertionRecord::passed);
    }

    private void assertions(Element section, List<AssertionRecord> assertions) {
        if (assertions.isEmpty()) {
            return;
        }
        Element list = section.appendElement("ul").addClass("assertions");
        for (AssertionRecord assertion : assertions) {
            Element item = list.appendElement("li").addClass(assertion.passed() ? "ok" : "bad");
            item.appendElement("span").addClass("mark").text(assertion.passed() ? "\u2714" : "\u2718");
            String label = output.text(assertion.label());
            item.appendElement("span").addClass("label").text(label);
            String message = output.text(assertion.message());
            if (!assertion.passed() && !message.isEmpty()) {
                String prefix = label + ": ";
                item.appendElement("span").addClass("msg")
                        .text(message.startsWith(prefix) ? message.substring(prefix.length()) : message);
                String rendered = output.text(assertion.failure().render());
                int where = rendered.indexOf('\n');
                if (where >= 0) {
                    item.appendElement("pre").addClass("source").text(rendered.substring(where + 1));
                }
            }
        }
    }

    private void captures(Element section, Map<String, String> captures) {
        if (captures.isEmpty()) {
            return;
        }
        Element box = section.appendElement("div").addClass("captures");
        box.appendElement("h5").text("Captured");
        Element table = box.appendElement("table").addClass("kv");
        new TreeMap<>(captures).forEach((name, value) -> {
            Element row = table.appendElement("tr");
            row.appendElement("th").text(name);
            row.appendElement("td").appendElement("code").text(output.text(value));
        });
    }

    private void exchange(Element section, ExchangeRecord exchange, int number, int of, boolean open) {
        Element box = section.appendElement("details").addClass("exchange");
        if (open) {
            box.attr("open", true);
        }
        Element line = box.appendElement("summary").addClass("exchange-line");
        if (of > 1) {
            line.appendElement("span").addClass("ordinal").text(number + "/" + of);
        }
        String method = output.text(exchange.method());
        line.appendElement("span").addClass("method").text(method);
        String url = output.text(exchange.url());
        line.appendElement("span").addClass("url").attr("title", url).text(url);
        if (!exchange.answered()) {
            line.appendElement("span").addClass("code").addClass("none").text("no response");
        } else {
            line.appendElement("span").addClass("code").addClass("s" + exchange.status() / 100)
                    .text(Integer.toString(exchange.status()));
            line.appendElement("span").addClass("time").text(Durations.format(exchange.durationMillis()));
        }

        String requestType = exchange.requestHeaders().stream().filter(h -> h.name().equalsIgnoreCase("Content-Type"))
                .map(HeaderRecord::value).findFirst().orElse("");
        Element request = part(box, "request", "Request");
        request.appendElement("div").addClass("request-line").appendElement("code")
                .text(method + " " + url);
        headers(request, exchange.requestHeaders());
        body(request, exchange.requestBody(), requestType);
        Element response = part(box, "response", "Response");
        if (!exchange.answered()) {
            response.appendElement("p").addClass("no-response").text("No response was read.");
            return;
        }
        headers(response, exchange.responseHeaders());
        body(response, exchange.responseBody(), exchange.contentType());
    }

    private static Element part(Element box, String kind, String title) {
        Element part = box.appendElement("div").addClass("part").addClass(kind);
        part.appendElement("h5").text(title);
        return part;
    }

    private void headers(Element part, List<HeaderRecord> headers) {
        if (headers.isEmpty()) {
            return;
        }
        Element details = part.appendElement("details").addClass("headers");
        details.appendElement("summary").text(headers.size() + (headers.size() == 1 ? " header" : " headers"));
        Element table = details.appendElement("table").addClass("kv");
        for (HeaderRecord header : headers) {
            Element row = table.appendElement("tr");
            row.appendElement("th").text(output.text(header.name()));
            row.appendElement("td").text(output.text(header.value()));
        }
    }

    /** Indented for display first, then masked, then cut: masking sees what the reader will see. */
    private void body(Element part, String raw, String contentType) {
        if (raw == null || raw.isEmpty()) {
            part.appendElement("p").addClass("no-body").text("No body.");
            return;
        }
        String shown = output.text(Bodies.pretty(raw, contentType));
        boolean truncated = shown.length() > bodyLimit;
        String body = truncated ? shown.substring(0, bodyLimit) : shown;
        Element details = part.appendElement("details").addClass("body").attr("open", true);
        String type = contentType == null || contentType.isEmpty() ? "" : " \u00b7 " + output.text(contentType);
        details.appendElement("summary").text("Body \u00b7 " + Bodies.size(body) + type
                + (truncated ? " \u00b7 cut at " + bodyLimit / 1024 + " KiB" : ""));
        details.appendElement("pre").text(body);
    }
}
