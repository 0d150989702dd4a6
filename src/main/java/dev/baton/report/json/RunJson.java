package dev.baton.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.baton.model.Diagnostic;
import dev.baton.model.DisplayPath;
import dev.baton.model.Position;
import dev.baton.report.RenderedUnits;
import dev.baton.report.TextBuffer;
import dev.baton.report.UnitText;
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

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeMap;

/**
 * The JSON document of a run, in the shape {@code docs/reports.md} describes: a function of the result tree,
 * written as the tree is walked, a step at a time, so that a run of any size is never held as one document. Each
 * value of data is masked as it goes in; the keys and Baton's own values (outcomes, counts) never are.
 * {@link RunJsonReader} reads it back.
 */
final class RunJson {

    private static final JsonFactory JSON = new JsonFactory();
    /** How deep an iteration's object is: in the document, its collections, a collection, its iterations. */
    private static final int ITERATION_DEPTH = 4;

    private final JsonGenerator json;
    private final OutputBoundary output;
    private final int bodyLimit;

    private RunJson(JsonGenerator json, OutputBoundary output, int bodyLimit) {
        this.json = json;
        this.output = output;
        this.bodyLimit = bodyLimit;
    }

    /**
     * Writes the document, indented, ending with a line break; every value of data masked, bodies longer than
     * {@code bodyLimit} characters cut after.
     */
    static void write(RunResult run, String version, OutputBoundary output, int bodyLimit, Writer out,
                      RenderedUnits units) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.setPrettyPrinter(new ReportLayout(0));
            new RunJson(json, output, bodyLimit).document(run, version, units);
            json.writeRaw('\n');
        }
    }

    /** How the document writes iterations on their own, each indented as in its place among a collection's. */
    static UnitText unitText(OutputBoundary output, int bodyLimit) {
        return out -> {
            JsonGenerator json = generator(out);
            json.setPrettyPrinter(new ReportLayout(ITERATION_DEPTH));
            RunJson units = new RunJson(json, output, bodyLimit);
            return (place, context, unit) -> {
                units.iteration(unit);
                json.flush();
                return true;
            };
        };
    }

    /**
     * A generator onto {@code out} through a buffer of its own: the generator writes a string with characters to
     * escape (a JSON body's quotes) in pieces straight to its target, each through the output boundary's writer.
     */
    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = JSON.createGenerator(new TextBuffer(out));
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }

    private void document(RunResult run, String version, RenderedUnits units) throws IOException {
        json.writeStartObject();
        json.writeStringField("baton", version);
        json.writeStringField("status", run.status().name());
        json.writeStringField("startedAt", instant(run.startedAt()));
        json.writeStringField("finishedAt", instant(run.finishedAt()));
        json.writeNumberField("durationMillis", run.durationMillis());
        json.writeStringField("environment", output.text(run.environment()));
        json.writeStringField("suite", run.suite().id());
        if (run.suite().sharded()) {
            json.writeObjectFieldStart("shard");
            json.writeNumberField("index", run.suite().shard().index());
            json.writeNumberField("count", run.suite().shard().count());
            json.writeEndObject();
        } else {
            json.writeNullField("shard");
        }
        StepCounts counts = run.counts();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("passed", counts.passed());
        json.writeNumberField("failed", counts.failed());
        json.writeNumberField("errors", counts.errors());
        json.writeNumberField("skipped", counts.skipped());
        json.writeNumberField("notApplicable", counts.notApplicable());
        json.writeNumberField("inconclusive", counts.inconclusive());
        json.writeNumberField("total", counts.total());
        json.writeEndObject();
        json.writeArrayFieldStart("timings");
        for (StepTimings t : run.timings()) {
            json.writeStartObject();
            json.writeStringField("collection", output.text(t.collection()));
            json.writeStringField("step", output.text(t.step()));
            json.writeNumberField("tries", t.samples());
            json.writeNumberField("minMillis", t.min());
            json.writeNumberField("medianMillis", t.median());
            json.writeNumberField("p95Millis", t.p95());
            json.writeNumberField("maxMillis", t.max());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("collections");
        for (int c = 0; c < run.collections().size(); c++) {
            CollectionResult collection = run.collections().get(c);
            json.writeStartObject();
            json.writeStringField("name", output.text(collection.name()));
            json.writeStringField("file", collection.file() == null ? null
                    : output.text(DisplayPath.of(collection.file())));
            json.writeNumberField("position", collection.position());
            json.writeStringField("error", output.text(collection.error()));
            json.writeArrayFieldStart("iterations");
            List<IterationResult> iterations = collection.iterations();
            for (int i = 0; i < iterations.size(); i++) {
                RenderedUnits.Rendered rendered = units.find(c, i, 0);
                if (rendered == null) {
                    iteration(iterations.get(i));
                } else {
                    json.writeRawValue("");
                    json.flush();
                    rendered.copy();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** An iteration, at the place the document's walk writes it. */
    private void iteration(IterationResult iteration) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", output.text(iteration.name()));
        json.writeNumberField("number", iteration.number());
        json.writeStringField("error", output.text(iteration.error()));
        json.writeArrayFieldStart("steps");
        for (StepResult step : iteration.steps()) {
            step(step);
            json.flush();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void step(StepResult step) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", output.text(step.name()));
        json.writeNumberField("line", step.line());
        json.writeNumberField("column", step.position().column());
        json.writeStringField("outcome", step.outcome().name());
        json.writeStringField("message", step.message() == null || step.message().isEmpty() ? null
                : output.text(step.message()));
        json.writeStringField("startedAt", instant(step.startedAt()));
        json.writeNumberField("durationMillis", step.durationMillis());
        json.writeArrayFieldStart("attemptMillis");
        for (long attempt : step.attemptMillis()) {
            json.writeNumber(attempt);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("problems");
        for (Diagnostic problem : step.problems()) {
            json.writeStartObject();
            json.writeStringField("message", output.text(problem.message()));
            position(problem.position());
            json.writeStringField("source", output.text(problem.sourceLine()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("exchanges");
        for (ExchangeRecord exchange : step.exchanges()) {
            exchange(exchange);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("captures");
        for (var capture : new TreeMap<>(step.captures()).entrySet()) {
            json.writeStringField(capture.getKey(), output.text(capture.getValue()));
        }
        json.writeEndObject();
        if (!step.screenshots().isEmpty()) {
            json.writeArrayFieldStart("screenshots");
            for (Path file : step.screenshots()) {
                json.writeString(file.toAbsolutePath().toString());
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("assertions");
        for (AssertionRecord assertion : step.assertions()) {
            json.writeStartObject();
            json.writeStringField("label", output.text(assertion.label()));
            json.writeBooleanField("passed", assertion.passed());
            json.writeStringField("message", assertion.passed() ? null : output.text(assertion.message()));
            json.writeStringField("position", assertion.passed() || assertion.failure().position() == null ? null
                    : output.text(assertion.failure().position().toString()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** {@code file}, {@code line} and {@code column}; a place that is not in a file ({@code --var x}) has line 0. */
    private void position(Position position) throws IOException {
        json.writeStringField("file", position == null ? null : output.text(position.file()));
        json.writeNumberField("line", position == null ? 0 : position.line());
        json.writeNumberField("column", position == null ? 0 : position.column());
    }

    private void exchange(ExchangeRecord exchange) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("request");
        json.writeStringField("method", output.text(exchange.method()));
        json.writeStringField("url", output.text(exchange.url()));
        headers(exchange.requestHeaders());
        json.writeStringField("body", output.text(exchange.requestBody()));
        json.writeEndObject();
        if (!exchange.answered()) {
            json.writeNullField("response");
            json.writeEndObject();
            return;
        }
        json.writeObjectFieldStart("response");
        json.writeNumberField("status", exchange.status());
        headers(exchange.responseHeaders());
        String body = output.text(exchange.responseBody());
        boolean cut = body != null && body.length() > bodyLimit;
        json.writeStringField("body", body == null || body.isEmpty() ? null : cut ? body.substring(0, bodyLimit)
                : body);
        json.writeBooleanField("bodyTruncated", cut);
        json.writeStringField("contentType", output.text(exchange.contentType()));
        json.writeNumberField("durationMillis", exchange.durationMillis());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void headers(List<HeaderRecord> headers) throws IOException {
        json.writeArrayFieldStart("headers");
        for (HeaderRecord header : headers) {
            json.writeStartObject();
            json.writeStringField("name", output.text(header.name()));
            json.writeStringField("value", output.text(header.value()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
