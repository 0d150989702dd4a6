package dev.baton.oidc;

import dev.baton.secret.Redactor;
import dev.baton.auth.AuthorizationCodeGrant;
import dev.baton.cli.BatonCommand;
import dev.baton.auth.AuthorizationResponse;
import dev.baton.auth.OAuthClient;
import dev.baton.auth.PkceSession;
import dev.baton.auth.SignIn;
import dev.baton.auth.SignInDriver;
import dev.baton.auth.TokenRequestException;
import dev.baton.auth.TokenResponse;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.model.PkceMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PKCE authorization-code flow against a real, PKCE-enforcing authorization server (panva/oidc-provider on
 * Node.js), driven by Baton's own pieces: {@link SignInDriver} through the dev interactions' sign-in and consent
 * pages, then {@link AuthorizationCodeGrant} at the token endpoint.
 */
class OidcProviderPkceTest {

    private static final SignIn SIGN_IN =
            new SignIn(Map.of("login", "baton-user", "password", "any-password"), null, null, 12);
    private static final OAuthClient CLIENT = OAuthClient.publicClient(OidcProviderServer.PUBLIC_CLIENT_ID);

    private static OidcProviderServer server;
    private ApacheHttpSender sender;
    private AuthorizationCodeGrant grant;

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

    @BeforeEach
    void newBrowser() {
        sender = new ApacheHttpSender(Duration.ofSeconds(10));
        grant = new AuthorizationCodeGrant(sender, URI.create(server.tokenEndpoint()), CLIENT);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        sender.close();
    }

    @Test
    void theRightVerifierGetsTokens() throws Exception {
        PkceSession pkce = PkceSession.create(PkceMethod.S256, null, null);
        AuthorizationResponse response = authorize(pkce, OidcProviderServer.REDIRECT_URI);

        assertEquals(pkce.state(), response.state());
        assertEquals(server.issuer(), response.issuer());
        TokenResponse tokens = grant.exchange(response.code(), OidcProviderServer.REDIRECT_URI, pkce.codeVerifier());

        assertTrue(tokens.tokenType().equalsIgnoreCase("bearer"), tokens.tokenType());
        assertTrue(tokens.expiresIn() > 0);
        assertNotNull(tokens.idToken());
    }

    @Test
    void aSecondAuthorizationReusesTheSessionAndSkipsTheForms() throws Exception {
        PkceSession first = PkceSession.create(PkceMethod.S256, null, null);
        grant.exchange(authorize(first, OidcProviderServer.REDIRECT_URI).code(), OidcProviderServer.REDIRECT_URI,
                first.codeVerifier());
        PkceSession second = PkceSession.create(PkceMethod.S256, null, null);

        AuthorizationResponse response = authorize(second, OidcProviderServer.REDIRECT_URI);

        assertEquals(second.state(), response.state());
        assertNotNull(grant.exchange(response.code(), OidcProviderServer.REDIRECT_URI, second.codeVerifier()));
    }

    @Test
    void aWrongVerifierIsRefusedWithInvalidGrant() throws Exception {
        PkceSession pkce = PkceSession.create(PkceMethod.S256, null, null);
        String code = authorize(pkce, OidcProviderServer.REDIRECT_URI).code();
        String wrong = PkceSession.create(PkceMethod.S256, null, null).codeVerifier();

        TokenRequestException refused = assertThrows(TokenRequestException.class,
                () -> grant.exchange(code, OidcProviderServer.REDIRECT_URI, wrong));

        assertRefused(refused, "invalid_grant");
    }

    @Test
    void aMissingVerifierIsRefused() throws Exception {
        PkceSession pkce = PkceSession.create(PkceMethod.S256, null, null);
        String code = authorize(pkce, OidcProviderServer.REDIRECT_URI).code();

        TokenRequestException refused = assertThrows(TokenRequestException.class,
                () -> grant.exchange(code, OidcProviderServer.REDIRECT_URI, null));

        assertEquals(400, refused.status());
        assertTrue(Set.of("invalid_grant", "invalid_request").contains(refused.error()), refused.getMessage());
    }

    @Test
    void aReplayedCodeIsRefusedWithInvalidGrant() throws Exception {
        PkceSession pkce = PkceSession.create(PkceMethod.S256, null, null);
        String code = authorize(pkce, OidcProviderServer.REDIRECT_URI).code();
        grant.exchange(code, OidcProviderServer.REDIRECT_URI, pkce.codeVerifier());

        TokenRequestException refused = assertThrows(TokenRequestException.class,
                () -> grant.exchange(code, OidcProviderServer.REDIRECT_URI, pkce.codeVerifier()));

        assertRefused(refused, "invalid_grant");
    }

