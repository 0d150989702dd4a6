package dev.baton.engine;

import dev.baton.http.BatonVersion;
import dev.baton.report.RenderAhead;
import dev.baton.report.Reporter;
import dev.baton.report.ReporterContext;
import dev.baton.report.Reporters;
import dev.baton.report.Streams;
import org.junit.platform.engine.ConfigurationParameters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The reporters of a run: those {@code baton.reporters} names, then those the engine was built with, opened. */
final class RunReporters {

    private RunReporters() {
    }

    /** Opens every reporter before anything is sent; one that cannot open fails the run here. */
    static List<Reporter> open(ConfigurationParameters parameters, Streams streams, List<Reporter> given)
            throws IOException {
        List<Reporter> reporters = new ArrayList<>();
        List<ReporterContext> contexts = new ArrayList<>();
        String version = BatonVersion.current();
        RenderAhead ahead = parameters.getBoolean(RenderAhead.PARAMETER).orElse(RenderAhead.byDefault()) ? RenderAhead.create()
                : RenderAhead.none();
        String named = parameters.get(Reporters.PARAMETER).orElse("");
        if (!named.isBlank()) {
            Reporters available = Reporters.available();
            for (Reporters.Entry entry : available.parse(named)) {
                reporters.add(available.create(entry));
                contexts.add(new ReporterContext(entry.target(), streams, version, parameters::get, ahead));
            }
        }
        for (Reporter reporter : given) {
            reporters.add(reporter);
            contexts.add(new ReporterContext(null, streams, version, parameters::get, ahead));
        }
        for (int i = 0; i < reporters.size(); i++) {
            try {
                reporters.get(i).open(contexts.get(i));
            } catch (IOException e) {
                throw new IOException("cannot write report: " + e.getMessage(), e);
            }
        }
        return reporters;
    }
}
