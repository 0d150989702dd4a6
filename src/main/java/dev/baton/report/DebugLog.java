package dev.baton.report;

import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;
import dev.baton.results.RunObserver;
import dev.baton.results.StepRecord;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code --debug}: every request and response of every step on standard error, as recorded (so masked), with
 * bodies cut short.
 */
public final class DebugLog implements RunObserver {

    private static final int MAX_BODY = 2000;

    private final PrintWriter err;

    public DebugLog(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void stepFinished(StepRecord step) {
        for (ExchangeRecord exchange : step.exchanges()) {
            err.println("debug: [" + step.step() + "] > " + exchange.method() + " " + exchange.url());
            headers("debug:   > ", exchange.requestHeaders());
            body("debug:   > ", exchange.requestBody());
            if (exchange.status() == 0) {
                err.println("debug:   < no response");
                continue;
            }
            err.println("debug:   < " + exchange.status() + " (" + exchange.durationMillis() + " ms)");
            headers("debug:   < ", exchange.responseHeaders());
            body("debug:   < ", exchange.responseBody());
        }
        err.flush();
    }

    private void headers(String prefix, List<HeaderRecord> headers) {
        headers.forEach(h -> err.println(prefix + h.name() + ": " + h.value()));
    }

    private void body(String prefix, String body) {
        if (body == null || body.isEmpty()) {
            return;
        }
        String shown = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) + "… (" + (body.length() - MAX_BODY)
                + " more characters)" : body;
        shown.lines().forEach(line -> err.println(prefix + line));
    }
}
