package dev.baton.oidc;

import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxAccounts;
import dev.baton.sandbox.SandboxSwitch;
import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DPoP (RFC 9449) against the embedded sandbox: with {@code dpop: true} the token request carries a proof, the
 * token comes back {@code token_type: DPoP} bound to Baton's key, and the userinfo request that sends it as
 * {@code Authorization: DPoP} carries a proof with {@code ath}; a server nonce is fetched by one retry; the bound
 * token sent as a bearer token is refused; proofs with a wrong {@code htu} or {@code htm} are refused by the sandbox.
 */
class SandboxDpopTest {

    private static final Path OPENID = TestFiles.repositoryFile("collections/openid-connect.yaml");

    @TempDir
    Path dir;

    private final List<String> traffic = Collections.synchronizedList(new ArrayList<>());

    private CliRun run(String collection, SandboxSwitch... switches) throws IOException {
        try (OAuthSandbox sandbox = OAuthSandbox.builder().switches(Set.of(switches)).start()) {
            sandbox.recordTraffic(traffic::add);
            Path file = Files.writeString(dir.resolve("dpop.yaml"), collection);
            return CliRun.of("run", file.toString(), "--env",
                    TestFiles.startedSandboxEnvironment(dir, sandbox.baseUrl()).toString());
        }
    }

    private static String dpop(String userinfoAuthorization) throws IOException {
        return Files.readString(OPENID).replace("  type: openid-connect\n", "  type: openid-connect\n  dpop: true\n")
                .replace("      bearer: <<accessToken>>\n", userinfoAuthorization)
                .replace("        $.id_token: {exists: true}", "        $.id_token: {exists: true}\n"
                        + "        $.token_type: DPoP");
    }

    private List<String> exchangesTo(String path) {
        return traffic.stream().filter(t -> t.lines().findFirst().orElse("").contains(path)).toList();
    }

    @Test
    void theTokenIsBoundToBatonsKeyAndSentWithAProofCarryingAth() throws IOException {
        CliRun run = run(dpop("      headers: {Authorization: DPoP <<accessToken>>}\n"));

        assertEquals(0, run.exitCode(), run::toString);
        List<String> token = exchangesTo("/oauth/token");
        assertEquals(1, token.size());
        assertTrue(token.get(0).contains("\nDPoP: ey"), token.get(0));
        String userinfo = exchangesTo("/oauth/userinfo").get(0);
        String proof = userinfo.lines().filter(l -> l.startsWith("DPoP: ")).findFirst().orElseThrow().substring(6);
        String claims = new String(Base64.getUrlDecoder().decode(proof.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"ath\":") && claims.contains("\"htm\":\"GET\""), claims);
        assertFalse(run.all().contains(proof.substring(0, 30)), "the proof is masked");
    }

    @Test
    void aServerNonceIsFetchedByOneRetry() throws IOException {
        CliRun run = run(dpop("      headers: {Authorization: DPoP <<accessToken>>}\n"), SandboxSwitch.DPOP_NONCE);

        assertEquals(0, run.exitCode(), run::toString);
        List<String> token = exchangesTo("/oauth/token");
        assertEquals(2, token.size(), "one refusal asking for the nonce, then the tokens");
        assertTrue(token.get(0).contains("use_dpop_nonce") && token.get(0).contains("DPoP-Nonce: "));
        assertTrue(token.get(1).contains("\"token_type\":\"DPoP\""));
    }

    @Test
    void theBoundTokenSentAsABearerTokenIsRefused() throws IOException {
        CliRun run = run(dpop("      bearer: <<accessToken>>\n"));

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.all().contains("Who signed in"), run::toString);
        assertTrue(exchangesTo("/oauth/userinfo").get(0).contains("error=\"invalid_token\""));
    }

    @Test
    void aProofWithAWrongHtuOrHtmIsRefused() throws Exception {
        try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
            URI token = URI.create(sandbox.baseUrl() + "/oauth/token");
            DpopProofs proofs = new DpopProofs();
            String wrongHtu = proofs.proof("POST", URI.create(sandbox.baseUrl() + "/oauth/other"), null, null,
                    Instant.now());
            String wrongHtm = proofs.proof("GET", token, null, null, Instant.now());
            String right = proofs.proof("POST", token, null, null, Instant.now());

            assertTrue(post(token, wrongHtu).body().contains("htu is not the URL"));
            assertTrue(post(token, wrongHtm).body().contains("htm is not the request's method"));
            HttpResponse<String> accepted = post(token, right);
            assertEquals(200, accepted.statusCode(), accepted.body());
            assertTrue(post(token, right).body().contains("jti is missing or was used before"));
        }
    }

    private static HttpResponse<String> post(URI token, String proof) throws Exception {
        String basic = Base64.getEncoder().encodeToString((SandboxAccounts.CONFIDENTIAL_CLIENT_ID + ":"
                + SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(token).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded").header("DPoP", proof)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
