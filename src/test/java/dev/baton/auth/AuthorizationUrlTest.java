package dev.baton.auth;

import dev.baton.model.PkceMethod;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuthorizationUrlTest {

    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    @Test
    void addsTheFlowsParametersToTheQueryTheUrlHas() {
        PkceSession pkce = PkceSession.create(PkceMethod.S256, VERIFIER, "st/1");

        URI url = AuthorizationUrl.build(URI.create("https://zoom.us/oauth/authorize?tenant=a"), "client id",
                "http://127.0.0.1:8765/cb", "user:read meeting:read", pkce, Map.of("prompt", "login", "state", "x"));

        assertEquals("https://zoom.us/oauth/authorize?tenant=a&response_type=code&client_id=client+id"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2Fcb&scope=user%3Aread+meeting%3Aread"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
                + "&state=st%2F1&prompt=login", url.toString());
    }

    @Test
    void leavesOutAnEmptyScope() {
        PkceSession pkce = PkceSession.create(PkceMethod.S256, VERIFIER, "s");

        URI url = AuthorizationUrl.build(URI.create("https://as.test/authorize"), "c", "https://app/cb", " ", pkce,
                Map.of());

        assertEquals("https://as.test/authorize?response_type=code&client_id=c&redirect_uri=https%3A%2F%2Fapp%2Fcb"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&state=s",
                url.toString());
    }
}
