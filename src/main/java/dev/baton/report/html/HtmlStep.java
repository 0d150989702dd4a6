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
    private final HeaderRows headerRows;
    private Path lastFile;
    private Object lastMasks;
    private String lastShown;

    HtmlStep(OutputBoundary output, int bodyLimit) {
        this.output = output;
        this.bodyLimit = bodyLimit;
        this.headerRows = new HeaderRows(output);
    }

    /** Writes {@code <section class="step passed|failed|error|skipped" id=anchor>}; bodies cut at {@code bodyLimit}. */
    void write(StepResult step, Path file, String anchor, HtmlWriter html) {
        html.open("section", "step " + cssClass(step.outcome())).attr("id", anchor);
        html.open("div", "step-head");
        html.element("span", "status", label(step.outcome()));
        html.element("h4", "name", output.text(step.name()));
        html.open("span", "where").attr("title", file == null ? "" : shown(file) + ":" + step.line())
                .text("line " + step.line()).close();
        html.element("span", "time", step.outcome() == Outcome.SKIPPED
                || step.outcome() == Outcome.NOT_APPLICABLE ? "skipped"
                : Durations.format(step.durationMillis()));
        html.close();

        if (showsMessage(step)) {
            String message = step.problems().isEmpty() ? step.message()
                    : String.join("\n", step.problems().stream().map(Diagnostic::render).toList());
            html.element("pre", "message", output.text(message));
        }
        assertions(html, step.assertions());
        captures(html, step.captures());
        screenshots(html, step.screenshots());
        for (int i = 0; i < step.exchanges().size(); i++) {
            boolean last = i == step.exchanges().size() - 1;
            exchange(html, step.exchanges().get(i), i + 1, step.exchanges().size(), step.didNotPass() && last);
        }
        html.close();
    }

    /**
     * The file as the page shows it, masked; the last one is kept while the masks stay the same, as a file's steps
     * come one after another.
     */
    private String shown(Path file) {
        Object masks = output.maskingState();
        if (!file.equals(lastFile) || masks != lastMasks) {
            lastShown = output.text(DisplayPath.of(file));
            lastFile = file;
            lastMasks = masks;
        }
        return lastShown;
    }

    /** The pictures of a failed headless sign-in, each page in order, linked to its file. */
    private static void screenshots(HtmlWriter html, List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        html.open("div", "screenshots");
        html.element("h4", "Pages of the sign-in");
        for (Path file : files) {
            String uri = file.toAbsolutePath().toUri().toString();
            String name = file.getFileName().toString();
            html.open("figure");
            html.open("a").attr("href", uri);
            html.open("img").attr("src", uri).attr("alt", name).attr("loading", "lazy").attr("width", "480").close();
            html.close();
            html.element("figcaption", name);
            html.close();
        }
        html.close();
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

    private void assertions(HtmlWriter html, List<AssertionRecord> assertions) {
        if (assertions.isEmpty()) {
            return;
        }
        html.open("ul", "assertions");
        for (AssertionRecord assertion : assertions) {
            html.open("li", assertion.passed() ? "ok" : "bad");
            html.element("span", "mark", assertion.passed() ? "\u2714" : "\u2718");
            String label = output.text(assertion.label());
            html.element("span", "label", label);
            String message = output.text(assertion.message());
            if (!assertion.passed() && !message.isEmpty()) {
                String prefix = label + ": ";
                html.element("span", "msg", message.startsWith(prefix) ? message.substring(prefix.length()) : message);
                String rendered = output.text(assertion.failure().render());
                int where = rendered.indexOf('\n');
                if (where >= 0) {
                    html.element("pre", "source", rendered.substring(where + 1));
                }
            }
            html.close();
        }
        html.close();
    }

    private void captures(HtmlWriter html, Map<String, String> captures) {
        if (captures.isEmpty()) {
            return;
        }
        html.open("div", "captures");
        html.element("h5", "Captured");
        html.open("table", "kv");
        new TreeMap<>(captures).forEach((name, value) -> {
            html.open("tr");
            html.element("th", name);
            html.open("td").element("code", output.text(value)).close();
            html.close();
        });
        html.close().close();
    }

    private void exchange(HtmlWriter html, ExchangeRecord exchange, int number, int of, boolean open) {
        html.open("details", "exchange");
        if (open) {
            html.attr("open");
        }
        html.open("summary", "exchange-line");
        if (of > 1) {
            html.element("span", "ordinal", number + "/" + of);
        }
        String method = output.text(exchange.method());
        html.element("span", "method", method);
        String url = output.text(exchange.url());
        html.open("span", "url").attr("title", url).text(url).close();
        if (!exchange.answered()) {
            html.element("span", "code none", "no response");
        } else {
            html.element("span", "code s" + exchange.status() / 100, Integer.toString(exchange.status()));
            html.element("span", "time", Durations.format(exchange.durationMillis()));
        }
        html.close();

        String requestType = contentType(exchange.requestHeaders());
        part(html, "request", "Request");
        html.open("div", "request-line").element("code", method + " " + url).close();
        headers(html, exchange.requestHeaders());
        body(html, exchange.requestBody(), requestType);
        html.close();
        part(html, "response", "Response");
        if (!exchange.answered()) {
            html.element("p", "no-response", "No response was read.");
        } else {
            headers(html, exchange.responseHeaders());
            body(html, exchange.responseBody(), exchange.contentType());
        }
        html.close().close();
    }

    /** The value of the first {@code Content-Type} header, or nothing. */
    private static String contentType(List<HeaderRecord> headers) {
        for (HeaderRecord header : headers) {
            if (header.name().equalsIgnoreCase("Content-Type")) {
                return header.value();
            }
        }
        return "";
    }

    /** Opens a request's or a response's part, with its title. */
    private static void part(HtmlWriter html, String kind, String title) {
        html.open("div", "part " + kind);
        html.element("h5", title);
    }

    private void headers(HtmlWriter html, List<HeaderRecord> headers) {
        if (headers.isEmpty()) {
            return;
        }
        html.open("details", "headers");
        html.element("summary", headers.size() + (headers.size() == 1 ? " header" : " headers"));
        html.open("table", "kv");
        for (HeaderRecord header : headers) {
            html.raw(headerRows.of(header));
        }
        html.close().close();
    }

    /** Indented for display first, then masked, then cut: masking sees what the reader will see. */
    private void body(HtmlWriter html, String raw, String contentType) {
        if (raw == null || raw.isEmpty()) {
            html.element("p", "no-body", "No body.");
            return;
        }
        String shown = output.text(Bodies.pretty(raw, contentType));
        boolean truncated = shown.length() > bodyLimit;
        String body = truncated ? shown.substring(0, bodyLimit) : shown;
        html.open("details", "body").attr("open");
        String type = contentType == null || contentType.isEmpty() ? "" : " \u00b7 " + output.text(contentType);
        html.element("summary", "Body \u00b7 " + Bodies.size(body) + type
                + (truncated ? " \u00b7 cut at " + bodyLimit / 1024 + " KiB" : ""));
        html.element("pre", body);
        html.close();
    }
}
