package dev.baton.cli;

import dev.baton.engine.BatonTestEngine;
import dev.baton.engine.Preflight;
import dev.baton.engine.RunSettings;
import dev.baton.load.EnvironmentLoader;
import dev.baton.report.CompositeObserver;
import dev.baton.report.ConsoleReporter;
import dev.baton.report.DebugLog;
import dev.baton.report.EnvironmentExport;
import dev.baton.report.InPlanOrder;
import dev.baton.report.Report;
import dev.baton.report.Reports;
import dev.baton.results.RunObserver;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * Checks the input, prepares every report (so that a path that cannot be written fails before anything is
 * sent), then runs the collections through the JUnit Launcher with Baton's engine.
 */
final class RunService {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean debug;

    RunService(PrintWriter out, PrintWriter err, boolean debug) {
        this.out = out;
        this.err = err;
        this.debug = debug;
    }

    /** Where to write the variables at the end, if anywhere. */
    record Export(Path file, boolean withSecrets) {
    }

    int run(List<Path> files, RunSettings settings, List<String> reporterOptions, Export export) {
        ReportTargets.check(reporterOptions, export.file());
        OptionChecks.check(settings.network(), settings.timeout());
        if (settings.network().insecure()) {
            err.println("warning: --insecure: TLS certificates and host names are not checked");
        }
        var preflight = new Preflight(new EnvironmentLoader()).check(files, settings);
        preflight.warnings().forEach(err::println);
        if (!preflight.ok()) {
            preflight.problems().forEach(p -> err.println(p.render() + "\n"));
            return ExitCodes.INVALID_INPUT;
        }
        List<Report> reports = new ArrayList<>();
        try {
            for (String option : reporterOptions) {
                reports.add(Reports.create(option, err));
            }
            EnvironmentExport exporter = export.file() == null ? null
                    : EnvironmentExport.to(export.file(), export.withSecrets());
            int code;
            try {
                code = execute(files, settings, reports, exporter);
            } catch (IOException afterTheRun) {
                err.println("error: the run ended but a report could not be written: " + afterTheRun.getMessage());
                return ExitCodes.INTERNAL;
            }
            if (exporter != null) {
                Set<String> leftOut;
                try {
                    leftOut = exporter.write();
                } catch (IOException afterTheRun) {
                    err.println("error: the run ended but --export-env could not be written: "
                            + afterTheRun.getMessage());
                    return ExitCodes.INTERNAL;
                }
                if (!leftOut.isEmpty()) {
                    err.println("note: --export-env left out secret variables " + String.join(", ", leftOut)
                            + " (add --export-secrets to write them)");
                }
            }
            return code;
        } catch (IOException e) {
            err.println("error: cannot write report: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } finally {
            reports.forEach(Report::close);
        }
    }

    private int execute(List<Path> files, RunSettings settings, List<Report> reports, EnvironmentExport exporter)
            throws IOException {
        ConsoleReporter console = new ConsoleReporter(out, System.console() != null);
        List<RunObserver> observers = new ArrayList<>();
        List<TestExecutionListener> listeners = new ArrayList<>();
        listeners.add(settings.jobs() > 1 ? new InPlanOrder(console) : console);
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(files.stream().map(p -> selectFile(p.toFile())).toList())
                .configurationParameters(settings.toParameters());
        List<TestExecutionListener> reportListeners = new ArrayList<>();
        for (Report report : reports) {
            reportListeners.addAll(report.listeners());
            observers.add(report.observer());
            request.configurationParameters(report.configurationParameters());
        }
        listeners.addAll(reportListeners);
        if (exporter != null) {
            observers.add(exporter);
        }
        if (debug) {
            observers.add(new DebugLog(err));
        }
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new BatonTestEngine(new CompositeObserver(observers)))
                .build());
        try (InterruptGuard guard = new InterruptGuard(reports, reportListeners, err)) {
            listeners.add(0, guard);
            launcher.execute(request.build(), listeners.toArray(TestExecutionListener[]::new));
            guard.finish();
        }
        return console.tally().allPassed() ? ExitCodes.PASSED : ExitCodes.FAILED;
    }
}
