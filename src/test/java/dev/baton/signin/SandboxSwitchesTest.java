package dev.baton.signin;

import dev.baton.http.ApacheHttpSender;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxSwitch;
import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped Zoom collection, unchanged, against the sandbox with each behaviour of real servers switched on and
 * off: it signs in through all of them except a page that needs JavaScript, and fails when the consent is denied.
 */
class SandboxSwitchesTest {

    private static final String COLLECTION = TestFiles.repositoryFile("collections/zoom-oauth-pkce.yaml").toString();
    private static final String AUTHORIZE = "/oauth/authorize?response_type=code&client_id=sandbox-client"
            + "&redirect_uri=https://baton.test/oauth/callback&state=s&code_challenge="
            + "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";


    private static CliRun run(Path dir, String... switches) throws IOException {
        return CliRun.of("run", COLLECTION, "--env", TestFiles.sandboxEnvironment(dir, switches).toString());
    }

    @Test
    void everySwitchOffIsTheSandboxAsItWas(@TempDir Path dir) throws IOException {
        CliRun run = run(dir);
        assertEquals(0, run.exitCode(), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"secure-cookies", "html-only", "checkbox-consent", "meta-refresh", "interstitial",
            "form-post"})
    void theCollectionSignsInThroughEachBehaviour(String behaviour, @TempDir Path dir) throws IOException {
        CliRun run = run(dir, behaviour);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("4 passed, 0 failed"), run::toString);
    }

    @Test
    void allBehavioursAtOnce(@TempDir Path dir) throws IOException {
        CliRun run = run(dir, "secure-cookies", "html-only", "checkbox-consent", "interstitial");
        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void aDeniedConsentFailsTheAuthorizationAndSaysWhyTheRestIsSkipped(@TempDir Path dir) throws IOException {
        CliRun run = run(dir, "deny-consent");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("FAIL   Authorize"), run::toString);
        assertTrue(run.out().contains("the authorization server denied the authorization: error=access_denied "
                + "(The user denied the request)"), run::toString);
        assertTrue(run.out().contains("needs <<oauth.code>>, which step 'Authorize' failed to capture: the "
                + "authorization server denied the authorization"), run::toString);
        assertTrue(run.out().contains("0 passed, 1 failed, 3 skipped"), run::toString);
    }

    @Test
    void bothShippedPkceCollectionsFailWhenTheConsentIsDenied(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("run", COLLECTION,
                TestFiles.repositoryFile("collections/zoom-oauth-pkce-conformance.yaml").toString(),
                "--env", TestFiles.sandboxEnvironment(dir, "deny-consent").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertFalse(run.out().contains("PASS   Authorize"), run::toString);
    }

    @Test
    void aPageThatNeedsJavaScriptFailsPointingAtTheBrowser(@TempDir Path dir) throws IOException {
        CliRun run = run(dir, "javascript");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("needs JavaScript"), run::toString);
        assertTrue(run.out().contains("login: {browser: true}"), run::toString);
        assertTrue(run.out().contains("baton auth login"), run::toString);
    }

    private static final String FORM_POST_COLLECTION = """
            name: Form post
            auth: {type: oauth2-pkce}
            steps:
              - name: Authorize with form_post
                oauth: authorize
                request:
                  url: <<zoomBaseUrl>>/oauth/authorize
                  query: {response_type: code, client_id: <<clientId>>, redirect_uri: <<redirectUri>>,
                          response_mode: form_post}
                login: {fields: {email: <<zoomUser>>, password: <<zoomPassword>>}}
                expect:
                  status: 200
                  html: {"form@action": <<redirectUri>>}
                  oauth: {code: {exists: true}}
              - name: Exchange
                oauth: token
                request:
                  method: POST
                  url: <<zoomBaseUrl>>/oauth/token
                  basicAuth: {username: <<clientId>>, password: <<clientSecret>>}
                  form: {grant_type: authorization_code, code: <<oauth.code>>, redirect_uri: <<redirectUri>>}
                expect: {status: 200}
            """;

    @Test
    void withFormPostTheCodeIsReadFromTheFormAndNeverSent(@TempDir Path dir) throws IOException {
        Path collection = Files.writeString(dir.resolve("form-post.yaml"), FORM_POST_COLLECTION);
        CliRun on = CliRun.of("run", collection.toString(), "--env",
                TestFiles.sandboxEnvironment(dir, "form-post").toString());
        assertEquals(0, on.exitCode(), on::toString);
        CliRun off = CliRun.of("run", collection.toString(), "--env", TestFiles.sandboxEnvironment(dir).toString());
        assertEquals(1, off.exitCode(), off::toString);
        assertTrue(off.out().contains("html form @action"), off::toString);
    }

    private static final String UNTICKED_CONSENT = """
            name: Unticked consent
            auth: {type: oauth2-pkce}
            steps:
              - name: Authorize granting nothing
                oauth: authorize
                request:
                  url: <<zoomBaseUrl>>/oauth/authorize
                  query: {response_type: code, client_id: <<clientId>>, redirect_uri: <<redirectUri>>}
                login:
                  fields: {email: <<zoomUser>>, password: <<zoomPassword>>}
                  pages:
                    - match: {title: Grant permissions}
                      fields: {scope: "false"}
            """;

    @Test
    void aCheckboxConsentWithNothingTickedIsDeniedByTheServer(@TempDir Path dir) throws IOException {
        Path collection = Files.writeString(dir.resolve("unticked.yaml"), UNTICKED_CONSENT);
        CliRun run = CliRun.of("run", collection.toString(), "--env",
                TestFiles.sandboxEnvironment(dir, "checkbox-consent").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("error=access_denied (No scope was approved)"), run::toString);
    }

    @Test
    void anUnknownSwitchIsABadEnvironment(@TempDir Path dir) throws IOException {
        CliRun run = run(dir, "secure-cookie");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown sandbox switch 'secure-cookie'; did you mean 'secure-cookies'?"),
                run::toString);
    }

    @Test
    void secureCookiesMarksTheSessionCookieSecureOverHttp() throws Exception {
        assertEquals(List.of(false, true), List.of(sessionCookie(Set.of()).contains("Secure"),
                sessionCookie(Set.of(SandboxSwitch.SECURE_COOKIES)).contains("Secure; SameSite=None")));
    }

    @Test
    void htmlOnlyAnswers401ToARequestThatDoesNotAcceptHtml() throws Exception {
        try (OAuthSandbox sandbox = OAuthSandbox.builder().switches(Set.of(SandboxSwitch.HTML_ONLY)).start();
             ApacheHttpSender http = new ApacheHttpSender(Duration.ofSeconds(5))) {
            HttpResult bare = http.send(OutgoingRequest.get(URI.create(sandbox.baseUrl() + AUTHORIZE)));
            HttpResult browser = http.send(new OutgoingRequest("GET", URI.create(sandbox.baseUrl() + AUTHORIZE),
                    List.of(new Header("Accept", "text/html")), null, null, null));
            assertEquals(401, bare.status());
            assertEquals("Bearer", bare.header("WWW-Authenticate").orElseThrow());
            assertEquals(200, browser.status());
        }
    }

    private static String sessionCookie(Set<SandboxSwitch> switches) throws Exception {
        try (OAuthSandbox sandbox = OAuthSandbox.builder().switches(switches).start();
             ApacheHttpSender http = new ApacheHttpSender(Duration.ofSeconds(5))) {
            return http.send(OutgoingRequest.get(URI.create(sandbox.baseUrl() + AUTHORIZE)))
                    .header("Set-Cookie").orElseThrow();
        }
    }
}
