package dev.baton.cli;

import dev.baton.engine.BatonTestEngine;
import dev.baton.engine.Preflight;
import dev.baton.engine.RunSettings;
import dev.baton.engine.StepError;
import dev.baton.engine.StepFailure;
import dev.baton.engine.StepSelection;
import dev.baton.load.EnvironmentLoader;
import dev.baton.report.Reporters;
import dev.baton.report.Streams;
import dev.baton.report.console.ConsoleReporter;
import dev.baton.report.env.EnvironmentExporter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * Checks the input, the options and every report target (so that bad input fails before anything is sent), then runs the
 * collections through the JUnit Launcher with Baton's engine, the reporters named in {@code baton.reporters}
 * (the console first) and {@code --step}/{@code --tag} as the platform's post-discovery filters.
 */
final class RunService {

    private final Streams streams;
    private final boolean debug;

    RunService(Streams streams, boolean debug) {
        this.streams = streams;
        this.debug = debug;
    }

    /** Where to write the variables at the end, if anywhere. */
    record Export(Path file, boolean withSecrets) {
    }

    int run(List<Path> files, RunSettings settings, StepSelection selection, List<String> reporterOptions,
            Export export) {
        PrintWriter err = streams.err();
        List<Reporters.Entry> reporters = reporters(reporterOptions, export);
        ReportTargets.check(reporters);
        OptionChecks.check(settings.network(), settings.timeout());
        if (settings.network().insecure()) {
            err.println("warning: --insecure: TLS certificates and host names are not checked");
        }
        var preflight = new Preflight(new EnvironmentLoader()).check(files, settings, selection);
        preflight.warnings().forEach(err::println);
        if (!preflight.ok()) {
            preflight.problems().forEach(p -> err.println(p.render() + "\n"));
            return ExitCodes.INVALID_INPUT;
        }
        return execute(files, parameters(settings, reporters, export), selection);
    }

    /** The console, every {@code --reporter}, {@code --export-env} and {@code --debug}, in that order. */
    private List<Reporters.Entry> reporters(List<String> options, Export export) {
        Reporters available = Reporters.available();
        List<Reporters.Entry> entries = new ArrayList<>(available.parse("console"));
        options.forEach(option -> entries.addAll(available.parse(option)));
        if (export.file() != null) {
            entries.add(new Reporters.Entry("env", export.file()));
        }
        if (debug) {
            entries.add(new Reporters.Entry("debug", null));
        }
        return entries;
    }

    private static Map<String, String> parameters(RunSettings settings, List<Reporters.Entry> reporters,
                                                  Export export) {
        Map<String, String> parameters = new TreeMap<>(settings.toParameters());
        parameters.put(Reporters.PARAMETER, reporters.stream().map(Reporters.Entry::toString)
                .collect(Collectors.joining(",")));
        parameters.put(EnvironmentExporter.SECRETS, Boolean.toString(export.withSecrets()));
        parameters.put(ConsoleReporter.TERMINAL, Boolean.toString(System.console() != null));
        return parameters;
    }

    private int execute(List<Path> files, Map<String, String> parameters, StepSelection selection) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(files.stream().map(p -> selectFile(p.toFile())).toList())
                .filters(selection.filters().toArray(org.junit.platform.engine.Filter[]::new))
                .configurationParameters(parameters)
                .build();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new BatonTestEngine(streams, List.of()))
                .build());
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        AtomicBoolean engineFailed = new AtomicBoolean();
        AtomicReference<Throwable> fault = new AtomicReference<>();
        launcher.execute(request, summary, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                    return;
                }
                Throwable thrown = result.getThrowable().orElse(null);
                if (id.getParentId().isEmpty()) {
                    engineFailed.set(true);
                    if (thrown != null) {
                        streams.err().println("error: " + thrown.getMessage());
                    }
                } else if (result.getStatus() == TestExecutionResult.Status.FAILED && thrown != null
                        && !(thrown instanceof StepError) && !(thrown instanceof StepFailure)) {
                    fault.compareAndSet(null, thrown);
                }
            }
        });
        if (fault.get() != null) {
            InternalFault.report(fault.get(), debug, streams.err());
        }
        streams.out().flush();
        streams.err().flush();
        if (engineFailed.get() || fault.get() != null) {
            return ExitCodes.INTERNAL;
        }
        return summary.getSummary().getTotalFailureCount() > 0 ? ExitCodes.FAILED : ExitCodes.PASSED;
    }
}
