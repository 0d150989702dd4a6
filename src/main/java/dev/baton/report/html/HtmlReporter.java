package dev.baton.report.html;

import dev.baton.report.FileReporter;
import dev.baton.results.RunResult;

import java.io.PrintWriter;

/**
 * {@code html:FILE}: one self-contained page, written whole at the end: a summary, the failures first with links
 * to them, then every step with its requests, responses, assertions and captures.
 */
public final class HtmlReporter extends FileReporter {

    @Override
    public String kind() {
        return "html";
    }

    @Override
    public boolean showsExchanges() {
        return true;
    }

    @Override
    protected void write(RunResult run, PrintWriter out) {
        out.write(HtmlPage.render(run, context().version(), context().output()).outerHtml());
    }
}
