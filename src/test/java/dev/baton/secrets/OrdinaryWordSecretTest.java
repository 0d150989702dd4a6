package dev.baton.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.testing.AllOutputs;
import dev.baton.testing.CliRun;
import dev.baton.testing.EchoServer;
import dev.baton.testing.EchoServer.Reply;
import dev.baton.testing.EchoServers;
import dev.baton.testing.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.yaml.snakeyaml.Yaml;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A secret that is a word of a report's own syntax ({@code test} of {@code <testsuite>}, the key {@code name}, the
 * outcome {@code PASSED}, the console's {@code PASS} and {@code passed}, the {@code debug:} prefix): every report
 * still parses, with its markup, keys and Baton's words as written, and the secret is still masked where it is data
 * (the echoed body, the header sent, the collection's name).
 */
class OrdinaryWordSecretTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @RegisterExtension
    final EchoServers servers = new EchoServers();

    @org.junit.jupiter.api.Test
    void aSecretThatIsAWordOfTheCollectionsFileNameLeavesThePositionLinesAlone() {
        EchoServer server = servers.start(request -> Reply.of(500, "text/plain", "echo forged"));
        Path collection = TestFiles.write(dir, "forged.yaml", """
                name: f
                steps:
                  - name: s
                    request: {url: "%s/a", headers: {X-S: <<s>>}}
                    expect: {status: 200}
                """.formatted(server.baseUrl()));

        CliRun run = CliRun.of("run", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                "--secret", "s=forged");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("--> " + collection + ":5:"), run::toString);
        assertFalse(run.all().contains("*****.yaml"), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"error", "warning", "note"})
    void theWordsThatOpenBatonsLinesOnStderrAreNeverMasked(String secret) {
        Path collection = TestFiles.write(dir, "bad.yaml", """
                name: bad
                steps:
                  - name: s
                    request: {url: "http://127.0.0.1:9/<<nope>>", headers: {X-Pw: <<password>>}}
                """);

        CliRun run = CliRun.of("run", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                "--secret", "password=" + secret, "--secret", "other=" + secret + "-" + secret);

        assertEquals(2, run.exitCode(), run::toString);
        List<String> err = run.err().lines().toList();
        assertTrue(err.stream().anyMatch(l -> l.startsWith("warning: secret 'password' is a plain word")), run::toString);
        assertTrue(err.contains("error: undefined variable 'nope'"), run::toString);
        assertTrue(err.stream().noneMatch(l -> l.startsWith("*****")), run::toString);
        assertFalse(run.all().contains(secret + "-" + secret), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"test", "testsuite", "testcase", "case", "name", "status", "PASSED", "PASS", "passed",
            "failed", "true", "false", "null", "value", "class", "vars", "property", "properties", "message", "debug",
            "events", "started", "finished", "result", "SUCCESSFUL", "section", "step", "body", "headers", "UTF-8",
            "xml version", "1"})
    void reportsKeepTheirOwnSyntaxAndMaskTheData(String secret) throws Exception {
        String masked = secret.length() < 4 ? secret : "*****";
        EchoServer server = servers.start(request -> Reply.of(200, "text/plain", "you said " + request.header("X-Pw")
                + " and more"));
        Path collection = TestFiles.write(dir, "ok.yaml", """
                name: "ok %s"
                vars:
                  plain: shown-text
                steps:
                  - name: s
                    request: {url: "%s/a", headers: {X-Pw: <<password>>}}
                    expect: {status: 200}
                """.formatted(secret, server.baseUrl()));

        AllOutputs.Result result = AllOutputs.of(dir, collection.toString(), "--env",
                TestFiles.emptyEnvironment(dir).toString(), "--secret", "password=" + secret);

        assertEquals(0, result.run().exitCode(), result.run()::toString);
        List<String> stdout = result.run().out().lines().toList();
        assertEquals("1 passed, 0 failed", stdout.get(stdout.size() - 1).strip(), result.run()::toString);
        assertTrue(stdout.stream().anyMatch(l -> l.matches("  PASS   s  \\d+ ms")), result.run()::toString);
        assertTrue(stdout.contains("ok " + masked + " (" + collection + ")"), result.run()::toString);
        List<String> debug = result.run().err().lines().filter(l -> !l.startsWith("warning: ")
                && !l.startsWith("note: ")).toList();
        assertTrue(debug.size() > 3 && debug.stream().allMatch(l -> l.startsWith("debug: ")), result.run()::toString);
        assertTrue(debug.contains("debug:   > X-Pw: " + masked), result.run()::toString);
        assertTrue(debug.contains("debug:   < you said " + masked + " and more"), result.run()::toString);

        Element suite = xml(result.outputs().get("junit.xml"));
        assertEquals("testsuite", suite.getTagName());
        assertEquals("1", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        Element testcase = (Element) suite.getElementsByTagName("testcase").item(0);
        assertEquals("s", testcase.getAttribute("name"));
        assertEquals("ok " + masked, testcase.getAttribute("classname"));

        Element events = xml(result.outputs().get("otr.xml"));
        assertEquals("events", events.getLocalName());
        assertEquals(3, events.getElementsByTagNameNS("*", "started").getLength(), result.outputs().get("otr.xml"));
        assertEquals("ok " + masked, ((Element) events.getElementsByTagNameNS("*", "started").item(1))
                .getAttribute("name"));

        JsonNode report = JSON.readTree(result.outputs().get("report.json"));
        assertEquals("PASSED", report.path("status").asText(), result.outputs().get("report.json"));
        assertEquals(1, report.path("summary").path("passed").asInt());
        JsonNode c = report.path("collections").path(0);
        assertEquals("ok " + masked, c.path("name").asText());
        JsonNode step = c.path("iterations").path(0).path("steps").path(0);
        assertEquals("s", step.path("name").asText());
        assertEquals("PASSED", step.path("outcome").asText());
        assertTrue(step.path("assertions").path(0).path("passed").isBoolean());
        JsonNode exchange = step.path("exchanges").path(0);
        assertEquals("you said " + masked + " and more", exchange.path("response").path("body").asText());
        assertFalse(exchange.path("response").path("bodyTruncated").asBoolean(true));
        JsonNode sent = exchange.path("request").path("headers").path(0);
        assertEquals("X-Pw", sent.path("name").asText(), exchange.toString());
        assertEquals(masked, sent.path("value").asText(), exchange.toString());

        Document page = Jsoup.parse(result.outputs().get("report.html"));
        assertEquals(1, page.select("section.step.passed").size(), result.outputs().get("report.html"));
        assertEquals("PASS", page.select("section.step span.status").text());
        assertEquals("ok " + masked, page.select("h1").text());
        assertTrue(page.select("section.step pre").text().contains("you said " + masked + " and more"));
        assertEquals(1, page.select("style").size());

        Map<String, Object> exported = new Yaml().load(result.outputs().get("exported.yaml"));
        assertEquals(Map.of("plain", "shown-text"), exported.get("vars"), result.outputs().get("exported.yaml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"failure", "FAIL", "failed", "error", "type", "message", "skipped", "SKIP"})
    void aFailedRunKeepsItsOwnWordsToo(String secret) throws Exception {
        EchoServer server = servers.start(request -> Reply.of(500, "text/plain", "no " + request.header("X-Pw")));
        Path collection = TestFiles.write(dir, "bad.yaml", """
                name: bad
                steps:
                  - name: one
                    request: {url: "%s/a", headers: {X-Pw: <<password>>}}
                    expect: {status: 500, body: {contains: "yes"}}
                """.formatted(server.baseUrl()));

        AllOutputs.Result result = AllOutputs.of(dir, collection.toString(), "--env",
                TestFiles.emptyEnvironment(dir).toString(), "--secret", "password=" + secret);

        assertEquals(1, result.run().exitCode(), result.run()::toString);
        List<String> stdout = result.run().out().lines().toList();
        assertEquals("0 passed, 1 failed", stdout.get(stdout.size() - 1).strip(), result.run()::toString);
        assertTrue(stdout.stream().anyMatch(l -> l.matches("  FAIL   one  \\d+ ms")), result.run()::toString);
        assertFalse(result.all().contains("no " + secret), result::toString);

        Element suite = xml(result.outputs().get("junit.xml"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("skipped"));
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertEquals("failure", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("no *****"), failure.getTextContent());

        JsonNode steps = JSON.readTree(result.outputs().get("report.json")).path("collections").path(0)
                .path("iterations").path(0).path("steps");
        assertEquals("FAILED", steps.path(0).path("outcome").asText());
        assertEquals(1, Jsoup.parse(result.outputs().get("report.html")).select("section.step.failed").size());
        xml(result.outputs().get("otr.xml"));
    }

    private static Element xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }
}
