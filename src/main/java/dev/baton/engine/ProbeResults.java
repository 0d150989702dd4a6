package dev.baton.engine;

import dev.baton.audit.Probe;
import dev.baton.audit.probes.Probes;
import dev.baton.audit.Verdict;
import dev.baton.model.Diagnostic;
import dev.baton.model.Step;
import dev.baton.results.AssertionRecord;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.Outcome;
import dev.baton.results.StepResult;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A probe's {@link Verdict} as the result of its step, every message naming the requirement it checks. */
final class ProbeResults {

    private ProbeResults() {
    }

    static StepResult of(Step step, Verdict verdict, Instant started, long millis, List<ExchangeRecord> exchanges,
                         SourceLines sources) {
        Probe probe = Probes.byId(step.probe()).orElseThrow();
        String cited = probe.citation().toString();
        List<AssertionRecord> records = verdict.checks().stream().map(check -> check.passed()
                ? AssertionRecord.held(check.label() + ": " + check.detail())
                : AssertionRecord.failed(check.label(), sources.at(step.position(), cited + ": " + check.label()
                + ": " + check.detail()))).toList();
        Outcome outcome = switch (verdict.outcome()) {
            case PASSED -> Outcome.PASSED;
            case FAILED -> Outcome.FAILED;
            case NOT_APPLICABLE -> Outcome.NOT_APPLICABLE;
            case INCONCLUSIVE -> Outcome.INCONCLUSIVE;
        };
        String message;
        List<Diagnostic> problems;
        switch (outcome) {
            case FAILED -> {
                problems = records.stream().filter(r -> !r.passed()).map(AssertionRecord::failure).toList();
                message = String.join("\n", problems.stream().map(Diagnostic::message).toList());
            }
            case NOT_APPLICABLE -> {
                message = "not applicable: " + verdict.reason();
                problems = List.of();
            }
            case INCONCLUSIVE -> {
                message = "inconclusive: " + cited + " could not be checked: " + verdict.reason();
                problems = List.of(sources.at(step.position(), message));
            }
            default -> {
                message = "";
                problems = List.of();
            }
        }
        return new StepResult(step.name(), step.position(), outcome, message, problems, started, millis, exchanges,
                Map.of(), records);
    }
}
