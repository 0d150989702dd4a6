package dev.baton.cli;

import dev.baton.engine.BatonTestEngine;
import dev.baton.engine.Preflight;
import dev.baton.engine.RunSettings;
import dev.baton.load.EnvironmentLoader;
import dev.baton.report.ConsoleReporter;
import dev.baton.report.JUnitXmlReport;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** Checks the input, then runs the collections through the JUnit Launcher with Baton's engine. */
final class RunService {

    private final PrintWriter out;
    private final PrintWriter err;

    RunService(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(List<Path> files, RunSettings settings, List<Path> junitTargets) throws IOException {
        var preflight = new Preflight(new EnvironmentLoader()).check(files, settings);
        if (!preflight.ok()) {
            preflight.problems().forEach(p -> err.println(p.render() + "\n"));
            return ExitCodes.INVALID_INPUT;
        }
        List<JUnitXmlReport> reports = new ArrayList<>();
        try {
            for (Path target : junitTargets) {
                reports.add(JUnitXmlReport.to(target, err));
            }
            return execute(files, settings, reports);
        } catch (IOException e) {
            err.println("error: cannot write report: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } finally {
            reports.forEach(JUnitXmlReport::close);
        }
    }

    private int execute(List<Path> files, RunSettings settings, List<JUnitXmlReport> reports) throws IOException {
        ConsoleReporter console = new ConsoleReporter(out);
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new BatonTestEngine())
                .build());
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(files.stream().map(p -> selectFile(p.toFile())).toList())
                .configurationParameter(RunSettings.CLASS_SOURCE, "false")
                .configurationParameter(RunSettings.BAIL, Boolean.toString(settings.bail()))
                .configurationParameter(RunSettings.TIMEOUT_MILLIS, Long.toString(settings.timeout().toMillis()));
        settings.environment().ifPresent(e -> request.configurationParameter(RunSettings.ENVIRONMENT, e));
        settings.variables().forEach((k, v) -> request.configurationParameter(RunSettings.VARIABLE_PREFIX + k, v));
        LauncherDiscoveryRequest discovery = request.build();
        List<org.junit.platform.launcher.TestExecutionListener> listeners = new ArrayList<>();
        listeners.add(console);
        reports.forEach(r -> listeners.addAll(r.listeners()));
        launcher.execute(discovery, listeners.toArray(org.junit.platform.launcher.TestExecutionListener[]::new));
        for (JUnitXmlReport report : reports) {
            report.finish();
        }
        return console.tally().allPassed() ? ExitCodes.PASSED : ExitCodes.FAILED;
    }
}
