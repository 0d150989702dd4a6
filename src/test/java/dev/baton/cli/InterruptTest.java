package dev.baton.cli;

import dev.baton.testing.HttpStub;
import dev.baton.testing.JUnitXml;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run stopped with SIGTERM still writes its reports, holding the steps that ran. */
class InterruptTest {

    @Test
    void sigtermWritesTheReportsOfTheStepsSoFar(@TempDir Path dir) throws Exception {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(get(urlPathEqualTo("/fast")).willReturn(aResponse().withStatus(200)));
            http.server().stubFor(get(urlPathEqualTo("/hang")).willReturn(aResponse().withStatus(200)
                    .withFixedDelay(60_000)));
            Path collection = TestFiles.write(dir, "c.yaml", """
                    name: stopped
                    steps:
                      - name: fast
                        request: {url: "<<base>>/fast"}
                      - name: hangs
                        request: {url: "<<base>>/hang"}
                    """);
            Path report = dir.resolve("report.xml");
            Process baton = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString(), "-cp", System.getProperty("java.class.path"), BatonCommand.class.getName(),
                    "run", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                    "--var", "base=" + http.baseUrl(), "--reporter", "junit:" + report))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (http.urls().stream().noneMatch(u -> u.startsWith("/hang")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            baton.destroy();
            assertTrue(baton.waitFor(30, TimeUnit.SECONDS), "baton did not stop");

            String output = Files.readString(dir.resolve("out.txt"));
            assertTrue(Files.exists(report), output);
            JUnitXml xml = JUnitXml.parse(report);
            assertEquals("passed", xml.testcase("fast").outcome(), output);
            assertTrue(output.contains("interrupted: the reports hold the steps that ran"), output);
        }
    }
}
