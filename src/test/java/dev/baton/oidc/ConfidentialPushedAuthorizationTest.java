package dev.baton.oidc;

import com.nimbusds.jwt.SignedJWT;
import dev.baton.http.Urls;
import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxAccounts;
import dev.baton.sandbox.SandboxSwitch;
import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.apache.hc.core5.http.NameValuePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pushed authorization requests of a confidential client (RFC 9126 §2.1: the PAR endpoint authenticates the client
 * as the token endpoint does) against the embedded sandbox: {@code clientAuth} client_secret_basic,
 * client_secret_post and private_key_jwt authenticate the pushed request and the token request alike, with
 * {@code par: true} and when the metadata requires PAR; every value of a repeated parameter is pushed; the secret
 * shows in no output; a confidential client pushed without {@code clientAuth} is told what to write.
 */
class ConfidentialPushedAuthorizationTest {

    private static final String SECRET = SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET;

    @TempDir
    Path dir;

    private final List<String> traffic = Collections.synchronizedList(new ArrayList<>());

    private static String collection(String par, String client, String authentication) {
        return """
                name: Confidential PAR
                auth:
                  type: openid-connect
                %s%s
                steps:
                  - name: Authorize
                    oauth: authorize
                    request:
                      url: <<oidc.authorization_endpoint>>
                      query:
                        response_type: code
                        client_id: %s
                        redirect_uri: <<redirectUri>>
                        scope: openid
                        resource: [https://api.one.example/, https://api.two.example/]
                    login:
                      fields: {email: <<zoomUser>>, password: <<zoomPassword>>}
                  - name: Exchange the code for tokens
                    oauth: token
                    request:
                      method: POST
                      url: <<oidc.token_endpoint>>
                      form: {grant_type: authorization_code, code: <<oauth.code>>, redirect_uri: <<redirectUri>>}
                    expect:
                      status: 200
                      json: {$.id_token: {exists: true}}
                """.formatted(par, authentication, client);
    }

    /** The block's lines for the sandbox's confidential client, its secret written as it is. */
    private static String confidential(String method) {
        return "  clientId: " + SandboxAccounts.CONFIDENTIAL_CLIENT_ID + "\n  clientAuth: " + method
                + "\n  clientSecret: " + SECRET + "\n";
    }

    private CliRun run(String collection, boolean ownEnvironment, SandboxSwitch... switches) throws IOException {
        try (OAuthSandbox sandbox = OAuthSandbox.builder().switches(Set.of(switches)).start()) {
            sandbox.recordTraffic(traffic::add);
            Path file = Files.writeString(dir.resolve("par.yaml"), collection);
            Path env = ownEnvironment ? TestFiles.write(dir, "own.yaml", """
                    description: no client secret among the variables
                    vars:
                      issuer: %s
                      redirectUri: https://baton.test/oauth/callback
                      zoomUser: sandbox.user@baton.test
                      zoomPassword: {value: sandbox-password, secret: true}
                    """.formatted(sandbox.baseUrl()))
                    : TestFiles.startedSandboxEnvironment(dir, sandbox.baseUrl());
            return CliRun.of("run", file.toString(), "--env", env.toString(), "--debug", "--reporter",
                    "json:" + dir.resolve("report.json"));
        }
    }

    private List<String> exchangesTo(String path) {
        return traffic.stream().filter(t -> t.lines().findFirst().orElse("").contains(path)).toList();
    }

    /** The form the PAR endpoint received, every pair in order. */
    private List<NameValuePair> pushedForm() {
        List<String> pushed = exchangesTo("/oauth/par");
        assertEquals(1, pushed.size(), traffic::toString);
        String body = pushed.get(0).lines().filter(l -> l.contains("response_type=")).findFirst().orElseThrow();
        return Urls.pairs(body);
    }

    private void assertNoSecretIn(CliRun run) throws IOException {
        String basic = Base64.getEncoder().encodeToString((SandboxAccounts.CONFIDENTIAL_CLIENT_ID + ":" + SECRET)
                .getBytes(StandardCharsets.UTF_8));
        for (String output : List.of(run.all(), Files.readString(dir.resolve("report.json")))) {
            assertFalse(output.contains(SECRET) || output.contains(SECRET.substring(0, 12)), output);
            assertFalse(output.contains(basic.substring(8, 30)), output);
        }
    }

    @Test
    void clientSecretBasicAuthenticatesThePushAndTheTokenRequest() throws IOException {
        CliRun run = run(collection("  par: true\n", SandboxAccounts.CONFIDENTIAL_CLIENT_ID,
                confidential("client_secret_basic")), true);

        assertEquals(0, run.exitCode(), run::toString);
        String pushed = exchangesTo("/oauth/par").get(0);
        assertTrue(pushed.contains("\nAuthorization: Basic "), pushed);
        assertTrue(exchangesTo("/oauth/token").get(0).contains("\nAuthorization: Basic "));
        List<String> resources = pushedForm().stream().filter(p -> p.getName().equals("resource"))
                .map(NameValuePair::getValue).toList();
        assertEquals(List.of("https://api.one.example/", "https://api.two.example/"), resources);
        assertNoSecretIn(run);
    }

