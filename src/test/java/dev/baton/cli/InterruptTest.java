package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.testing.HttpStub;
import dev.baton.testing.JUnitXml;
import dev.baton.testing.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run stopped by a real signal (a child JVM, {@code kill -INT} or {@code kill -TERM}) at several moments: every
 * report says it was stopped, the step in progress is an error, every step not run is skipped, the counts agree
 * across reports, the exported environment is written, and the exit code is the signal's.
 */
class InterruptTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STEPS = 6;

    @TempDir
    Path dir;

    private HttpStub http;
    private Path collection;

    @BeforeEach
    void start() {
        http = HttpStub.start();
        http.server().stubFor(get(urlPathEqualTo("/fast")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"n\":1}")));
        http.server().stubFor(get(urlPathEqualTo("/hang")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(60_000)));
        StringBuilder yaml = new StringBuilder("name: stopped\nsteps:\n");
        for (int i = 1; i <= STEPS; i++) {
            yaml.append("  - name: step ").append(i).append('\n')
                    .append("    request: {url: \"<<base>>/").append(i == 3 ? "hang" : "fast").append("?i=")
                    .append(i).append("\"}\n")
                    .append("    capture: {n").append(i).append(": {json: $.n}}\n");
        }
        collection = TestFiles.write(dir, "c.yaml", yaml.toString());
    }

    @AfterEach
    void stop() {
        http.close();
    }

    /** The step that hangs answers at once after all. */
    private void answerAtOnce() {
        http.server().stubFor(get(urlPathEqualTo("/hang")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"n\":1}")));
    }

    /** A child {@code baton run} with every reporter. */
    private Process baton(String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-cp", System.getProperty("java.class.path"), BatonCommand.class.getName(),
                "run", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                "--var", "base=" + http.baseUrl(),
                "--reporter", "junit:" + dir.resolve("r.xml"), "--reporter", "json:" + dir.resolve("r.json"),
                "--reporter", "html:" + dir.resolve("r.html"), "--reporter", "otr:" + dir.resolve("r.otr.xml"),
                "--export-env", dir.resolve("e.yaml").toString()));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile())
                .start();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), "the moment never came");
    }

    private static void signal(Process process, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
        assertEquals(0, kill.waitFor(), "kill -" + signal);
    }

    private String output() throws Exception {
        return Files.readString(dir.resolve("out.txt"));
    }

    private boolean printed(String text) {
        try {
            return output().contains(text);
        } catch (Exception e) {
            return false;
        }
    }

    private boolean sent(String path) {
        return http.urls().stream().anyMatch(u -> u.startsWith(path));
    }

    /** Stops the run with SIGINT inside the step that hangs. */
    @Test
    void sigintInsideAStep() throws Exception {
        Process baton = baton();
        await(() -> sent("/hang"));
        signal(baton, "INT");

        Counts counts = stoppedReports(baton, 130);
        assertEquals(new Counts(2, 0, 1, STEPS - 3), counts, "two passed, the hanging one errored, the rest not run");
        JsonNode steps = JSON.readTree(dir.resolve("r.json").toFile()).at("/collections/0/iterations/0/steps");
        assertEquals("interrupted", steps.get(2).get("message").asText());
        assertEquals("not run: the run was interrupted", steps.get(3).get("message").asText());
        assertEquals("error", JUnitXml.parse(dir.resolve("r.xml")).testcase("step 3").outcome());
        assertTrue(Files.readString(dir.resolve("e.yaml")).contains("n2: '1'"), "the variables known so far");
    }

    /** Stops the run with SIGTERM in the pause between two steps ({@code --delay}). */
    @Test
    void sigtermBetweenSteps() throws Exception {
        answerAtOnce();
        Process baton = baton("--delay", "3000");
        await(() -> printed("PASS   step 1"));
        signal(baton, "TERM");

        Counts counts = stoppedReports(baton, 143);
        assertEquals(STEPS, counts.total());
        assertTrue(counts.passed() >= 1 && counts.skipped() >= STEPS - 2, counts::toString);
        assertEquals(1, counts.errors(), "the first step not run says the run stopped there: " + counts);
        assertFalse(sent("/fast?i=" + STEPS), "the run did not go on after the signal");
    }

    /** Stops the run with SIGTERM as soon as it has started: nothing or almost nothing ran. */
    @Test
    void sigtermAtTheStart() throws Exception {
        Process baton = baton("--delay", "2000");
        await(() -> printed("stopped ("));
        signal(baton, "TERM");

        Counts counts = stoppedReports(baton, 143);
        assertEquals(STEPS, counts.total());
        assertTrue(counts.skipped() >= STEPS - 1, counts::toString);
        assertEquals(1, counts.errors(), "no report of a stopped run looks green: " + counts);
        assertTrue(JUnitXml.parse(dir.resolve("r.xml")).count("errors") >= 1, "JUnit readers count errors as red");
    }

    /** Stops the run with SIGINT while its reports are written: they are still whole, and agree. */
    @Test
    void sigintWhileTheReportsAreWritten() throws Exception {
        answerAtOnce();
        Process baton = baton();
        await(() -> printed(" passed, "));
        signal(baton, "INT");
        assertTrue(baton.waitFor(30, TimeUnit.SECONDS), "baton did not stop");
        assertTrue(List.of(0, 130).contains(baton.exitValue()), "exit " + baton.exitValue());
        Counts counts = counts();
        assertEquals(new Counts(STEPS, 0, 0, 0), counts, output());
    }

    /** Waits for the stopped run and checks what every report says; returns their common counts. */
    private Counts stoppedReports(Process baton, int exitCode) throws Exception {
        assertTrue(baton.waitFor(30, TimeUnit.SECONDS), "baton did not stop");
        String output = output();
        assertEquals(exitCode, baton.exitValue(), output);
        assertTrue(output.contains("interrupted: the run was stopped"), output);
        assertFalse(output.matches("(?s).*\\n\\s+at [a-z]+\\..*"), "no stack trace:\n" + output);

        JsonNode json = JSON.readTree(dir.resolve("r.json").toFile());
        assertEquals("INTERRUPTED", json.get("status").asText());
        Document html = Jsoup.parse(dir.resolve("r.html").toFile(), "UTF-8");
        assertTrue(html.selectFirst("header.run").hasClass("interrupted"), "the HTML badge");
        assertEquals("\u25a0 Interrupted", html.selectFirst(".badge").text());
        assertTrue(Files.exists(dir.resolve("e.yaml")), "the exported environment");
        otrClosesEveryNode();
        return counts();
    }

    /** The counts of the JUnit XML, JSON and HTML reports, which must agree. */
    private Counts counts() throws Exception {
        JUnitXml xml = JUnitXml.parse(dir.resolve("r.xml"));
        Counts junit = new Counts(xml.count("tests") - xml.count("failures") - xml.count("errors")
                - xml.count("skipped"), xml.count("failures"), xml.count("errors"), xml.count("skipped"));
        JsonNode summary = JSON.readTree(dir.resolve("r.json").toFile()).get("summary");
        Counts json = new Counts(summary.get("passed").asInt(), summary.get("failed").asInt(),
                summary.get("errors").asInt(), summary.get("skipped").asInt());
        Document page = Jsoup.parse(dir.resolve("r.html").toFile(), "UTF-8");
        Counts html = new Counts(tile(page, "passed"), tile(page, "failed"), tile(page, "error"), tile(page, "skipped"));
        assertEquals(junit, json, "JUnit XML and JSON");
        assertEquals(json, html, "JSON and HTML");
        assertEquals(STEPS, json.total(), "every step of the plan is in the reports");
        return json;
    }

    private static int tile(Document page, String kind) {
        return Integer.parseInt(page.selectFirst(".tile." + kind + " .n").text());
    }

    /** Every node started in the Open Test Reporting file is finished; the run is ABORTED. */
    private void otrClosesEveryNode() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(dir.resolve("r.otr.xml").toFile());
        Set<String> open = new HashSet<>();
        NodeList started = xml.getElementsByTagNameNS("*", "started");
        for (int i = 0; i < started.getLength(); i++) {
            open.add(((Element) started.item(i)).getAttribute("id"));
        }
        NodeList finished = xml.getElementsByTagNameNS("*", "finished");
        String rootStatus = null;
        for (int i = 0; i < finished.getLength(); i++) {
            Element event = (Element) finished.item(i);
            open.remove(event.getAttribute("id"));
            if (event.getAttribute("id").equals("1")) {
                rootStatus = ((Element) event.getElementsByTagNameNS("*", "result").item(0)).getAttribute("status");
            }
        }
        assertEquals(Set.of(), open, "nodes left open");
        assertEquals("ABORTED", rootStatus);
    }

    /** How many steps ended each way. */
    private record Counts(int passed, int failed, int errors, int skipped) {
        int total() {
            return passed + failed + errors + skipped;
        }
    }
}
