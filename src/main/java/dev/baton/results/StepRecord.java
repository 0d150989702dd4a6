package dev.baton.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything reports need to know about one step of one run. Every text is already masked.
 *
 * @param collection     the collection's name
 * @param file           the collection file
 * @param iteration      the iteration's name (e.g. {@code #2 alice}), or {@code null} for a single run
 * @param index          the step's position in the run, for a stable report order
 * @param step           the step's name
 * @param line           the step's line in the file
 * @param outcome        how it ended
 * @param message        the failure, error or skip reason; empty when it passed
 * @param durationMillis wall time of the step
 * @param exchanges      requests and responses, in order (redirects, sign-in pages and retries included)
 * @param captures       captured variables; secret ones masked
 * @param assertions     the step's expectations and how each went
 */
public record StepRecord(String collection, Path file, String iteration, int index, String step, int line,
                         Outcome outcome, String message, long durationMillis, List<ExchangeRecord> exchanges,
                         Map<String, String> captures, List<AssertionRecord> assertions) {
    public StepRecord {
        exchanges = List.copyOf(exchanges);
        captures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(captures));
        assertions = List.copyOf(assertions);
    }
}
