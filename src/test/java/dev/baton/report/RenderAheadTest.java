package dev.baton.report;

import dev.baton.model.Diagnostic;
import dev.baton.model.Position;
import dev.baton.report.html.HtmlReporter;
import dev.baton.report.json.JsonReporter;
import dev.baton.report.junit.JUnitXmlReporter;
import dev.baton.report.otr.OpenTestReporter;
import dev.baton.results.AssertionRecord;
import dev.baton.results.CollectionResult;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;
import dev.baton.results.IterationResult;
import dev.baton.results.Outcome;
import dev.baton.results.RunOutline;
import dev.baton.results.RunResult;
import dev.baton.results.StepOutline;
import dev.baton.results.StepResult;
import dev.baton.results.UnitOutline;
import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import static dev.baton.report.Records.ORDERS;
import static dev.baton.report.Records.START;
import static dev.baton.report.Records.USERS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Units rendered while the run goes ({@link UnitsAhead}): every file report written with render-ahead is byte for
 * byte the one written whole at the end, whatever the masks learned after a unit was rendered, and a stopped run
 * copies nothing.
 */
class RenderAheadTest {

    private static final Path PLAIN = Path.of("collections/plain.yaml");
    /** In the first unit's response body: a value that becomes a secret after that unit was rendered. */
    private static final String LATE_SECRET = "late-secret-7f3a9c2e51";
    /** A JSON Web Token in the first unit's response body: masked by its shape until declared public. */
    private static final String TOKEN = jwt();
    private static final String ODD = "na\u00efve caf\u00e9 \u65e5\u672c \ud83d\ude00 ctl\u0001\u0007\u001b\u007f"
            + " tab\t <&\"'> ]]> --> \\u0041 \\\"";
    private static final String LONG = "x".repeat(ExchangeRecord.MAX_BODY_CHARS + 100) + "\ud83d\ude00 tail";

    /** The four file reports, by kind. */
    private static final List<Supplier<FileReporter>> KINDS = List.of(JsonReporter::new, HtmlReporter::new,
            JUnitXmlReporter::new, OpenTestReporter::new);

    @TempDir
    Path dir;

    /** The secrets of the test's run, and its render thread. */
    private final Redactor secrets = new Redactor();
    private final RenderAhead thread = RenderAhead.create();

