package dev.baton.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.model.DisplayPath;
import dev.baton.results.AssertionRecord;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;
import dev.baton.results.StepRecord;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeMap;

/** The JSON document of a run, in the shape {@code docs/reports.md} describes. */
final class RunJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunJson() {
    }

    /** The document as indented text, ending with a line break. */
    static String write(RecordedRun run, String version) {
        try {
            return MAPPER.writer(Bodies.prettyPrinter()).writeValueAsString(document(run, version)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }

    static ObjectNode document(RecordedRun run, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("baton", version);
        root.put("status", run.passed() ? "PASSED" : "FAILED");
        root.put("startedAt", instant(run.startedAt()));
        root.put("finishedAt", instant(run.finishedAt()));
        root.put("durationMillis", run.durationMillis());
        StepCounts counts = run.counts();
        ObjectNode summary = root.putObject("summary");
        summary.put("passed", counts.passed());
        summary.put("failed", counts.failed());
        summary.put("errors", counts.errors());
        summary.put("skipped", counts.skipped());
        summary.put("total", counts.total());
        ArrayNode collections = root.putArray("collections");
        for (RecordedRun.CollectionRun collection : run.collections()) {
            ObjectNode c = collections.addObject();
            c.put("name", collection.name());
            c.put("file", collection.file() == null ? null : DisplayPath.of(collection.file()));
            c.put("error", collection.error());
            ArrayNode iterations = c.putArray("iterations");
            for (RecordedRun.IterationRun iteration : collection.iterations()) {
                ObjectNode i = iterations.addObject();
                i.put("name", iteration.name());
                i.put("error", iteration.error());
                ArrayNode steps = i.putArray("steps");
                iteration.steps().forEach(step -> step(steps.addObject(), step));
            }
        }
        return root;
    }

    private static void step(ObjectNode node, StepRecord step) {
        node.put("name", step.step());
        node.put("line", step.line());
        node.put("outcome", step.outcome().name());
        node.put("message", step.message() == null || step.message().isEmpty() ? null : step.message());
        node.put("durationMillis", step.durationMillis());
        ArrayNode exchanges = node.putArray("exchanges");
        step.exchanges().forEach(e -> exchange(exchanges.addObject(), e));
        ObjectNode captures = node.putObject("captures");
        new TreeMap<>(step.captures()).forEach(captures::put);
        ArrayNode assertions = node.putArray("assertions");
        for (AssertionRecord assertion : step.assertions()) {
            ObjectNode a = assertions.addObject();
            a.put("label", assertion.label());
            a.put("passed", assertion.passed());
            a.put("message", assertion.message() == null || assertion.message().isEmpty() ? null
                    : assertion.message());
        }
    }

    private static void exchange(ObjectNode node, ExchangeRecord exchange) {
        ObjectNode request = node.putObject("request");
        request.put("method", exchange.method());
        request.put("url", exchange.url());
        headers(request.putArray("headers"), exchange.requestHeaders());
        request.put("body", exchange.requestBody());
        if (exchange.status() == 0) {
            node.putNull("response");
            return;
        }
        ObjectNode response = node.putObject("response");
        response.put("status", exchange.status());
        headers(response.putArray("headers"), exchange.responseHeaders());
        response.put("body", exchange.responseBody());
        response.put("bodyTruncated", exchange.bodyTruncated());
        response.put("contentType", exchange.contentType());
        response.put("durationMillis", exchange.durationMillis());
    }

    private static void headers(ArrayNode array, List<HeaderRecord> headers) {
        headers.forEach(h -> array.addObject().put("name", h.name()).put("value", h.value()));
    }

    private static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
