package dev.baton.testing;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** Runs the Baton engine through the JUnit {@link EngineTestKit}, with configuration parameters. */
public final class EngineRun {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    private EngineRun() {
    }

    public static EngineRun engine() {
        return new EngineRun();
    }

    /** Sets {@code baton.var.NAME}. */
    public EngineRun var(String name, String value) {
        parameters.put("baton.var." + name, value);
        return this;
    }

    /** Sets {@code baton.env} to a file. */
    public EngineRun env(Path environment) {
        parameters.put("baton.env", environment.toString());
        return this;
    }

    public EngineRun parameter(String key, String value) {
        parameters.put(key, value);
        return this;
    }

    public EngineExecutionResults execute(DiscoverySelector... selectors) {
        return EngineTestKit.engine("baton").configurationParameters(parameters).selectors(selectors).execute();
    }

    public EngineExecutionResults executeFiles(Path... files) {
        DiscoverySelector[] selectors = new DiscoverySelector[files.length];
        for (int i = 0; i < files.length; i++) {
            selectors[i] = selectFile(files[i].toFile());
        }
        return execute(selectors);
    }

    /** The finished or skipped event of the test (step) with this display name. */
    public static Event testEvent(EngineExecutionResults results, String name) {
        List<Event> matches = results.testEvents().stream()
                .filter(e -> e.getType() == EventType.FINISHED || e.getType() == EventType.SKIPPED)
                .filter(e -> e.getTestDescriptor().getDisplayName().equals(name)).toList();
        if (matches.size() != 1) {
            throw new AssertionError("expected one finished or skipped event for '" + name + "', got " + matches
                    + "\nall events: " + results.allEvents().list());
        }
        return matches.get(0);
    }

    /** The throwable of a finished test, failing when it has none. */
    public static Throwable throwableOf(EngineExecutionResults results, String name) {
        Event event = testEvent(results, name);
        Optional<Throwable> thrown = event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable);
        return thrown.orElseThrow(() -> new AssertionError("'" + name + "' has no throwable: " + event));
    }

    /** The reason a test was skipped, failing when it was not skipped. */
    public static String skipReason(EngineExecutionResults results, String name) {
        Event event = testEvent(results, name);
        if (event.getType() != EventType.SKIPPED) {
            throw new AssertionError("'" + name + "' was not skipped: " + event);
        }
        return event.getPayload(String.class).orElseThrow();
    }

    /** The status of a finished test: SUCCESSFUL, FAILED, ABORTED, or "SKIPPED". */
    public static String statusOf(EngineExecutionResults results, String name) {
        Event event = testEvent(results, name);
        if (event.getType() == EventType.SKIPPED) {
            return "SKIPPED";
        }
        return event.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getStatus().name();
    }
}
