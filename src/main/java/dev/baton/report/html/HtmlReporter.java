package dev.baton.report.html;

import dev.baton.report.Bodies;
import dev.baton.report.FileReporter;
import dev.baton.report.ReporterContext;
import dev.baton.report.UnitText;
import dev.baton.results.RunResult;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code html:FILE}: one self-contained page, written at the end as the result tree is walked: a summary, the
 * failures first with links to them, then every step with its requests, responses, assertions and captures.
 */
public final class HtmlReporter extends FileReporter {

    private int bodyLimit;

    @Override
    public String kind() {
        return "html";
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
        HtmlPage.write(run, context().version(), context().output(), bodyLimit, out, renderedUnits());
    }

    @Override
    protected UnitText unitText() {
        return HtmlIteration.unitText(context().output(), bodyLimit);
    }
}