    @Test
    void anotherRedirectUriIsRefusedWithInvalidGrant() throws Exception {
        PkceSession pkce = PkceSession.create(PkceMethod.S256, null, null);
        String code = authorize(pkce, OidcProviderServer.REDIRECT_URI).code();

        TokenRequestException refused = assertThrows(TokenRequestException.class,
                () -> grant.exchange(code, OidcProviderServer.OTHER_REDIRECT_URI, pkce.codeVerifier()));

        assertRefused(refused, "invalid_grant");
    }

    @Test
    void theS256ChallengeSentAsAPlainVerifierIsRefusedWithInvalidGrant() throws Exception {
        PkceSession pkce = PkceSession.create(PkceMethod.S256, null, null);
        String code = authorize(pkce, OidcProviderServer.REDIRECT_URI).code();

        TokenRequestException refused = assertThrows(TokenRequestException.class,
                () -> grant.exchange(code, OidcProviderServer.REDIRECT_URI, pkce.codeChallenge()));

        assertRefused(refused, "invalid_grant");
    }

    @Test
    void anAuthorizationRequestWithoutChallengeIsRedirectedWithAnError() throws Exception {
        Map<String, String> query = baseQuery(OidcProviderServer.REDIRECT_URI, "no-challenge-state-0123456789");
        HttpResult first = sender.send(OutgoingRequest.get(URI.create(server.authorizationEndpoint() + "?"
                + encode(query))));

        HttpResult redirect = new SignInDriver(sender, new Redactor())
                .drive(first, SIGN_IN, OidcProviderServer.REDIRECT_URI).last();
        AuthorizationResponse response = AuthorizationResponse.fromUri(redirect.location().orElseThrow());

        assertEquals("invalid_request", response.error());
        assertEquals(null, response.code());
    }

    @Test
    void thePlainMethodIsRefusedAtTheAuthorizationEndpoint() throws Exception {
        PkceSession pkce = PkceSession.create(PkceMethod.PLAIN, null, null);
        HttpResult redirect = new SignInDriver(sender, new Redactor()).drive(
                sendAuthorization(pkce, OidcProviderServer.REDIRECT_URI), SIGN_IN, OidcProviderServer.REDIRECT_URI)
                .last();
        AuthorizationResponse response = AuthorizationResponse.fromUri(redirect.location().orElseThrow());

        assertEquals("invalid_request", response.error());
        assertFalse(response.errorDescription() == null || response.errorDescription().isBlank());
    }

    @Test
    void theCollectionPassesThroughTheCli(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("oidc-provider.xml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = BatonCommand.execute(new String[]{"run", "src/test/resources/oidc/oidc-provider-pkce.yaml",
                "--env", "src/test/resources/oidc/empty-env.yaml", "--var", "issuer=" + server.issuer(),
                "--reporter", "junit:" + report}, new PrintWriter(out), new PrintWriter(err));

        assertEquals(0, exit, out + "\n" + err);
        assertTrue(out.toString().contains("14 passed, 0 failed"), out.toString());
        String xml = Files.readString(report);
        assertTrue(xml.contains("tests=\"14\"") && xml.contains("failures=\"0\"") && xml.contains("errors=\"0\""),
                xml);
        assertFalse(out.toString().contains("any-password") || xml.contains("any-password"));
    }

    private AuthorizationResponse authorize(PkceSession pkce, String redirectUri) throws Exception {
        HttpResult redirect = new SignInDriver(sender, new Redactor()).drive(sendAuthorization(pkce, redirectUri),
                SIGN_IN, redirectUri).last();
        AuthorizationResponse response = AuthorizationResponse.fromUri(redirect.location().orElseThrow());
        assertNotNull(response.code(), () -> "no code; error=" + response.error());
        return response;
    }

    private HttpResult sendAuthorization(PkceSession pkce, String redirectUri) throws Exception {
        Map<String, String> query = baseQuery(redirectUri, pkce.state());
        query.put("code_challenge", pkce.codeChallenge());
        query.put("code_challenge_method", pkce.method().wireName());
        return sender.send(OutgoingRequest.get(URI.create(server.authorizationEndpoint() + "?" + encode(query))));
    }

    private static Map<String, String> baseQuery(String redirectUri, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", OidcProviderServer.PUBLIC_CLIENT_ID);
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid");
        query.put("state", state);
        return query;
    }

    private static void assertRefused(TokenRequestException refused, String error) {
        assertEquals(400, refused.status(), refused.getMessage());
        assertEquals(error, refused.error(), refused.getMessage());
    }

    private static String encode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