    @Test
    void clientSecretPostAuthenticatesThePushTheMetadataRequires() throws IOException {
        CliRun run = run(collection("", SandboxAccounts.CONFIDENTIAL_CLIENT_ID, confidential("client_secret_post")),
                true, SandboxSwitch.REQUIRE_PAR);

        assertEquals(0, run.exitCode(), run::toString);
        Map<String, String> pushed = Urls.parameters(Urls.formEncode(pushedForm()));
        assertEquals(SECRET, pushed.get("client_secret"));
        assertEquals(SandboxAccounts.CONFIDENTIAL_CLIENT_ID, pushed.get("client_id"));
        assertFalse(exchangesTo("/oauth/par").get(0).contains("\nAuthorization:"));
        assertTrue(exchangesTo("/oauth/token").get(0).contains("client_secret=sandbox-client-secret"));
        assertNoSecretIn(run);
    }

    @Test
    void aClientAssertionAtTheParEndpointNamesTheIssuerAsItsAudience() throws Exception {
        CliRun run = run(collection("  par: true\n", SandboxAccounts.JWT_CLIENT_ID, """
                  clientId: <<jwtClientId>>
                  clientAuth: private_key_jwt
                  clientKey: <<jwtClientKey>>
                """), false);

        assertEquals(0, run.exitCode(), run::toString);
        Map<String, String> pushed = Urls.parameters(Urls.formEncode(pushedForm()));
        SignedJWT assertion = SignedJWT.parse(pushed.get("client_assertion"));
        String issuer = exchangesTo("/oauth/par").get(0).lines().findFirst().orElseThrow().replace("/oauth/par", "");
        assertEquals(List.of(issuer), assertion.getJWTClaimsSet().getAudience());
        assertEquals(SandboxAccounts.JWT_CLIENT_ID, assertion.getJWTClaimsSet().getIssuer());
        assertNull(pushed.get("client_secret"));
    }

    @Test
    void theSandboxsParEndpointTakesTheIssuerTheTokenEndpointOrItselfAsTheAssertionsAudience() throws Exception {
        ClientAssertion assertions = sandboxClientAssertions();
        try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
            String issuer = sandbox.baseUrl();
            for (String audience : List.of(issuer, issuer + "/oauth/token", issuer + "/oauth/par",
                    "https://elsewhere.example")) {
                String form = "response_type=code&client_id=" + SandboxAccounts.JWT_CLIENT_ID
                        + "&redirect_uri=" + Urls.formEncode(SandboxAccounts.REDIRECT_URI)
                        + "&client_assertion_type=" + Urls.formEncode(ClientAssertion.TYPE)
                        + "&client_assertion=" + assertions.forAudience(audience, java.time.Instant.now());
                HttpResponse<String> answer = postForm(issuer + "/oauth/par", form);

                assertEquals(audience.startsWith(issuer) ? 201 : 401, answer.statusCode(), audience + ": "
                        + answer.body());
            }
        }
    }

    @Test
    void theSandboxsTokenEndpointDoesNotTakeTheParEndpointAsTheAssertionsAudience() throws Exception {
        ClientAssertion assertions = sandboxClientAssertions();
        try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
            String issuer = sandbox.baseUrl();
            for (String audience : List.of(issuer + "/oauth/token", issuer + "/oauth/par")) {
                String form = "grant_type=authorization_code&code=nothing&redirect_uri="
                        + Urls.formEncode(SandboxAccounts.REDIRECT_URI)
                        + "&client_assertion_type=" + Urls.formEncode(ClientAssertion.TYPE)
                        + "&client_assertion=" + assertions.forAudience(audience, java.time.Instant.now());
                HttpResponse<String> answer = postForm(issuer + "/oauth/token", form);

                boolean refusedForItsAudience = answer.statusCode() == 401 && answer.body().contains("aud must be");
                assertEquals(audience.endsWith("/oauth/par"), refusedForItsAudience, audience + ": " + answer.body());
            }
        }
    }

    /** Assertions signed with the key {@code environments/local.yaml} gives the sandbox's JWT client. */
    private static ClientAssertion sandboxClientAssertions() throws IOException {
        String local = Files.readString(TestFiles.repositoryFile("environments/local.yaml"));
        String key = local.substring(local.indexOf("-----BEGIN PRIVATE KEY-----"),
                local.indexOf("-----END PRIVATE KEY-----") + 25).replaceAll("\\n\\s+", "\n");
        return ClientAssertion.withKey(SandboxAccounts.JWT_CLIENT_ID, key);
    }

    private static HttpResponse<String> postForm(String url, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aConfidentialClientPushedWithoutClientAuthIsToldWhatToWrite() throws IOException {
        CliRun run = run(collection("  par: true\n", SandboxAccounts.CONFIDENTIAL_CLIENT_ID, ""), true);

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.all().contains("answered HTTP 401 invalid_client"), run::toString);
        assertTrue(run.all().contains("write clientAuth, clientId and clientSecret or clientKey in the auth block"),
                run::toString);
    }
}
