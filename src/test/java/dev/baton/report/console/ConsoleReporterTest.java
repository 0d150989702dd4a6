package dev.baton.report.console;

import dev.baton.engine.BatonTestEngine;
import dev.baton.engine.RunSettings;
import dev.baton.model.Position;
import dev.baton.report.Streams;
import dev.baton.results.CollectionResult;
import dev.baton.results.IterationResult;
import dev.baton.results.RunOutline;
import dev.baton.results.RunResult;
import dev.baton.results.StepOutline;
import dev.baton.results.StepResult;
import dev.baton.results.UnitOutline;
import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** The console: plain text off a terminal, colour and a transient progress line on one. */
class ConsoleReporterTest {

    private static final String ESC = "\u001b";
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private HttpStub http;
    private Path collection;
    private int closedPort;

    @BeforeEach
    void start() {
        http = HttpStub.start();
        http.server().stubFor(get("/one").willReturn(okJson("{}")));
        http.server().stubFor(get("/two").willReturn(okJson("{}")));
        closedPort = HttpStub.closedPort();
        collection = TestFiles.write(dir, "console.yaml", """
                name: Console
                steps:
                  - name: First
                    request:
                      url: <<base>>/one
                  - name: Second
                    request:
                      url: <<base>>/two
                    capture:
                      x: {json: $.x}
                    expect:
                      status: 201
                  - name: Third
                    request:
                      url: <<base>>/<<x>>
                  - name: Fourth
                    request:
                      url: http://127.0.0.1:%d/four
                """.formatted(closedPort));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private String run(Function<PrintWriter, ConsoleReporter> console, String... parameters) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(RunSettings.ENVIRONMENT, TestFiles.emptyEnvironment(dir).toString());
        config.put(RunSettings.VARIABLE_PREFIX + "base", http.baseUrl());
        for (int i = 0; i < parameters.length; i += 2) {
            config.put(parameters[i], parameters[i + 1]);
        }
        StringWriter text = new StringWriter();
        OutputBoundary boundary = new OutputBoundary(new Redactor());
        PrintWriter out = boundary.writer(text);
        PrintWriter err = boundary.writer(new StringWriter());
        LauncherFactory.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false)
                        .enableTestExecutionListenerAutoRegistration(false)
                        .addTestEngines(new BatonTestEngine(new Streams(boundary, out, err), List.of(console.apply(out))))
                        .build())
                .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectFile(collection.toFile()))
                        .configurationParameters(config).build());
        out.flush();
        return text.toString();
    }

    /** Times as {@code N ms}, and without the lines that say where a failure is written (tested on their own). */
    /** The output with the timing table's columns separated by one space, whatever their widths. */
    private static String timingsCollapsed(String output) {
        int table = output.indexOf("Timings");
        return table < 0 ? output
                : output.substring(0, table) + output.substring(table).replaceAll("(?m)(?<=\\S) {2,}(?=\\S)", " ");
    }

    private static String normalized(String output) {
        return output.replaceAll("\\d+ ms", "N ms").replaceAll("(?m)^ *(-->|\\d* \\|).*(\\R|$)", "");
    }

    /** The output without progress lines (each drawn, then erased) and colour codes. */
    private static String stripped(String output) {
        return output.replaceAll("\r[^\r\n]*\r" + ESC + "\\[K", "").replaceAll(ESC + "\\[[0-9;]*m", "");
    }

    private String expectedPlain() {
        return (NL + "Console (" + collection + ")" + NL
                + "  PASS   First  N ms" + NL
                + "  FAIL   Second  N ms" + NL
                + "        capture x: nothing found for json $.x" + NL
                + "        status: expected equals 201 but was 200" + NL
                + "  SKIP  Third  (needs <<x>>, which step 'Second' failed to capture)" + NL
                + "  ERROR  Fourth  N ms" + NL
                + "        cannot connect to http://127.0.0.1:" + closedPort + ": Connection refused" + NL
                + NL
                + "1 passed, 2 failed, 1 skipped" + NL);
    }

    @Test
    void offATerminalTheOutputIsPlainText() {
        String output = run(out -> new ConsoleReporter(ConsoleStyle.PLAIN, ProgressLine.plain(out)));

        assertEquals(expectedPlain(), normalized(output));
        assertFalse(output.contains(ESC) || output.contains("\r"), output);
    }

    @Test
    void aFailureSaysWhereItIsWrittenWithTheLineAndACaret() {
        String output = run(out -> new ConsoleReporter(ConsoleStyle.PLAIN, ProgressLine.plain(out)));

        int line = TestFiles.lineOf(collection, "status: 201");
        String gutter = " ".repeat(Integer.toString(line).length());
        String expected = "        status: expected equals 201 but was 200" + NL
                + "        " + gutter + "--> " + TestFiles.positionOf(collection, "201") + NL
                + "        " + gutter + " |" + NL
                + "        " + line + " |       status: 201" + NL
                + "        " + gutter + " | " + " ".repeat(TestFiles.columnOf(collection, "201") - 1) + "^" + NL;
        assertTrue(output.contains(expected), output);
        assertTrue(output.contains("        capture x: nothing found for json $.x" + NL + "        " + gutter + "--> "
                + TestFiles.positionOf(collection, "x: {json: $.x}")), output);
    }

    @Test
    void onATerminalTheLabelsAreColouredAndTheSummaryBold() {
        ConsoleStyle style = ConsoleStyle.of(true, Map.of());
        String output = run(out -> new ConsoleReporter(style, new ProgressLine(out, true, style, 60_000,
                System::nanoTime)));

        assertTrue(output.contains("  " + ESC + "[32mPASS" + ESC + "[0m   First  "), output);
        assertTrue(output.contains("  " + ESC + "[31mFAIL" + ESC + "[0m   Second  "), output);
        assertTrue(output.contains("  " + ESC + "[33mSKIP" + ESC + "[0m  Third  "), output);
        assertTrue(output.contains("  " + ESC + "[31mERROR" + ESC + "[0m  Fourth  "), output);
        assertTrue(output.endsWith(ESC + "[1m1 passed, 2 failed, 1 skipped" + ESC + "[0m" + NL), output);
        assertFalse(output.contains("\r"), "a short run shows no progress line");
        assertEquals(expectedPlain(), normalized(stripped(output)));
    }

    @Test
    void noColorTurnsColourOffWhateverItsValue() {
        assertTrue(ConsoleStyle.of(true, Map.of()).colour());
        assertFalse(ConsoleStyle.of(true, Map.of("NO_COLOR", "1")).colour());
        assertFalse(ConsoleStyle.of(true, Map.of("NO_COLOR", "")).colour());
        assertFalse(ConsoleStyle.of(false, Map.of()).colour());
        assertEquals("PASS", ConsoleStyle.of(true, Map.of("NO_COLOR", "1")).green("PASS"));
    }

    @Test
    void aLongRunOnATerminalShowsProgressThatIsErasedBeforeEachLine() {
        ConsoleStyle plain = ConsoleStyle.of(true, Map.of("NO_COLOR", "1"));
        String output = run(out -> new ConsoleReporter(plain, new ProgressLine(out, true, plain, 0,
                System::nanoTime)));

        assertTrue(output.contains("\r[1/4] First\r" + ESC + "[K  PASS   First  "), output);
        assertTrue(output.contains("\r[2/4] Second\r" + ESC + "[K  FAIL   Second  "), output);
        assertTrue(output.contains("\r[4/4] Fourth\r" + ESC + "[K  ERROR  Fourth  "), output);
        assertFalse(stripped(output).contains("\r"), "every progress line is erased");
        assertEquals(expectedPlain(), normalized(stripped(output)));
    }

    @Test
    void aStoppedRunClearsTheProgressLineAndSaysItWasInterrupted() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        ConsoleStyle plain = ConsoleStyle.of(true, Map.of("NO_COLOR", "1"));
        ConsoleReporter console = new ConsoleReporter(plain, new ProgressLine(out, true, plain, 0, System::nanoTime));
        StepOutline step = new StepOutline("slow step", new Position("c.yaml", 3, 5));
        UnitOutline unit = new UnitOutline(0, "C", Path.of("c.yaml"), null, true, true, List.of(step));
        console.runStarted(new RunOutline(1, 1));
        console.unitStarted(unit);
        console.stepStarted(unit, step);
        console.runFinished(new RunResult(Instant.EPOCH, Instant.EPOCH, true, "local", null,
                List.of(new CollectionResult("C", Path.of("c.yaml"), 0, null, List.of(new IterationResult(null, 1,
                        null, List.of(StepResult.skipped(step, RunResult.NOT_RUN, Instant.EPOCH)), Map.of()))))));
        out.flush();

        String output = text.toString();
        assertTrue(output.contains("\r[1/1] slow step\r" + ESC + "[K" + NL + "interrupted: the run was stopped"), output);
        assertTrue(output.endsWith("0 passed, 0 failed, 1 skipped" + NL), output);
        assertFalse(stripped(output).contains("\r"), "the progress line is erased");
    }

    @Test
    void iterationsAreHeadersUnderTheirCollection() {
        collection = TestFiles.write(dir, "console.yaml", TestFiles.read(collection).replaceAll(
                "(?s)  - name: Third.*", ""));
        String output = normalized(run(out -> new ConsoleReporter(ConsoleStyle.PLAIN, ProgressLine.plain(out)),
                RunSettings.ITERATIONS, "2"));

        assertEquals(NL + "Console (" + collection + ")" + NL
                + "  #1" + NL
                + "    PASS   First  N ms" + NL
                + "    FAIL   Second  N ms" + NL
                + "          capture x: nothing found for json $.x" + NL
                + "          status: expected equals 201 but was 200" + NL
                + "  #2" + NL
                + "    PASS   First  N ms" + NL
                + "    FAIL   Second  N ms" + NL
                + "          capture x: nothing found for json $.x" + NL
                + "          status: expected equals 201 but was 200" + NL
                + NL
                + "Timings across iterations and retries:" + NL
                + "  step tries min median p95 max" + NL
                + "  First 2 N ms N ms N ms N ms" + NL
                + "  Second 2 N ms N ms N ms N ms" + NL
                + NL
                + "2 passed, 2 failed" + NL, timingsCollapsed(output));
    }
}
