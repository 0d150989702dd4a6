package dev.baton.report;

import dev.baton.model.Diagnostic;
import dev.baton.model.Position;
import dev.baton.results.AssertionRecord;
import dev.baton.results.CollectionResult;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;
import dev.baton.results.IterationResult;
import dev.baton.results.Outcome;
import dev.baton.results.RunResult;
import dev.baton.results.StepResult;
import dev.baton.results.Suite;
import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Step results and result trees for report tests, made by hand. */
final class Records {

    static final Path USERS = Path.of("collections/users.yaml");
    static final Path ORDERS = Path.of("collections/orders.yaml");
    static final Instant START = Instant.parse("2025-06-01T10:00:00Z");

    private Records() {
    }

    private static Position at(Path file, int index) {
        return new Position(file.toString(), 10 + 5 * index, 5);
    }

    static StepResult passed(Path file, int index, String name) {
        return new StepResult(name, at(file, index), Outcome.PASSED, "", List.of(), START, 12,
                List.of(json("GET", "https://api.example.test/users/" + index, 200, "{\"id\":" + index
                        + ",\"name\":\"Ada\",\"price\":1.10}")),
                Map.of("userId", Integer.toString(index)), List.of(AssertionRecord.held("status")));
    }

    static StepResult failed(Path file, int index, String name) {
        Diagnostic failure = new Diagnostic("status: expected equals 201 but was 200",
                new Position(file.toString(), 12 + 5 * index, 9), "      status: 201");
        return new StepResult(name, at(file, index), Outcome.FAILED, failure.message(), List.of(failure), START, 34,
                List.of(json("POST", "https://api.example.test/token", 200,
                        "{\"access_token\":\"*****\",\"token_type\":\"mac\"}")),
                Map.of("token", "*****"), List.of(AssertionRecord.failed("status", failure),
                AssertionRecord.held("json $.token_type")));
    }

    static StepResult error(Path file, int index, String name) {
        Diagnostic error = new Diagnostic("cannot connect to http://127.0.0.1:9: Connection refused", at(file, index),
                null);
        return new StepResult(name, at(file, index), Outcome.ERROR, error.message(), List.of(error), START, 3,
                List.of(new ExchangeRecord("GET", "http://127.0.0.1:9/x", List.of(), null, 0, List.of(), null, "", 0)),
                Map.of(), List.of());
    }

    static StepResult skipped(Path file, int index, String name) {
        return new StepResult(name, at(file, index), Outcome.SKIPPED,
                "needs <<token>>, which step 'Get a token' failed to capture", List.of(), START, 0, List.of(),
                Map.of(), List.of());
    }

    static ExchangeRecord json(String method, String url, int status, String body) {
        return new ExchangeRecord(method, url, List.of(new HeaderRecord("Authorization", "Bearer *****"),
                new HeaderRecord("Accept", "application/json")), method.equals("GET") ? null : "grant_type=x&code=*****",
                status, List.of(new HeaderRecord("Content-Type", "application/json")), body, "application/json", 7);
    }

    /** A plain collection: one pass named {@code null}. */
    static CollectionResult plain(String name, Path file, StepResult... steps) {
        return new CollectionResult(name, file, 0, null, List.of(new IterationResult(null, 1, null, List.of(steps),
                Map.of())));
    }

    /** An iteration numbered 1; {@link #numbered} numbers a collection's iterations in order. */
    static IterationResult iteration(String name, StepResult... steps) {
        return new IterationResult(name, 1, null, List.of(steps), Map.of());
    }

    /** The iterations numbered 1, 2, ... in order. */
    static List<IterationResult> numbered(List<IterationResult> iterations) {
        List<IterationResult> numbered = new java.util.ArrayList<>();
        for (IterationResult i : iterations) {
            numbered.add(new IterationResult(i.name(), numbered.size() + 1, i.error(), i.steps(), i.variables()));
        }
        return numbered;
    }

    /** A run of these collections, each at its place in the list. */
    static RunResult run(CollectionResult... collections) {
        List<CollectionResult> placed = new java.util.ArrayList<>();
        for (CollectionResult c : collections) {
            placed.add(new CollectionResult(c.name(), c.file(), placed.size(), c.error(), c.iterations()));
        }
        return new RunResult(START, START.plusMillis(568), false, "local", new Suite("0123abcd", null), placed);
    }

    /** The context of a file reporter writing to {@code target}, with a boundary that knows no secret. */
    static ReporterContext context(Path target) {
        OutputBoundary boundary = new OutputBoundary(new Redactor());
        PrintWriter quiet = new PrintWriter(new StringWriter());
        return new ReporterContext(target, new Streams(boundary, quiet, quiet), "test", key -> java.util.Optional.empty());
    }

    /** Writes a report of the run with a new reporter of this kind. */
    static Path write(Reporter reporter, Path target, RunResult run) throws Exception {
        reporter.open(context(target));
        reporter.runFinished(run);
        return target;
    }
}
