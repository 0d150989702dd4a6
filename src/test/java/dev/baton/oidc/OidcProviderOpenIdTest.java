package dev.baton.oidc;

import dev.baton.testing.CliRun;
import dev.baton.testing.EngineRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A collection that names only the issuer, against panva/oidc-provider: discovery from OpenID Connect Discovery's
 * location (the provider publishes no RFC 8414 document), a nonce, the RS256 ID token validated against its JWKS,
 * and the userinfo {@code sub} compared.
 */
class OidcProviderOpenIdTest {

    private static final String COLLECTION = """
            name: OpenID Connect against oidc-provider
            auth:
              type: openid-connect
            steps:
              - name: Authorize
                oauth: authorize
                request:
                  url: <<oidc.authorization_endpoint>>
                  query:
                    response_type: code
                    client_id: <<clientId>>
                    redirect_uri: <<redirectUri>>
                    scope: openid
                login:
                  fields:
                    login: baton-user
                    password: any-password
              - name: Exchange
                oauth: token
                request:
                  method: POST
                  url: <<oidc.token_endpoint>>
                  form:
                    grant_type: authorization_code
                    client_id: <<clientId>>
                    code: <<oauth.code>>
                    redirect_uri: <<redirectUri>>
                capture:
                  accessToken: {json: $.access_token}
                expect:
                  status: 200
                  json:
                    $.id_token: {exists: true}
              - name: Userinfo
                request:
                  url: <<oidc.userinfo_endpoint>>
                  bearer: <<accessToken>>
                expect:
                  status: 200
                  json:
                    $.sub: <<oidc.sub>>
            """;

    private static OidcProviderServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        server = OidcProviderServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCollectionNamingOnlyTheIssuerRunsTheFlowAndTheIdTokenValidates() {
        Path collection = TestFiles.write(dir, "oidc.yaml", COLLECTION);

        EngineExecutionResults results = EngineRun.engine().var("issuer", server.issuer())
                .var("clientId", OidcProviderServer.PUBLIC_CLIENT_ID)
                .var("redirectUri", OidcProviderServer.REDIRECT_URI).executeFiles(collection);

        results.testEvents().assertStatistics(s -> s.started(3).succeeded(3).failed(0));
        assertEquals(0, results.containerEvents().failed().count(), () -> results.allEvents().list().toString());
    }

    @Test
    void withParTheParametersArePushedToItsParEndpointAndTheFlowRuns() {
        Path collection = TestFiles.write(dir, "oidc.yaml", COLLECTION.replace("type: openid-connect",
                "type: openid-connect\n  par: true"));
        Path report = dir.resolve("run.json");

        CliRun run = CliRun.of("run", collection.toString(), "--var", "issuer=" + server.issuer(),
                "--var", "clientId=" + OidcProviderServer.PUBLIC_CLIENT_ID,
                "--var", "redirectUri=" + OidcProviderServer.REDIRECT_URI, "--reporter", "json:" + report);

        assertEquals(0, run.exitCode(), run::toString);
        String json = TestFiles.read(report);
        String authorize = json.substring(json.indexOf(server.issuer() + "/auth?"));
        authorize = authorize.substring(0, authorize.indexOf('"'));
        assertTrue(authorize.matches(".*/auth\\?client_id=" + OidcProviderServer.PUBLIC_CLIENT_ID
                + "&request_uri=[^&]+"), authorize);
        assertTrue(authorize.endsWith("request_uri%3A*****"), "the request_uri is masked: " + authorize);
    }

    /**
     * oidc-provider authenticates a confidential client at its PAR endpoint as at its token endpoint (RFC 9126
     * §2.1): with {@code clientAuth: client_secret_basic} both the push and the code exchange are authenticated.
     */
    @Test
    void withParAConfidentialClientAuthenticatesThePushAsTheTokenRequest() {
        Path collection = TestFiles.write(dir, "oidc.yaml", COLLECTION.replace("type: openid-connect",
                "type: openid-connect\n  par: true\n  clientId: <<clientId>>\n  clientAuth: client_secret_basic\n"
                        + "  clientSecret: <<webSecret>>").replace("        client_id: <<clientId>>\n        code:",
                "        code:"));

        CliRun run = CliRun.of("run", collection.toString(), "--var", "issuer=" + server.issuer(),
                "--var", "clientId=" + OidcProviderServer.WEB_CLIENT_ID,
                "--secret", "webSecret=" + OidcProviderServer.WEB_CLIENT_SECRET,
                "--var", "redirectUri=" + OidcProviderServer.REDIRECT_URI, "--debug");
        CliRun unauthenticated = CliRun.of("run", TestFiles.write(dir, "public-push.yaml", COLLECTION.replace(
                        "type: openid-connect", "type: openid-connect\n  par: true")).toString(),
                "--var", "issuer=" + server.issuer(), "--var", "clientId=" + OidcProviderServer.WEB_CLIENT_ID,
                "--var", "redirectUri=" + OidcProviderServer.REDIRECT_URI);

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("3 passed, 0 failed"), run::toString);
        assertFalse(run.all().contains("baton-web-secret"), run::toString);
        assertEquals(1, unauthenticated.exitCode(), unauthenticated::toString);
        assertTrue(unauthenticated.all().contains("invalid_client"), unauthenticated::toString);
    }

    /** oidc-provider binds the token to Baton's DPoP key, and refuses it sent as a bearer token. */
    @Test
    void withDpopItsTokenIsBoundToBatonsKeyAndOnlyAProofGetsUserinfo() {
        String dpop = COLLECTION.replace("type: openid-connect", "type: openid-connect\n  dpop: true")
                .replace("$.id_token: {exists: true}", "$.id_token: {exists: true}\n        $.token_type: DPoP");
        Path proved = TestFiles.write(dir, "dpop.yaml", dpop.replace("bearer: <<accessToken>>",
                "headers: {Authorization: DPoP <<accessToken>>}"));
        Path asBearer = TestFiles.write(dir, "dpop-bearer.yaml", dpop);

        CliRun run = CliRun.of("run", proved.toString(), "--var", "issuer=" + server.issuer(),
                "--var", "clientId=" + OidcProviderServer.PUBLIC_CLIENT_ID,
                "--var", "redirectUri=" + OidcProviderServer.REDIRECT_URI);
        CliRun refused = CliRun.of("run", asBearer.toString(), "--var", "issuer=" + server.issuer(),
                "--var", "clientId=" + OidcProviderServer.PUBLIC_CLIENT_ID,
                "--var", "redirectUri=" + OidcProviderServer.REDIRECT_URI);

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("3 passed, 0 failed"), run::toString);
        assertEquals(1, refused.exitCode(), refused::toString);
        assertTrue(refused.out().contains("FAIL   Userinfo"), refused::toString);
        assertTrue(refused.out().contains("2 passed, 1 failed"), refused::toString);
    }

    @Test
    void itsIdTokenIsCheckedForAnotherClientAndFailsOnAud() {
        Path collection = TestFiles.write(dir, "oidc.yaml", COLLECTION.replace("type: openid-connect",
                "type: openid-connect\n  clientId: some-other-client"));

        EngineExecutionResults results = EngineRun.engine().var("issuer", server.issuer())
                .var("clientId", OidcProviderServer.PUBLIC_CLIENT_ID)
                .var("redirectUri", OidcProviderServer.REDIRECT_URI).executeFiles(collection);

        String failure = EngineRun.throwableOf(results, "Exchange").getMessage();
        assertTrue(failure.contains("id_token aud: expected to contain 'some-other-client', found ["
                + OidcProviderServer.PUBLIC_CLIENT_ID + "]"), failure);
    }
}
