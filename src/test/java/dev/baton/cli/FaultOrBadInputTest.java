package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.baton.testing.CliRun;
import dev.baton.testing.FaultyAuthType;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input is exit 2 with one line; a fault in Baton is exit 3, said as an internal error, its stack trace under
 * {@code --debug} only, and the step it broke is an error in every report, never a pass or a plain failure.
 */
class FaultOrBadInputTest {

    @TempDir
    Path dir;

    private Path collection(HttpStub http) {
        return TestFiles.write(dir, "c.yaml", """
                name: faulty
                auth: {type: test-fault}
                steps:
                  - {name: broken, request: {url: "%s/x"}}
                """.formatted(http.baseUrl()));
    }

    @Test
    void aFaultInAStepIsAnInternalErrorWithItsTraceOnlyUnderDebug() throws Exception {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
            Path report = dir.resolve("report.json");
            CliRun run = CliRun.of("run", collection(http).toString(), "--env", TestFiles.emptyEnvironment(dir)
                    .toString(), "--reporter", "json:" + report);

            assertEquals(3, run.exitCode(), run::toString);
            assertTrue(run.err().contains("internal error: " + FaultyAuthType.FAULT
                    + " (run with --debug for the stack trace)"), run::toString);
            assertFalse(run.all().contains("IllegalStateException"), run::toString);
            JsonNode step = new ObjectMapper().readTree(report.toFile()).at("/collections/0/iterations/0/steps/0");
            assertEquals("error", step.get("outcome").asText().toLowerCase(), step.toString());
            assertTrue(step.toString().contains("internal error: " + FaultyAuthType.FAULT), step.toString());

            CliRun debug = CliRun.of("run", collection(http).toString(), "--env", TestFiles.emptyEnvironment(dir)
                    .toString(), "--debug");
            assertEquals(3, debug.exitCode(), debug::toString);
            assertTrue(debug.err().contains("java.lang.IllegalStateException: " + FaultyAuthType.FAULT), debug::toString);
            assertTrue(debug.err().contains("at dev.baton.testing.FaultyAuthType"), debug::toString);
        }
    }

    /**
     * The data file reads when the run opens it and when the first collection's pass reads it; the server rewrites it
     * while it answers that pass's last request (before the answer goes), so the second collection's pass meets a
     * row that does not parse: a bad input, told with its file and line, not a fault.
     */
    @Test
    void aDataFileThatStopsReadingMidRunIsBadInputWithItsLine() throws Exception {
        Path data = TestFiles.write(dir, "ids.csv", "id\n1\n2\n");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/first/2")) {
                Files.writeString(data, "id\n1\n\"2\n");
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path first = TestFiles.write(dir, "a.yaml", "name: first\nsteps:\n  - {name: get, request: {url: \""
                    + base + "/first/<<id>>\"}}\n");
            Path second = TestFiles.write(dir, "b.yaml", "name: second\nsteps:\n  - {name: get, request: {url: \""
                    + base + "/second/<<id>>\"}}\n");
            Path report = dir.resolve("report.json");
            CliRun run = CliRun.of("run", first.toString(), second.toString(), "--env",
                    TestFiles.emptyEnvironment(dir).toString(), "--data", data.toString(), "--reporter",
                    "json:" + report);

            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.all().contains("ids.csv:3:"), run::toString);
            String told = run.out().substring(run.out().indexOf("second ("));
            assertTrue(told.contains("ERROR  the collection did not run:") && told.contains("ids.csv:3:"),
                    run::toString);
            assertFalse(run.all().contains("internal error"), run::toString);
            assertFalse(run.all().contains("Exception"), run::toString);
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            assertEquals(2, json.at("/collections/0/iterations").size(), json.toString());
            assertTrue(json.at("/collections/1/error").asText().contains("ids.csv:3:"), json.toString());
            assertFalse("PASSED".equals(json.get("status").asText()), json.toString());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void badInputIsExit2WithoutATraceEvenUnderDebug() {
        CliRun run = CliRun.of("run", "nothing.yaml", "--iterations", "0", "--debug");
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("error: --iterations must be from 1 to 100000", run.err().lines().findFirst().orElse(""));
        assertFalse(run.all().contains("\tat "), run::toString);
    }
}
