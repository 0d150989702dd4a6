package dev.baton.cli;

import dev.baton.engine.BatonTestEngine;
import dev.baton.engine.Preflight;
import dev.baton.engine.RunSettings;
import dev.baton.engine.StepSelection;
import dev.baton.load.EnvironmentLoader;
import dev.baton.report.Bodies;
import dev.baton.report.Reporters;
import dev.baton.report.Streams;
import dev.baton.report.console.ConsoleReporter;
import dev.baton.report.env.EnvironmentExporter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * Checks the input, the options and every report target (so that bad input fails before anything is sent), then runs the
 * collections with Baton's engine as the JUnit Launcher would ({@link EngineLauncher}), the reporters named in
 * {@code baton.reporters} (the console first) and {@code --step}/{@code --tag} as the platform's post-discovery
 * filters.
 */
final class RunService {

    private final Streams streams;
    private final boolean debug;

    RunService(Streams streams, boolean debug) {
        this.streams = streams;
        this.debug = debug;
    }

    /**
     * What the run writes besides its reports.
     *
     * @param file        where to write the variables at the end, or {@code null}
     * @param withSecrets whether that file holds secret values too
     * @param bodyLimit   how many KiB of each body the reports show, when not the default
     */
    record Output(Path file, boolean withSecrets, Optional<Integer> bodyLimit) {
    }

    int run(List<Path> files, RunSettings settings, StepSelection selection, List<String> reporterOptions,
            Output export) {
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
    private List<Reporters.Entry> reporters(List<String> options, Output export) {
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
                                                  Output export) {
        Map<String, String> parameters = new TreeMap<>(settings.toParameters());
        parameters.put(Reporters.PARAMETER, reporters.stream().map(Reporters.Entry::toString)
                .collect(Collectors.joining(",")));
        parameters.put(EnvironmentExporter.SECRETS, Boolean.toString(export.withSecrets()));
        parameters.put(ConsoleReporter.TERMINAL, Boolean.toString(System.console() != null));
        export.bodyLimit().ifPresent(kib -> parameters.put(Bodies.LIMIT, Integer.toString(kib)));
        return parameters;
    }

    private int execute(List<Path> files, Map<String, String> parameters, StepSelection selection) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(files.stream().map(p -> selectFile(p.toFile())).toList())
                .configurationParameters(parameters)
                .build();
        EngineLauncher.Ending ending = new EngineLauncher(new BatonTestEngine(streams, List.of()), streams, debug)
                .run(request, selection.filters());
        streams.out().flush();
        streams.err().flush();
        return switch (ending) {
            case PASSED -> ExitCodes.PASSED;
            case FAILED -> ExitCodes.FAILED;
            case BAD_INPUT -> ExitCodes.INVALID_INPUT;
            case BROKEN -> ExitCodes.INTERNAL;
        };
    }
}
