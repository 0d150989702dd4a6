package dev.baton.report.console;

import dev.baton.report.Reporter;
import dev.baton.report.ReporterContext;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;
import dev.baton.results.RunResult;
import dev.baton.results.StepResult;
import dev.baton.results.UnitOutline;
import dev.baton.secret.OutputBoundary;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code debug} ({@code --debug}): every request of every step as it went on the wire (every header sent,
 * those the HTTP client added included) and its response, on standard error, bodies cut short. Each value (names,
 * the request line, headers, bodies) is masked as it goes in; the {@code debug:} prefixes never are.
 */
public final class DebugReporter implements Reporter {

    private static final int MAX_BODY = 2000;

    private PrintWriter err;
    private OutputBoundary output;

    @Override
    public String kind() {
        return "debug";
    }

    @Override
    public boolean writesFile() {
        return false;
    }

    @Override
    public boolean showsExchanges() {
        return true;
    }

    @Override
    public void open(ReporterContext context) {
        output = context.output();
        err = output.composed(context.streams().err());
    }

    @Override
    public void stepFinished(UnitOutline unit, StepResult step) {
        if (step.exchanges().isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (ExchangeRecord exchange : step.exchanges()) {
            line(text, "debug: [" + output.text(step.name()) + "] > " + output.text(exchange.method()) + " "
                    + output.text(exchange.url()));
            headers(text, "debug:   > ", exchange.requestHeaders());
            body(text, "debug:   > ", exchange.requestBody());
            if (!exchange.answered()) {
                line(text, "debug:   < no response");
                continue;
            }
            line(text, "debug:   < " + exchange.status() + " (" + exchange.durationMillis() + " ms)");
            headers(text, "debug:   < ", exchange.responseHeaders());
            body(text, "debug:   < ", exchange.responseBody());
        }
        err.print(text);
        err.flush();
    }

    @Override
    public void runFinished(RunResult run) {
        err.flush();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append(System.lineSeparator());
    }

    private void headers(StringBuilder text, String prefix, List<HeaderRecord> headers) {
        headers.forEach(h -> line(text, prefix + output.text(h.name()) + ": " + output.text(h.value())));
    }

    /** The body masked first, then cut, so a cut never shows part of a secret. */
    private void body(StringBuilder text, String prefix, String body) {
        if (body == null || body.isEmpty()) {
            return;
        }
        String masked = output.text(body);
        String shown = masked.length() > MAX_BODY ? masked.substring(0, MAX_BODY) + "… ("
                + (masked.length() - MAX_BODY) + " more characters)" : masked;
        shown.lines().forEach(line -> line(text, prefix + line));
    }
}
