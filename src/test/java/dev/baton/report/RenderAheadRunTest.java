package dev.baton.report;

import dev.baton.testing.AllOutputs;
import dev.baton.testing.EchoServer.Reply;
import dev.baton.testing.EchoServers;
import dev.baton.testing.RenderingAhead;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Render-ahead in a real data-driven run through the CLI, with the four file reports: a secret that a later
 * iteration captures, after an earlier iteration's response showed it, is in no report; and the reports are those of
 * the same run with render-ahead off.
 */
class RenderAheadRunTest {

    private static final String VALUE = "shared-Q7w9eRt5yU3i";
    private static final List<String> REPORTS = List.of("junit.xml", "otr.xml", "report.json", "report.html");
    private static final Pattern OTR_IDS = Pattern.compile("\\b(id|parentId)=\"([^\"]*)\"");

    @TempDir
    Path dir;

    @RegisterExtension
    final EchoServers servers = new EchoServers();

    /**
     * Three rows: row 1 peeks at the value (its response shows it, not yet a secret), row 3 grabs it as a secret after
     * a pause (so the render thread has rendered row 1 by then). Row 2 fails an expectation.
     */
    private Path collection() {
        String base = servers.start(request -> {
            String path = request.uri().getPath();
            if (path.equals("/peek/1")) {
                return Reply.of(200, "application/json", "{\"seen\":\"" + VALUE + "\",\"note\":\"caf\u00e9 <&>\"}");
            }
            if (path.equals("/grab/3")) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Reply.of(200, "application/json", "{\"value\":\"" + VALUE + "\"}");
            }
            return Reply.of(200, "application/json", "{\"value\":\"plain-" + path.replace('/', '-') + "\"}");
        }).baseUrl();
        TestFiles.write(dir, "rows.csv", "n,who\n1,ada\n2,bob\n3,carl\n");
        return TestFiles.write(dir, "late.yaml", """
                name: late secret
                steps:
                  - name: peek "<<who>>"
                    request: {url: "%s/peek/<<n>>"}
                    expect: {status: 200}
                  - name: grab
                    request: {url: "%s/grab/<<n>>"}
                    capture:
                      found: {json: $.value, secret: true}
                    expect:
                      json: {$.value: {not: plain--grab-2}}
                """.formatted(base, base));
    }

    private AllOutputs.Result run(Path collection, boolean renderAhead) {
        return RenderingAhead.with(renderAhead, () -> AllOutputs.of(dir, collection.toString(), "--env",
                TestFiles.emptyEnvironment(dir).toString(), "--data", dir.resolve("rows.csv").toString(),
                "--data-name", "who"));
    }

    @Test
    void aSecretCapturedByALaterIterationIsInNoReport() {
        AllOutputs.Result result = run(collection(), true);

        assertEquals(1, result.run().exitCode(), result.run()::toString);
        for (String report : REPORTS) {
            String text = result.outputs().get(report);
            assertTrue(text != null && text.contains("ada"), report + " was written: " + result.outputs().keySet());
            assertFalse(text.contains(VALUE), report + " shows the secret captured later");
            assertFalse(text.contains(VALUE.substring(0, 10)), report + " shows part of the secret");
        }
        assertTrue(result.outputs().get("report.json").contains("*****"), "the value is masked where it was");
        assertFalse(result.outputs().keySet().stream().anyMatch(name -> name.endsWith(".units")),
                () -> "spool files left beside the reports: " + result.outputs().keySet());
    }

    @Test
    void aRunRenderedAheadReportsWhatARunWrittenAtTheEndReports() {
        Path collection = collection();
        Map<String, String> ahead = run(collection, true).outputs();
        Map<String, String> atEnd = run(collection, false).outputs();

        for (String report : REPORTS) {
            assertEquals(digitless(atEnd.get(report)), digitless(ahead.get(report)), report);
        }
        List<String> ids = otrIds(ahead.get("otr.xml"));
        assertTrue(ids.size() > 10, ids::toString);
        assertEquals(otrIds(atEnd.get("otr.xml")), ids, "Open Test Reporting ids");
    }

    /** The text with every run of digits one 0: timestamps and durations differ from one run to the next. */
    /**
     * The text with every number, date and time as {@code 0}: two runs differ in them, and a time may even drop its
     * seconds ({@code LocalDateTime} writes {@code 10:15} for {@code 10:15:00}) or its fraction of a second.
     */
    private static String digitless(String text) {
        return text.replaceAll("[0-9]+([-:.T][0-9]+)*", "0");
    }

    private static List<String> otrIds(String xml) {
        List<String> ids = new ArrayList<>();
        Matcher id = OTR_IDS.matcher(xml);
        while (id.find()) {
            ids.add(id.group(1) + "=" + id.group(2));
        }
        return ids;
    }
}
