package dev.baton.report.json;

import dev.baton.report.Bodies;
import dev.baton.report.FileReporter;
import dev.baton.report.ReporterContext;
import dev.baton.report.UnitText;
import dev.baton.results.RunResult;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code json:FILE}: the run as one JSON document, written at the end as the result tree is walked
 * (docs/reports.md); {@link RunJsonReader} reads it back, for {@code baton merge} and {@code --shard-timings}.
 */
public final class JsonReporter extends FileReporter {

    private int bodyLimit;

    @Override
    public String kind() {
        return "json";
    }

    @Override
    public boolean showsExchanges() {
        return true;
    }

    @Override
    public void open(ReporterContext context) throws IOException {
        super.open(context);
        bodyLimit = Bodies.limit(context);
    }

    @Override
    protected void write(RunResult run, PrintWriter out) throws IOException {
        RunJson.write(run, context().version(), context().output(), bodyLimit, out, renderedUnits());
    }

    @Override
    protected UnitText unitText() {
        return RunJson.unitText(context().output(), bodyLimit);
    }
}
