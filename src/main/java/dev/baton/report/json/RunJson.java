package dev.baton.report.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.model.DisplayPath;
import dev.baton.report.Bodies;
import dev.baton.results.AssertionRecord;
import dev.baton.results.CollectionResult;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;
import dev.baton.results.IterationResult;
import dev.baton.results.RunResult;
import dev.baton.results.StepCounts;
import dev.baton.results.StepResult;
import dev.baton.results.StepTimings;
import dev.baton.secret.OutputBoundary;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeMap;

/**
 * The JSON document of a run, in the shape {@code docs/reports.md} describes: a function of the result tree. Each
 * value of data is masked as it goes in; the keys and Baton's own values (outcomes, counts) never are.
 */
final class RunJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OutputBoundary output;

    private RunJson(OutputBoundary output) {
        this.output = output;
    }

    /** The document as indented text, ending with a line break; every value of data masked, long bodies cut after. */
    static String write(RunResult run, String version, OutputBoundary output) {
        try {
            return MAPPER.writer(Bodies.prettyPrinter()).writeValueAsString(new RunJson(output).document(run, version))
                    + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }

    private ObjectNode document(RunResult run, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("baton", version);
        root.put("status", run.status().name());
        root.put("startedAt", instant(run.startedAt()));
        root.put("finishedAt", instant(run.finishedAt()));
        root.put("durationMillis", run.durationMillis());
        StepCounts counts = run.counts();
        ObjectNode summary = root.putObject("summary");
        summary.put("passed", counts.passed());
        summary.put("failed", counts.failed());
        summary.put("errors", counts.errors());
        summary.put("skipped", counts.skipped());
        summary.put("notApplicable", counts.notApplicable());
        summary.put("inconclusive", counts.inconclusive());
        summary.put("total", counts.total());
        ArrayNode timings = root.putArray("timings");
        for (StepTimings t : StepTimings.of(run)) {
            timings.addObject().put("collection", t.collection()).put("step", t.step()).put("tries", t.samples())
                    .put("minMillis", t.min()).put("medianMillis", t.median()).put("p95Millis", t.p95())
                    .put("maxMillis", t.max());
        }
        ArrayNode collections = root.putArray("collections");
        for (CollectionResult collection : run.collections()) {
            ObjectNode c = collections.addObject();
            c.put("name", output.text(collection.name()));
            c.put("file", collection.file() == null ? null : output.text(DisplayPath.of(collection.file())));
            c.put("error", output.text(collection.error()));
            ArrayNode iterations = c.putArray("iterations");
            for (IterationResult iteration : collection.iterations()) {
                ObjectNode i = iterations.addObject();
                i.put("name", output.text(iteration.name()));
                i.put("error", output.text(iteration.error()));
                ArrayNode steps = i.putArray("steps");
                iteration.steps().forEach(step -> step(steps.addObject(), step));
            }
        }
        return root;
    }

    private void step(ObjectNode node, StepResult step) {
        node.put("name", output.text(step.name()));
        node.put("line", step.line());
        node.put("outcome", step.outcome().name());
        node.put("message", step.message() == null || step.message().isEmpty() ? null : output.text(step.message()));
        node.put("durationMillis", step.durationMillis());
        ArrayNode exchanges = node.putArray("exchanges");
        step.exchanges().forEach(e -> exchange(exchanges.addObject(), e));
        ObjectNode captures = node.putObject("captures");
        new TreeMap<>(step.captures()).forEach((name, value) -> captures.put(name, output.text(value)));
        if (!step.screenshots().isEmpty()) {
            ArrayNode screenshots = node.putArray("screenshots");
            step.screenshots().forEach(file -> screenshots.add(file.toAbsolutePath().toString()));
        }
        ArrayNode assertions = node.putArray("assertions");
        for (AssertionRecord assertion : step.assertions()) {
            ObjectNode a = assertions.addObject();
            a.put("label", output.text(assertion.label()));
            a.put("passed", assertion.passed());
            a.put("message", assertion.passed() ? null : output.text(assertion.message()));
            a.put("position", assertion.passed() || assertion.failure().position() == null ? null
                    : output.text(assertion.failure().position().toString()));
        }
    }

    private void exchange(ObjectNode node, ExchangeRecord exchange) {
        ObjectNode request = node.putObject("request");
        request.put("method", output.text(exchange.method()));
        request.put("url", output.text(exchange.url()));
        headers(request.putArray("headers"), exchange.requestHeaders());
        request.put("body", output.text(exchange.requestBody()));
        if (!exchange.answered()) {
            node.putNull("response");
            return;
        }
        ObjectNode response = node.putObject("response");
        response.put("status", exchange.status());
        headers(response.putArray("headers"), exchange.responseHeaders());
        String body = output.text(exchange.responseBody());
        boolean cut = body != null && body.length() > ExchangeRecord.MAX_BODY_CHARS;
        response.put("body", body == null || body.isEmpty() ? null
                : cut ? body.substring(0, ExchangeRecord.MAX_BODY_CHARS) : body);
        response.put("bodyTruncated", cut);
        response.put("contentType", output.text(exchange.contentType()));
        response.put("durationMillis", exchange.durationMillis());
    }

    private void headers(ArrayNode array, List<HeaderRecord> headers) {
        headers.forEach(h -> array.addObject().put("name", output.text(h.name())).put("value", output.text(h.value())));
    }

    private static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
