package dev.baton.oidc;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DPoP proofs (RFC 9449) against two servers of the test's own (WireMock, not the sandbox): a nonce one server
 * sends goes only into the proofs for that server (§8, §9 keep nonces per server), and each hop of a redirected
 * DPoP-bound request carries a proof made for it, the first hop's proof never going to another URL (§4.2, §4.3).
 */
class DpopHopsTest {

    private static final String TOKEN = "bound-access-token-5f1c9a";

    @TempDir
    Path dir;

    private final HttpStub a = HttpStub.start();
    private final HttpStub b = HttpStub.start();

    @AfterEach
    void stop() {
        a.close();
        b.close();
    }

    private CliRun run() {
        a.server().stubFor(get(urlPathEqualTo("/.well-known/openid-configuration")).willReturn(okJson("""
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token"}
                """.formatted(a.baseUrl()))));
        a.server().stubFor(get(urlPathEqualTo("/nonce")).willReturn(aResponse().withStatus(200)
                .withHeader("DPoP-Nonce", "nonce-of-server-a")));
        a.server().stubFor(get(urlPathEqualTo("/old")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", "/new?page=2")));
        a.server().stubFor(get(urlPathEqualTo("/new")).willReturn(aResponse().withStatus(200)));
        a.server().stubFor(get(urlPathEqualTo("/away")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", b.baseUrl() + "/landing")));
        b.server().stubFor(get(urlPathEqualTo("/resource")).willReturn(aResponse().withStatus(200)));
        b.server().stubFor(get(urlPathEqualTo("/landing")).willReturn(aResponse().withStatus(200)));
        Path collection = TestFiles.write(dir, "dpop-hops.yaml", """
                name: DPoP hops
                auth:
                  type: openid-connect
                  issuer: %s
                  dpop: true
                steps:
                  - {name: Nonce from A, request: {url: "%1$s/nonce", headers: {Authorization: DPoP %3$s}}}
                  - {name: B, request: {url: "%2$s/resource", headers: {Authorization: DPoP %3$s}}}
                  - name: Redirected at A
                    followRedirects: true
                    request: {url: "%1$s/old", headers: {Authorization: DPoP %3$s}}
                  - name: Redirected to B
                    followRedirects: true
                    request: {url: "%1$s/away", headers: {Authorization: DPoP %3$s}}
                """.formatted(a.baseUrl(), b.baseUrl(), TOKEN));
        return CliRun.of("run", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString());
    }

    private static LoggedRequest at(HttpStub stub, String path) {
        return stub.requests().stream().filter(r -> r.getUrl().startsWith(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no request to " + path + " among " + stub.urls()));
    }

    private static JWTClaimsSet proof(LoggedRequest request) throws ParseException {
        assertEquals(1, request.getHeaders().getHeader("DPoP").values().size(), request::toString);
        return SignedJWT.parse(request.getHeader("DPoP")).getJWTClaimsSet();
    }

    @Test
    void aServersNonceGoesOnlyIntoTheProofsForThatServer() throws ParseException {
        CliRun run = run();

        assertEquals(0, run.exitCode(), run::toString);
        assertNull(proof(at(a, "/nonce")).getClaim("nonce"));
        assertNull(proof(at(b, "/resource")).getClaim("nonce"), "A's nonce is not B's");
        assertEquals("nonce-of-server-a", proof(at(a, "/old")).getClaim("nonce"));
    }

    @Test
    void eachHopOfARedirectedRequestCarriesAProofForItsOwnUrl() throws ParseException {
        CliRun run = run();

        assertEquals(0, run.exitCode(), run::toString);
        JWTClaimsSet first = proof(at(a, "/old"));
        JWTClaimsSet second = proof(at(a, "/new"));
        assertEquals(a.baseUrl() + "/old", first.getClaim("htu"));
        assertEquals(a.baseUrl() + "/new", second.getClaim("htu"));
        assertEquals("GET", second.getClaim("htm"));
        assertNotEquals(first.getJWTID(), second.getJWTID());
        assertEquals(first.getClaim("ath"), second.getClaim("ath"), "the same bound token on both hops");
        assertEquals("nonce-of-server-a", second.getClaim("nonce"));
        LoggedRequest landing = at(b, "/landing");
        assertFalse(landing.containsHeader("DPoP"), "no proof goes to another origin: " + landing);
        assertFalse(landing.containsHeader("Authorization"));
        assertTrue(List.of(run.out(), run.err()).stream().noneMatch(o -> o.contains(TOKEN)), run::toString);
    }
}
