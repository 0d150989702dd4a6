package dev.baton.results;

import dev.baton.model.Diagnostic;
import dev.baton.model.Position;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What running (or skipping) one step of one iteration gave: a value, made once, never changed.
 *
 * @param name           the step's name
 * @param position       where the step is written
 * @param outcome        how it ended
 * @param message        the failures (one line each), the error or the skip reason; empty when it passed
 * @param problems       each failure or the error with where it is written, for rendering with the line and a
 *                       caret; empty for a step that passed or was skipped
 * @param startedAt      when it started (for a skipped step: when it was skipped)
 * @param durationMillis wall time, retries and sign-in pages included
 * @param exchanges      every request and response, in order (redirects, sign-in pages, retries); empty when the
 *                       run records none. For a step read back from a result tree, each is read from the tree as
 *                       it is walked, while the tree is open ({@link #held()} reads them all)
 * @param captures       the variables the step captured, by name
 * @param assertions     the step's captures and expectations and how each went
 * @param attemptMillis  how long each try took, retries included, in order; empty for a step that did not run
 * @param screenshots    pictures of the pages of a headless sign-in that failed, in order (their file names hold a
 *                       number only); empty otherwise
 */
public record StepResult(String name, Position position, Outcome outcome, String message, List<Diagnostic> problems,
                         Instant startedAt, long durationMillis, List<ExchangeRecord> exchanges,
                         Map<String, String> captures, List<AssertionRecord> assertions, List<Long> attemptMillis,
                         List<Path> screenshots) {

    public StepResult {
        screenshots = List.copyOf(screenshots);
        problems = List.copyOf(problems);
        exchanges = LazyList.copyOf(exchanges);
        captures = Collections.unmodifiableMap(new LinkedHashMap<>(captures));
        assertions = List.copyOf(assertions);
        attemptMillis = List.copyOf(attemptMillis);
    }

    /** A step that was tried once, in {@code durationMillis}. */
    public StepResult(String name, Position position, Outcome outcome, String message, List<Diagnostic> problems,
                      Instant startedAt, long durationMillis, List<ExchangeRecord> exchanges,
                      Map<String, String> captures, List<AssertionRecord> assertions) {
        this(name, position, outcome, message, problems, startedAt, durationMillis, exchanges, captures, assertions,
                List.of(durationMillis), List.of());
    }

    /** This step with its exchanges in memory: a step read back from a result tree reads them as they are walked. */
    public StepResult held() {
        if (!(exchanges instanceof LazyList<ExchangeRecord>)) {
            return this;
        }
        return new StepResult(name, position, outcome, message, problems, startedAt, durationMillis,
                List.copyOf(exchanges), captures, assertions, attemptMillis, screenshots);
    }

    /** A step that did not run, and why. */
    public static StepResult skipped(StepOutline step, String reason, Instant at) {
        return new StepResult(step.name(), step.position(), Outcome.SKIPPED, reason, List.of(), at, 0, List.of(),
                Map.of(), List.of(), List.of(), List.of());
    }

    /** A step that Baton itself failed to carry out (a fault in Baton, not in the step): an error saying so. */
    public static StepResult internalError(StepOutline step, String message, Instant at) {
        return new StepResult(step.name(), step.position(), Outcome.ERROR, message, List.of(), at, 0, List.of(),
                Map.of(), List.of());
    }

    /** The step that was running when the run was stopped: an error, {@link RunResult#INTERRUPTED_STEP}. */
    public static StepResult interrupted(StepOutline step, Instant at) {
        return new StepResult(step.name(), step.position(), Outcome.ERROR, RunResult.INTERRUPTED_STEP, List.of(), at,
                0, List.of(), Map.of(), List.of(), List.of(), List.of());
    }

    /** The step's line in its file. */
    public int line() {
        return position.line();
    }

    /** Whether it failed, could not be carried out, or (an audit probe) could not tell. */
    public boolean didNotPass() {
        return outcome == Outcome.FAILED || outcome == Outcome.ERROR || outcome == Outcome.INCONCLUSIVE;
    }
}