    private static String jwt() {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString("{\"sub\":\"ada\",\"n\":12345678}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString("signature-bytes-0123".getBytes(StandardCharsets.UTF_8));
    }

    private static StepResult odd(Path file, int index, String name, Outcome outcome, String body) {
        Diagnostic problem = outcome == Outcome.PASSED ? null
                : new Diagnostic("body: expected \"<&>\" but was '" + ODD + "'", new Position(file.toString(),
                40 + index, 3), "      body: \"<&>\"");
        return new StepResult(name, new Position(file.toString(), 30 + index, 5), outcome,
                problem == null ? "" : problem.message(), problem == null ? List.of() : List.of(problem), START,
                20 + index,
                List.of(new ExchangeRecord("POST", "https://api.example.test/odd?q=%3C%26%3E&e=\u00e9",
                        List.of(new HeaderRecord("X-Odd", ODD)), "{\"say\":\"" + ODD.replace("\"", "\\\"") + "\"}",
                        200, List.of(new HeaderRecord("Content-Type", "text/plain; charset=utf-8")), body,
                        "text/plain; charset=utf-8", 4)),
                Map.of("odd", ODD, "quote", "say \"hi\""),
                problem == null ? List.of(AssertionRecord.held("status 200"))
                        : List.of(AssertionRecord.failed("body \"<&>\"", problem)));
    }

    /**
     * Users: five named iterations (passed and failed; error and skipped; none; an error and no step; a long body);
     * Orders: could not run, no iterations; Plain: a plain collection's one pass. 5 + 0 + 1 units; Open Test
     * Reporting declines the two named iterations with no step.
     */
    private static RunResult varied(boolean stopped) {
        IterationResult first = Records.iteration("#1 ada \"the first\"",
                odd(USERS, 0, "say \"hi\" to 'ada'", Outcome.PASSED,
                        "{\"token\":\"" + LATE_SECRET + "\",\"jwt\":\"" + TOKEN + "\",\"odd\":\"" + ODD + "\"}"),
                Records.failed(USERS, 1, "Get a token"));
        StepOutline useIt = new StepOutline("Use it", new Position(USERS.toString(), 20, 5));
        IterationResult second = Records.iteration("#2 bob <&>", Records.error(USERS, 0, "Nobody \"home\""),
                stopped ? StepResult.interrupted(useIt, START) : Records.skipped(USERS, 1, "Use it"));
        IterationResult empty = Records.iteration("#3 empty");
        IterationResult broken = new IterationResult("#4 carl", 1, "could not sign in: \u00e9 <&> " + ODD, List.of(),
                Map.of());
        IterationResult longBody = Records.iteration("#5 \ud83d\ude00 dora", odd(USERS, 2, "long 'one'",
                Outcome.FAILED, LONG), stopped ? StepResult.skipped(useIt, RunResult.NOT_RUN, START)
                : Records.passed(USERS, 3, "List users"));
        CollectionResult users = new CollectionResult("Users \"quoted\" <&>", USERS, 0, null,
                Records.numbered(List.of(first, second, empty, broken, longBody)));
        CollectionResult orders = new CollectionResult("Orders", ORDERS, 0,
                "cannot read data.csv: line 3 has 2 fields, not 3 \u00e9", List.of());
        CollectionResult plain = Records.plain("Plain 'one'", PLAIN, odd(PLAIN, 0, "plain \"odd\"", Outcome.PASSED,
                ODD), Records.error(PLAIN, 1, "down"));
        RunResult run = Records.run(users, orders, plain);
        return new RunResult(run.startedAt(), run.finishedAt(), stopped, run.environment(), run.suite(),
                run.collections());
    }

    /** How many units a report copies when all of them are current. */
    private static int copyable(FileReporter reporter) {
        return reporter instanceof OpenTestReporter ? 4 : 6;
    }

    private static ReporterContext context(Path target, OutputBoundary boundary, RenderAhead ahead) {
        PrintWriter quiet = new PrintWriter(new StringWriter());
        return new ReporterContext(target, new Streams(boundary, quiet, quiet), "test", key -> Optional.empty(),
                ahead);
    }

    /** Writes the report whole at the end, with the masks {@code secrets} are given. */
    private Path atEnd(FileReporter reporter, String name, RunResult run, Consumer<Redactor> secrets)
            throws Exception {
        Redactor redactor = new Redactor();
        secrets.accept(redactor);
        reporter.open(context(dir.resolve(name), new OutputBoundary(redactor), RenderAhead.none()));
        reporter.runFinished(run);
        return dir.resolve(name);
    }

    /**
     * Waits until the render thread has done every task given to it so far, asking again while a full queue drops
     * the question.
     */
    private static void drain(RenderAhead ahead) {
        try {
            for (int tries = 0; tries < 300; tries++) {
                CountDownLatch done = new CountDownLatch(1);
                ahead.submit(done::countDown);
                if (done.await(100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("the render thread did not come to the end of its tasks");
    }

    /** Events of the run as {@link RunReplay} tells them, with {@code afterUnit} called after each unit ended. */
    private static void replay(RunResult run, List<? extends Reporter> reporters, Consumer<Integer> afterUnit,
                               Runnable beforeFinish) throws Exception {
        int units = 0;
        for (CollectionResult collection : run.collections()) {
            units += Math.max(1, collection.iterations().size());
        }
        RunOutline outline = new RunOutline(units, run.counts().total());
        reporters.forEach(r -> r.runStarted(outline));
        int index = 0;
        for (CollectionResult collection : run.collections()) {
            List<IterationResult> iterations = collection.iterations();
            if (iterations.isEmpty()) {
                UnitOutline unit = new UnitOutline(index++, collection.name(), collection.file(), null, true, true,
                        List.of());
                reporters.forEach(r -> r.unitStarted(unit));
            }
            for (int i = 0; i < iterations.size(); i++) {
                IterationResult iteration = iterations.get(i);
                List<StepOutline> steps = new ArrayList<>();
                iteration.steps().forEach(s -> steps.add(new StepOutline(s.name(), s.position())));
                UnitOutline unit = new UnitOutline(index, collection.name(), collection.file(), iteration.name(),
                        i == 0, i == iterations.size() - 1, steps);
                reporters.forEach(r -> r.unitStarted(unit));
                for (StepResult step : iteration.steps()) {
                    reporters.forEach(r -> r.stepFinished(unit, step));
                }
                reporters.forEach(r -> r.unitFinished(unit, iteration));
                afterUnit.accept(index++);
            }
            reporters.forEach(r -> r.collectionFinished(collection));
        }
        beforeFinish.run();
        for (Reporter reporter : reporters) {
            reporter.runFinished(run);
        }
    }

    /** The four reports, on the test's secrets and render thread, told the run by {@link #replay}. */
    private List<FileReporter> replayed(RunResult run, Consumer<Integer> afterUnit, Runnable beforeFinish)
            throws Exception {
        List<FileReporter> reporters = ahead("ahead", new OutputBoundary(secrets), thread);
        replay(run, reporters, afterUnit, beforeFinish);
        return reporters;
    }

    /** The four reports, opened on one boundary and one render thread as the engine opens them. */
    private List<FileReporter> ahead(String prefix, OutputBoundary boundary, RenderAhead ahead) throws Exception {
        List<FileReporter> reporters = new ArrayList<>();
        for (Supplier<FileReporter> kind : KINDS) {
            FileReporter reporter = kind.get();
            reporter.open(context(dir.resolve(prefix + "." + reporter.kind()), boundary, ahead));
            reporters.add(reporter);
        }
        return reporters;
    }

    private void assertSameBytes(Path expected, Path actual) throws Exception {
        byte[] want = Files.readAllBytes(expected);
        byte[] got = Files.readAllBytes(actual);
        if (!Arrays.equals(want, got)) {
            assertEquals(new String(want, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8),
                    actual.getFileName() + " differs from the report written at the end");
        }
        assertArrayEquals(want, got);
    }

    private void assertNoSpool() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> left = files.filter(f -> f.getFileName().toString().endsWith(".units")).toList();
            assertTrue(left.isEmpty(), () -> "spool files left behind: " + left);
        }
    }

    /**
     * Each report written by {@link #ahead} is byte for byte the one written whole at the end with the masks
     * {@code secrets} give, having copied {@code copied} units; no spool file is left.
     */
    private void assertAsAtEnd(RunResult run, List<FileReporter> reporters, Consumer<Redactor> secrets,
                               ToIntFunction<FileReporter> copied) throws Exception {
        for (int i = 0; i < reporters.size(); i++) {
            FileReporter reporter = reporters.get(i);
            assertSameBytes(atEnd(KINDS.get(i).get(), "end." + reporter.kind(), run, secrets),
                    dir.resolve("ahead." + reporter.kind()));
            assertEquals(copied.applyAsInt(reporter), reporter.unitsCopied(), reporter.kind() + ": units copied");
        }
        assertNoSpool();
    }

    @Test
    void eachReportRenderedAheadIsTheReportWrittenAtTheEnd() throws Exception {
        RunResult run = varied(false);
        List<FileReporter> reporters = replayed(run, unit -> { }, () -> drain(thread));

        assertAsAtEnd(run, reporters, none -> { }, RenderAheadTest::copyable);
    }

    /** As the engine ends a run: the thread may still be rendering when the reports are written. */
    @RepeatedTest(5)
    void aReportWrittenWhileTheThreadRendersIsTheSame() throws Exception {
        RunResult run = varied(false);
        for (Supplier<FileReporter> kind : KINDS) {
            FileReporter reporter = kind.get();
            Path target = dir.resolve("replayed." + reporter.kind());
            reporter.open(context(target, new OutputBoundary(new Redactor()), RenderAhead.create()));
            RunReplay.replay(run, reporter);
            assertSameBytes(Records.write(kind.get(), dir.resolve("end." + reporter.kind()), run), target);
            assertTrue(reporter.unitsCopied() <= copyable(reporter), reporter.kind());
        }
        assertNoSpool();
    }

    /** A unit's text may hold a secret learned later: a run killed before its end must leave no file of them. */
    @Test
    void theUnitsRenderedWhileTheRunGoesAreInNoFileByName() throws Exception {
        RunResult run = varied(false);
        List<FileReporter> reporters = replayed(run, unit -> { }, () -> {
            drain(thread);
            try {
                assertNoSpool();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        assertAsAtEnd(run, reporters, r -> { }, RenderAheadTest::copyable);
    }

    @Test
    void aSecretLearnedAfterTheUnitsWereRenderedIsInNoReport() throws Exception {
        RunResult run = varied(false);
        List<FileReporter> reporters = replayed(run, unit -> { }, () -> {
            drain(thread);
            secrets.add(LATE_SECRET);
        });

        for (FileReporter reporter : reporters) {
            String text = Files.readString(dir.resolve("ahead." + reporter.kind()));
            assertFalse(text.contains(LATE_SECRET), reporter.kind() + " shows the secret");
            assertFalse(text.contains(LATE_SECRET.substring(0, 12)), reporter.kind() + " shows part of the secret");
        }
        assertAsAtEnd(run, reporters, r -> r.add(LATE_SECRET), reporter -> 0);
        String unmasked = Files.readString(atEnd(new JsonReporter(), "open.json", run, r -> { }));
        assertTrue(unmasked.contains(LATE_SECRET), "the first unit's body holds the value");
    }

    /** The secret comes after the first unit: the units rendered after it are copied, the first is written again. */
    @Test
    void aSecretLearnedMidRunHasOnlyTheUnitsBeforeItWrittenAgain() throws Exception {
        RunResult run = varied(false);
        List<FileReporter> reporters = replayed(run, unit -> {
            if (unit == 0) {
                drain(thread);
                secrets.add(LATE_SECRET);
            }
        }, () -> drain(thread));

        for (FileReporter reporter : reporters) {
            assertFalse(Files.readString(dir.resolve("ahead." + reporter.kind())).contains(LATE_SECRET),
                    reporter.kind() + " shows the secret");
        }
        assertAsAtEnd(run, reporters, r -> r.add(LATE_SECRET), reporter -> copyable(reporter) - 1);
    }

    @Test
    void aValueDeclaredPublicAfterTheUnitsWereRenderedIsShownAsAtTheEnd() throws Exception {
        RunResult run = varied(false);
        List<FileReporter> reporters = replayed(run, unit -> { }, () -> {
            drain(thread);
            secrets.addPublic(TOKEN);
        });

        assertAsAtEnd(run, reporters, r -> r.addPublic(TOKEN), reporter -> 0);
        assertTrue(Files.readString(dir.resolve("ahead.json")).contains(TOKEN), "the public token is shown");
        assertFalse(Files.readString(atEnd(new JsonReporter(), "masked.json", run, r -> { })).contains(TOKEN),
                "a token not declared public is masked by its shape");
    }

    @Test
    void aStoppedRunCopiesNothing() throws Exception {
        RunResult run = varied(true);
        List<FileReporter> reporters = replayed(run, unit -> { }, () -> drain(thread));

        assertAsAtEnd(run, reporters, none -> { }, reporter -> 0);
        assertTrue(Files.readString(dir.resolve("ahead.otr")).contains("ABORTED"), "the stopped run is aborted");
    }

    @Test
    void aRunThatIsNotRenderedAheadCopiesNothing() throws Exception {
        RunResult run = varied(false);
        List<FileReporter> reporters = ahead("ahead", new OutputBoundary(new Redactor()), RenderAhead.none());

        replay(run, reporters, unit -> { }, () -> { });

        assertAsAtEnd(run, reporters, none -> { }, reporter -> 0);
    }

    /**
     * The thread is held while 300 units end, each told to the four reports: the first {@value RenderAhead#MAX_PENDING}
     * tasks wait (the first 256 units of each report), the others are dropped, and the walk writes those units.
     */
    @Test
    void unitsDroppedWhileTheThreadIsBehindAreWrittenAtTheEnd() throws Exception {
        List<IterationResult> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(Records.iteration("#" + (i + 1) + " row", i % 7 == 3 ? Records.failed(USERS, 0, "Get a token")
                    : Records.passed(USERS, 0, "List \"users\" " + i)));
        }
        RunResult run = Records.run(new CollectionResult("Rows", USERS, 0, null, Records.numbered(rows)),
                Records.plain("Plain", PLAIN, Records.passed(PLAIN, 0, "after")));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        thread.submit(() -> {
            running.countDown();
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(running.await(30, TimeUnit.SECONDS));

        List<FileReporter> reporters = replayed(run, unit -> { }, () -> {
            held.countDown();
            drain(thread);
        });

        assertAsAtEnd(run, reporters, none -> { }, reporter -> RenderAhead.MAX_PENDING / KINDS.size());
    }

    @Test
    void theRunIsAsVariedAsItSays() {
        RunResult run = varied(false);
        assertEquals(3, run.collections().size());
        assertTrue(run.collections().get(1).iterations().isEmpty());
        assertTrue(run.steps().anyMatch(s -> s.outcome() == Outcome.SKIPPED));
        assertTrue(run.steps().anyMatch(s -> s.outcome() == Outcome.ERROR));
        assertTrue(run.steps().anyMatch(s -> s.outcome() == Outcome.FAILED));
        assertTrue(run.steps().flatMap(s -> s.exchanges().stream())
                .anyMatch(e -> e.responseBody() != null && e.responseBody().length() > ExchangeRecord.MAX_BODY_CHARS));
    }
}
