package dev.baton.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInAndConsentTest {
    private OAuthSandbox sandbox;
    private Flow flow;

    @BeforeEach
    void start() {
        sandbox = OAuthSandbox.start(0);
        flow = new Flow(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void wrongPasswordShowsTheFormAgainAndARetryWorks() {
        HttpResponse<String> page = flow.authorize(Flow.publicS256("s"));

        HttpResponse<String> failed = flow.signIn(page, SandboxAccounts.USER_EMAIL, "wrong");
        assertEquals(200, failed.statusCode());
        Document again = Browser.html(failed);
        assertEquals("Sign in failed", again.title());
        assertEquals("Incorrect email or password", again.selectFirst("p.error").text());
        assertEquals(SandboxAccounts.USER_EMAIL, again.selectFirst("input[name=email]").val());

        HttpResponse<String> retried = flow.signIn(failed, SandboxAccounts.USER_EMAIL, SandboxAccounts.USER_PASSWORD);
        assertEquals(303, retried.statusCode());
    }

    @Test
    void wrongEmailIsRefused() {
        HttpResponse<String> failed = flow.signIn(flow.authorize(Flow.publicS256("s")), "someone@else.test",
                SandboxAccounts.USER_PASSWORD);

        assertEquals("Sign in failed", Browser.html(failed).title());
    }

    @Test
    void echoedEmailIsEscaped() {
        String hostile = "\"><script>alert(1)</script>";

        HttpResponse<String> failed = flow.signIn(flow.authorize(Flow.publicS256("s")), hostile, "x");

        assertFalse(failed.body().contains("<script>"), failed.body());
        assertEquals(hostile, Browser.html(failed).selectFirst("input[name=email]").val());
    }

    @Test
    void missingCsrfIsRefused() {
        Document page = Browser.html(flow.authorize(Flow.publicS256("s")));

        HttpResponse<String> response = flow.browser.post("/signin", Flow.params(
                "request_id", page.selectFirst("input[name=request_id]").val(),
                "email", SandboxAccounts.USER_EMAIL, "password", SandboxAccounts.USER_PASSWORD));

        assertTrue(AuthorizationErrorsTest.assertErrorPage(response).contains("csrf"));
    }

    @Test
    void wrongCsrfIsRefused() {
        Document page = Browser.html(flow.authorize(Flow.publicS256("s")));

        HttpResponse<String> response = flow.browser.post("/signin", Flow.params(
                "request_id", page.selectFirst("input[name=request_id]").val(), "csrf", "forged",
                "email", SandboxAccounts.USER_EMAIL, "password", SandboxAccounts.USER_PASSWORD));

        assertTrue(AuthorizationErrorsTest.assertErrorPage(response).contains("csrf"));
    }

    @Test
    void missingSessionCookieIsRefused() {
        HttpResponse<String> page = flow.authorize(Flow.publicS256("s"));
        Flow cookieless = new Flow(sandbox);

        HttpResponse<String> response = cookieless.signIn(page, SandboxAccounts.USER_EMAIL,
                SandboxAccounts.USER_PASSWORD);

        assertTrue(AuthorizationErrorsTest.assertErrorPage(response).contains("ZM_SANDBOX_SESSION"));
    }

    @Test
    void sessionOfAnotherAuthorizationIsRefused() {
        HttpResponse<String> first = flow.authorize(Flow.publicS256("first"));
        flow.authorize(Flow.publicS256("second"));

        HttpResponse<String> response = flow.signIn(first, SandboxAccounts.USER_EMAIL, SandboxAccounts.USER_PASSWORD);

        assertTrue(AuthorizationErrorsTest.assertErrorPage(response).contains("ZM_SANDBOX_SESSION"));
    }

    @Test
    void unknownRequestIdIsRefused() {
        flow.authorize(Flow.publicS256("s"));

        HttpResponse<String> response = flow.browser.post("/signin", Flow.params("request_id", "nope",
                "csrf", "x", "email", SandboxAccounts.USER_EMAIL, "password", SandboxAccounts.USER_PASSWORD));

        assertTrue(AuthorizationErrorsTest.assertErrorPage(response).contains("request_id"));
    }

    @Test
    void consentNeedsASignedInSession() {
        Document page = Browser.html(flow.authorize(Flow.publicS256("s")));
        String requestId = page.selectFirst("input[name=request_id]").val();

        AuthorizationErrorsTest.assertErrorPage(flow.browser.get("/oauth/consent?request_id=" + requestId));
        HttpResponse<String> approve = flow.browser.post("/oauth/consent", Flow.params("request_id", requestId,
                "csrf", page.selectFirst("input[name=csrf]").val(), "decision", "approve"));
        AuthorizationErrorsTest.assertErrorPage(approve);
    }

    @Test
    void consentWithoutCsrfIsRefused() {
        HttpResponse<String> consent = consentPage("s");
        String requestId = Browser.html(consent).selectFirst("input[name=request_id]").val();

        HttpResponse<String> response = flow.browser.post("/oauth/consent",
                Flow.params("request_id", requestId, "decision", "approve"));

        assertTrue(AuthorizationErrorsTest.assertErrorPage(response).contains("csrf"));
    }

    @Test
    void denyRedirectsWithAccessDeniedAndState() {
        HttpResponse<String> denied = flow.decide(consentPage("deny-state"), "deny");

        assertEquals(302, denied.statusCode());
        Map<String, String> callback = Browser.query(Flow.location(denied));
        assertEquals("access_denied", callback.get("error"));
        assertEquals("deny-state", callback.get("state"));
        assertFalse(callback.containsKey("code"));
    }

    @Test
    void aDecisionCannotBeMadeTwice() {
        HttpResponse<String> consent = consentPage("s");
        assertEquals(302, flow.decide(consent, "approve").statusCode());

        AuthorizationErrorsTest.assertErrorPage(flow.decide(consent, "approve"));
    }

    @Test
    void unknownDecisionIsRefused() {
        AuthorizationErrorsTest.assertErrorPage(flow.decide(consentPage("s"), "maybe"));
    }

    private HttpResponse<String> consentPage(String state) {
        HttpResponse<String> signedIn = flow.signIn(flow.authorize(Flow.publicS256(state)),
                SandboxAccounts.USER_EMAIL, SandboxAccounts.USER_PASSWORD);
        return flow.browser.get(Flow.location(signedIn));
    }
}
