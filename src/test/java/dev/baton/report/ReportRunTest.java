package dev.baton.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.BatonTestEngine;
import dev.baton.engine.RunSettings;
import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** The JSON and HTML reports of real runs of {@code baton run}: the sandbox's PKCE flow, and WireMock. */
class ReportRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.get(field).isNull() ? null : e.get(field).asText()));
        return values;
    }

    @Test
    void theZoomFlowAgainstTheSandboxWithSecretsMasked() throws Exception {
        Path json = dir.resolve("reports/baton.json");
        Path html = dir.resolve("reports/baton.html");
        CliRun run = CliRun.of("run", TestFiles.repositoryFile("collections/zoom-oauth-pkce.yaml").toString(),
                "--reporter", "json:" + json, "--reporter", "html:" + html);
        assertEquals(0, run.exitCode(), run::toString);

        JsonNode root = JSON.readTree(json.toFile());
        assertEquals("PASSED", root.get("status").asText());
        assertEquals(4, root.get("summary").get("passed").asInt());
        assertEquals(4, root.get("summary").get("total").asInt());
        JsonNode collection = root.get("collections").get(0);
        assertEquals("Zoom OAuth PKCE", collection.get("name").asText());
        assertEquals("collections/zoom-oauth-pkce.yaml", collection.get("file").asText());
        JsonNode steps = collection.get("iterations").get(0).get("steps");
        assertEquals(List.of("Authorize", "Exchange the code for tokens", "Call the API as the signed-in user",
                "Refresh the access token"), texts(steps, "name"));
        assertTrue(steps.get(0).get("exchanges").size() >= 2, "the sign-in and consent pages are recorded");
        JsonNode token = steps.get(1);
        JsonNode tokenRequest = token.get("exchanges").get(0).get("request");
        assertEquals("POST", tokenRequest.get("method").asText());
        assertTrue(tokenRequest.get("body").asText().contains("code=*****"), tokenRequest.toString());
        assertTrue(tokenRequest.get("body").asText().contains("code_verifier=*****"), tokenRequest.toString());
        assertTrue(texts(tokenRequest.get("headers"), "value").contains("Basic *****"), tokenRequest.toString());
        assertEquals("*****", token.get("captures").get("accessToken").asText());
        assertEquals("*****", token.get("captures").get("refreshToken").asText());
        assertTrue(token.get("exchanges").get(0).get("response").get("body").asText().contains("\"access_token\""));

        String jsonText = Files.readString(json, StandardCharsets.UTF_8);
        String htmlText = Files.readString(html, StandardCharsets.UTF_8);
        String basic = Base64.getEncoder().encodeToString("sandbox-client:sandbox-client-secret"
                .getBytes(StandardCharsets.UTF_8));
        for (String secret : List.of("sandbox-client-secret", "sandbox-password", basic)) {
            assertFalse(jsonText.contains(secret), "the JSON report holds " + secret);
            assertFalse(htmlText.contains(secret), "the HTML report holds " + secret);
        }
        assertFalse(jsonText.matches("(?s).*[?&]code=(?!\\*\\*\\*\\*\\*)[^&\"]+.*"), "an unmasked code");

        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals(4, page.select("section.step.passed").size());
        assertEquals("4", page.selectFirst(".tile.passed .n").text());
        assertTrue(page.select("section.failures").isEmpty());
    }

    @Test
    void failuresAndTheOrderOfCollectionsAsGiven() throws Exception {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(get("/users").willReturn(okJson("[{\"id\":1}]")));
            http.server().stubFor(post("/token").willReturn(okJson("{\"token_type\":\"mac\"}")));
            http.server().stubFor(get("/orders").willReturn(aResponse().withStatus(503).withBody("down")));
            Path env = TestFiles.emptyEnvironment(dir);
            Path users = TestFiles.write(dir, "b-users.yaml", """
                    name: Users
                    steps:
                      - name: List users
                        request:
                          url: <<base>>/users
                        expect:
                          status: 200
                      - name: Get a token
                        request:
                          method: POST
                          url: <<base>>/token
                          form: {grant_type: client_credentials}
                        capture:
                          token: {json: $.token_type}
                        expect:
                          json:
                            $.token_type: bearer
                    """);
            Path orders = TestFiles.write(dir, "a-orders.yaml", """
                    name: Orders
                    steps:
                      - name: List orders
                        request:
                          url: <<base>>/orders
                        expect:
                          status: 200
                    """);
            Path json = dir.resolve("r.json");
            Path html = dir.resolve("r.html");
            CliRun run = CliRun.of("run", users.toString(), orders.toString(), "--env", env.toString(),
                    "--var", "base=" + http.baseUrl(), "--iterations", "2",
                    "--reporter", "json:" + json, "--reporter", "html:" + html);
            assertEquals(1, run.exitCode(), run::toString);

            JsonNode root = JSON.readTree(json.toFile());
            assertEquals("FAILED", root.get("status").asText());
            assertEquals(List.of(2, 4, 0, 0, 6), List.of(root.get("summary").get("passed").asInt(),
                    root.get("summary").get("failed").asInt(), root.get("summary").get("errors").asInt(),
                    root.get("summary").get("skipped").asInt(), root.get("summary").get("total").asInt()));
            assertEquals(List.of("Users", "Orders"), texts(root.get("collections"), "name"), "as given, not by name");
            JsonNode iterations = root.get("collections").get(0).get("iterations");
            assertEquals(List.of("#1", "#2"), texts(iterations, "name"));
            assertEquals(List.of("PASSED", "FAILED"), texts(iterations.get(1).get("steps"), "outcome"));
            JsonNode failedResponse = root.get("collections").get(1).get("iterations").get(0).get("steps").get(0)
                    .get("exchanges").get(0).get("response");
            assertEquals(503, failedResponse.get("status").asInt());
            assertEquals("down", failedResponse.get("body").asText());

            Document page = Jsoup.parse(html.toFile(), "UTF-8");
            assertEquals(6, page.select("section.step").size());
            assertEquals(4, page.select("section.step.failed").size());
            assertEquals(4, page.select("section.failures li").size());
            assertEquals("Users \u203a #1 \u203a Get a token", page.selectFirst("section.failures li .path").text());
            assertEquals(List.of("Users", "Orders"), page.select("section.collection h2").eachText());
        }
    }

    @Test
    void aCollectionThatCannotRunIsAnErrorOfTheCollection() throws Exception {
        Path broken = TestFiles.write(dir, "broken.yaml", "name: Broken\nsteps:\n  - name: A\n    reqest: {}\n");
        Path good = TestFiles.write(dir, "good.yaml", "name: Good\nsteps:\n  - name: B\n    request:\n"
                + "      url: http://127.0.0.1:" + HttpStub.closedPort() + "/\n");
        Path json = dir.resolve("r.json");
        Path html = dir.resolve("r.html");
        LauncherFactory.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false)
                        .enableTestExecutionListenerAutoRegistration(false)
                        .addTestEngines(new BatonTestEngine()).build())
                .execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectFile(broken.toFile()), selectFile(good.toFile()))
                        .configurationParameter(RunSettings.ENVIRONMENT, TestFiles.emptyEnvironment(dir).toString())
                        .configurationParameter(Reporters.PARAMETER, "json:" + json + ",html:" + html).build());

        JsonNode root = JSON.readTree(json.toFile());
        assertEquals("FAILED", root.get("status").asText());
        assertEquals(List.of("broken.yaml", "Good"), texts(root.get("collections"), "name"));
        JsonNode first = root.get("collections").get(0);
        assertTrue(first.get("error").asText().contains("unknown key 'reqest'"), first.toString());
        assertEquals(0, first.get("iterations").size());
        assertEquals(1, root.get("summary").get("errors").asInt());

        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals(List.of("broken.yaml", "Good \u203a B"), page.select("section.failures li .path").eachText());
        String anchor = page.selectFirst("section.failures li a").attr("href").substring(1);
        assertTrue(page.getElementById(anchor).hasClass("collection"));
        assertTrue(page.getElementById(anchor).selectFirst("pre.container-error").text().contains("reqest"));
    }

    @Test
    void anUnknownKindNamesTheKnownOnes() {
        Path file = TestFiles.write(dir, "one.yaml", "name: One\nsteps:\n  - name: A\n    request:\n      url: http://x\n");
        CliRun run = CliRun.of("run", file.toString(), "--reporter", "pdf:x.pdf");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("junit:FILE, otr:FILE, json:FILE, html:FILE"), run::toString);
    }
}
