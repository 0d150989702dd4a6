package dev.baton.report.json;

import dev.baton.report.FileReporter;
import dev.baton.results.RunResult;

import java.io.PrintWriter;

/** {@code json:FILE}: the run as one JSON document, written whole at the end (docs/reports.md). */
public final class JsonReporter extends FileReporter {

    @Override
    public String kind() {
        return "json";
    }

    @Override
    public boolean showsExchanges() {
        return true;
    }

    @Override
    protected void write(RunResult run, PrintWriter out) {
        out.write(RunJson.write(run, context().version(), context().output()));
    }
}
