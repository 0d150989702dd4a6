package dev.baton.results.store;

import dev.baton.model.Diagnostic;
import dev.baton.model.Position;
import dev.baton.results.AssertionRecord;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.ExportedValue;
import dev.baton.results.HeaderRecord;
import dev.baton.results.Outcome;
import dev.baton.results.StepCounts;
import dev.baton.results.StepResult;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The binary form of step results, of their exchanges and of the heads of units, in a spill file. A step points to its
 * exchanges, which are records of their own, so a report that shows no exchange never reads one.
 */
final class ResultCodec {

    private static final Outcome[] OUTCOMES = Outcome.values();

    private ResultCodec() {
    }

    /** A unit as stored: everything but its steps, which it points to. */
    record UnitRecord(String name, int number, String error, Map<String, ExportedValue> variables, StepCounts counts,
                      long[] steps) {
    }

    /** Writes a step whose exchanges were written at {@code exchanges}. */
    static void write(RecordOutput out, StepResult step, long[] exchanges) {
        out.string(step.name());
        position(out, step.position());
        out.integer(step.outcome().ordinal());
        out.string(step.message());
        out.integer(step.problems().size());
        step.problems().forEach(p -> diagnostic(out, p));
        out.number(step.startedAt().getEpochSecond());
        out.integer(step.startedAt().getNano());
        out.number(step.durationMillis());
        out.integer(exchanges.length);
        for (long exchange : exchanges) {
            out.number(exchange);
        }
        strings(out, step.captures());
        out.integer(step.assertions().size());
        for (AssertionRecord assertion : step.assertions()) {
            out.string(assertion.label());
            out.flag(assertion.passed());
            out.flag(assertion.failure() != null);
            if (assertion.failure() != null) {
                diagnostic(out, assertion.failure());
            }
        }
        out.integer(step.attemptMillis().size());
        step.attemptMillis().forEach(out::number);
        out.integer(step.screenshots().size());
        step.screenshots().forEach(file -> out.string(file.toString()));
    }

    /** Reads a step; its exchanges are made from their offsets as they are read. */
    static StepResult step(RecordInput in, Function<long[], List<ExchangeRecord>> exchanges) {
        String name = in.string();
        Position position = position(in);
        Outcome outcome = OUTCOMES[in.integer()];
        String message = in.string();
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) {
            problems.add(diagnostic(in));
        }
        Instant startedAt = Instant.ofEpochSecond(in.number(), in.integer());
        long duration = in.number();
        long[] exchangeOffsets = new long[in.integer()];
        for (int i = 0; i < exchangeOffsets.length; i++) {
            exchangeOffsets[i] = in.number();
        }
        Map<String, String> captures = strings(in);
        List<AssertionRecord> assertions = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) {
            String label = in.string();
            boolean passed = in.flag();
            assertions.add(new AssertionRecord(label, passed, in.flag() ? diagnostic(in) : null));
        }
        List<Long> attempts = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) {
            attempts.add(in.number());
        }
        List<Path> screenshots = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) {
            screenshots.add(Path.of(in.string()));
        }
        return new StepResult(name, position, outcome, message, problems, startedAt, duration,
                exchanges.apply(exchangeOffsets), captures, assertions, attempts, screenshots);
    }

    static void write(RecordOutput out, UnitRecord unit) {
        out.string(unit.name());
        out.integer(unit.number());
        out.string(unit.error());
        out.integer(unit.variables().size());
        unit.variables().forEach((name, value) -> {
            out.string(name);
            out.string(value.value());
            out.flag(value.secret());
        });
        StepCounts counts = unit.counts();
        out.integer(counts.passed());
        out.integer(counts.failed());
        out.integer(counts.errors());
        out.integer(counts.skipped());
        out.integer(counts.notApplicable());
        out.integer(counts.inconclusive());
        out.integer(unit.steps().length);
        for (long step : unit.steps()) {
            out.number(step);
        }
    }

    static UnitRecord unit(RecordInput in) {
        String name = in.string();
        int number = in.integer();
        String error = in.string();
        Map<String, ExportedValue> variables = new LinkedHashMap<>();
        for (int i = in.integer(); i > 0; i--) {
            String variable = in.string();
            variables.put(variable, new ExportedValue(in.string(), in.flag()));
        }
        StepCounts counts = new StepCounts(in.integer(), in.integer(), in.integer(), in.integer(), in.integer(),
                in.integer());
        long[] steps = new long[in.integer()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = in.number();
        }
        return new UnitRecord(name, number, error, variables, counts, steps);
    }

    static void write(RecordOutput out, ExchangeRecord exchange) {
        out.string(exchange.method());
        out.string(exchange.url());
        headers(out, exchange.requestHeaders());
        out.string(exchange.requestBody());
        out.integer(exchange.status());
        headers(out, exchange.responseHeaders());
        out.string(exchange.responseBody());
        out.string(exchange.contentType());
        out.number(exchange.durationMillis());
    }

    static ExchangeRecord exchange(RecordInput in) {
        return new ExchangeRecord(in.string(), in.string(), headers(in), in.string(), in.integer(), headers(in),
                in.string(), in.string(), in.number());
    }

    private static void headers(RecordOutput out, List<HeaderRecord> headers) {
        out.integer(headers.size());
        headers.forEach(h -> {
            out.string(h.name());
            out.string(h.value());
        });
    }

    private static List<HeaderRecord> headers(RecordInput in) {
        List<HeaderRecord> headers = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) {
            headers.add(new HeaderRecord(in.string(), in.string()));
        }
        return headers;
    }

    private static void strings(RecordOutput out, Map<String, String> values) {
        out.integer(values.size());
        values.forEach((k, v) -> {
            out.string(k);
            out.string(v);
        });
    }

    private static Map<String, String> strings(RecordInput in) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = in.integer(); i > 0; i--) {
            values.put(in.string(), in.string());
        }
        return values;
    }

    private static void diagnostic(RecordOutput out, Diagnostic diagnostic) {
        out.string(diagnostic.message());
        position(out, diagnostic.position());
        out.string(diagnostic.sourceLine());
    }

    private static Diagnostic diagnostic(RecordInput in) {
        return new Diagnostic(in.string(), position(in), in.string());
    }

    private static void position(RecordOutput out, Position position) {
        out.flag(position != null);
        if (position != null) {
            out.string(position.file());
            out.integer(position.line());
            out.integer(position.column());
        }
    }

    private static Position position(RecordInput in) {
        return in.flag() ? new Position(in.string(), in.integer(), in.integer()) : null;
    }
}
