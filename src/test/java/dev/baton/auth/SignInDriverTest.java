package dev.baton.auth;

import dev.baton.secret.Redactor;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInDriverTest {

    private static final String REDIRECT_URI = "https://app.example/callback";
    private static final String CALLBACK = REDIRECT_URI + "?code=%s&state=xyz";
    private static final int LOW = 10;

    private static WireMockServer server;
    private ApacheHttpSender sender;
    private SignInDriver driver;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void setUp() {
        server.resetAll();
        sender = new ApacheHttpSender(Duration.ofSeconds(5));
        driver = new SignInDriver(sender, new Redactor());
    }

    @AfterEach
    void tearDown() throws IOException {
        sender.close();
    }

    @Test
    void formWithoutActionPostsBackToTheAuthorizeUrlQueryIncluded() throws Exception {
        server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(html(200, """
                <html><head><title>Sign in</title></head><body>
                <form method="post">
                  <input type="hidden" name="csrf" value="c1">
                  <input name="username"> <input type="password" name="password">
                  <button type="submit">Sign in</button>
                </form></body></html>""")));
        server.stubFor(post(urlEqualTo("/authorize?client_id=abc&state=xyz"))
                .withRequestBody(equalTo("csrf=c1&username=alice&password=p%40ss+w%C3%B6rd%26"))
                .willReturn(redirect(302, CALLBACK.formatted("CODE1"))));
        server.stubFor(post(urlPathEqualTo("/authorize")).atPriority(LOW)
                .willReturn(html(400, "<title>Error</title><p class=error>bad sign-in request</p>")));

        HttpResult last = driver.drive(fetch("/authorize?client_id=abc&state=xyz"),
                signIn("username", "alice", "password", "p@ss wörd&"), REDIRECT_URI).last();

        assertEquals("CODE1", queryParam(last, "code"));
        server.verify(1, postRequestedFor(urlEqualTo("/authorize?client_id=abc&state=xyz"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("csrf=c1&username=alice&password=p%40ss+w%C3%B6rd%26")));
    }

    @Test
    void absoluteActionWithEntitiesKeepsHiddenInputsCurrentValuesAndTheCookie() throws Exception {
        stubCookieForm();

        HttpResult last = driver.drive(fetch("/authorize"),
                signIn("email", "alice@example.com", "password", "hunter2"), REDIRECT_URI).last();

        assertEquals("CODE2", queryParam(last, "code"));
        server.verify(1, postRequestedFor(urlEqualTo("/login/submit?client_id=abc&flow=f-9"))
                .withCookie("SESSION", equalTo("s-42"))
                .withRequestBody(equalTo(COOKIE_FORM_BODY)));
    }

    @Test
    void withoutTheSessionCookieTheCookieFormServerRefuses() throws Exception {
        stubCookieForm();
        HttpResult first = fetch("/authorize");

        try (ApacheHttpSender cookieless = new ApacheHttpSender(Duration.ofSeconds(5))) {
            SignInException e = assertThrows(SignInException.class, () -> new SignInDriver(cookieless, new Redactor())
                    .drive(first, signIn("email", "alice@example.com", "password", "hunter2"),
                            REDIRECT_URI).last());
            assertTrue(e.getMessage().contains("HTTP 403"), e.getMessage());
            assertTrue(e.getMessage().contains("Your session expired"), e.getMessage());
        }
    }

    @Test
    void oidcProviderDevInteractionsSignInAndConsentPostToTheSameUrl() throws Exception {
        String login = server.baseUrl() + "/interaction/uid1";
        String consent = server.baseUrl() + "/interaction/uid2";
        server.stubFor(get(urlPathEqualTo("/auth")).willReturn(redirect(303, "/interaction/uid1")
                .withHeader("Set-Cookie", "_interaction=uid1; path=/interaction/uid1; samesite=lax; httponly")));
        server.stubFor(get(urlEqualTo("/interaction/uid1")).withCookie("_interaction", equalTo("uid1"))
                .willReturn(html(200, """
                        <title>Sign-in</title><h1>Sign-in</h1>
                        <form autocomplete="off" action="%s" method="post">
                          <input type="hidden" name="prompt" value="login"/>
                          <input required type="text" name="login" placeholder="Enter any login" autofocus="on">
                          <input required type="password" name="password" placeholder="and password" >
                          <button type="submit" class="login login-submit">Sign-in</button>
                        </form>
                        <div class="login-help"><a href="/interaction/uid1/abort">[ Cancel ]</a></div>"""
                        .formatted(login))));
        server.stubFor(post(urlEqualTo("/interaction/uid1"))
                .withRequestBody(equalTo("prompt=login&login=baton-user&password=any"))
                .willReturn(redirect(303, server.baseUrl() + "/auth/uid1")));
        server.stubFor(get(urlEqualTo("/auth/uid1")).willReturn(redirect(303, "/interaction/uid2")));
        server.stubFor(get(urlEqualTo("/interaction/uid2")).willReturn(html(200, """
                <title>Sign-in</title><h1>Authorize</h1>
                <form autocomplete="off" action="%s" method="post">
                  <input type="hidden" name="prompt" value="consent"/>
                  <button autofocus type="submit" class="login login-submit">Continue</button>
                </form>""".formatted(consent))));
        server.stubFor(post(urlEqualTo("/interaction/uid2")).withRequestBody(equalTo("prompt=consent"))
                .willReturn(redirect(303, server.baseUrl() + "/auth/uid2")));
        server.stubFor(get(urlEqualTo("/auth/uid2"))
                .willReturn(redirect(303, CALLBACK.formatted("CODE-OP") + "&iss=http%3A%2F%2F127.0.0.1")));

        HttpResult last = driver.drive(fetch("/auth?client_id=abc"), signIn("login", "baton-user",
                "password", "any"), REDIRECT_URI).last();

        assertEquals("CODE-OP", queryParam(last, "code"));
        server.verify(1, postRequestedFor(urlEqualTo("/interaction/uid2")).withRequestBody(equalTo("prompt=consent")));
    }

    @Test
    void signInThenConsentThrough303sWithRelativeLocationsPressesApprove() throws Exception {
        server.stubFor(get(urlPathEqualTo("/oauth/authorize"))
                .willReturn(redirect(303, "login?next=consent")));
        server.stubFor(get(urlEqualTo("/oauth/login?next=consent")).willReturn(html(200, """
                <title>Sign in</title>
                <form method="post" action="login">
                  <input type="hidden" name="next" value="consent">
                  <input name="user"><input type="password" name="pass">
                  <input type="submit" value="Go">
                </form>""")));
        server.stubFor(post(urlEqualTo("/oauth/login"))
                .withRequestBody(equalTo("next=consent&user=alice&pass=pw1"))
                .willReturn(redirect(303, "consent?req=7").withHeader("Set-Cookie", "sid=abc; Path=/")));
        server.stubFor(get(urlEqualTo("/oauth/consent?req=7")).withCookie("sid", equalTo("abc"))
                .willReturn(html(200, """
                        <title>Authorize App</title>
                        <form method="post" action="consent">
                          <input type="hidden" name="req" value="7">
                          <p>App wants to read your profile.</p>
                          <button type="submit" name="decision" value="approve">Allow</button>
                          <button type="submit" name="decision" value="deny">Deny</button>
                        </form>""")));
        server.stubFor(get(urlPathEqualTo("/oauth/consent")).atPriority(LOW)
                .willReturn(html(401, "<title>Not signed in</title><p class=error>sign in first</p>")));
        server.stubFor(post(urlEqualTo("/oauth/consent")).withCookie("sid", equalTo("abc"))
                .withRequestBody(equalTo("req=7&decision=approve"))
                .willReturn(redirect(302, CALLBACK.formatted("CODE3"))));
        server.stubFor(post(urlEqualTo("/oauth/consent")).withRequestBody(containing("decision=deny"))
                .willReturn(redirect(302, REDIRECT_URI + "?error=access_denied&state=xyz")));

        HttpResult last = driver.drive(fetch("/oauth/authorize?client_id=abc"),
                signIn("user", "alice", "pass", "pw1"), REDIRECT_URI).last();

        assertEquals("CODE3", queryParam(last, "code"));
        server.verify(1, getRequestedFor(urlEqualTo("/oauth/consent?req=7")));
        server.verify(1, postRequestedFor(urlEqualTo("/oauth/consent"))
                .withRequestBody(equalTo("req=7&decision=approve")));
        server.verify(0, postRequestedFor(urlEqualTo("/oauth/consent")).withRequestBody(containing("deny")));
    }

    @Test
    void submitSelectorPressesTheChosenButton() throws Exception {
        server.stubFor(get(urlPathEqualTo("/consent")).willReturn(html(200, """
                <title>Authorize App</title>
                <form method="post"><input type="hidden" name="req" value="7">
                  <button name="decision" value="approve">Allow</button>
                  <button name="decision" value="deny" class="deny">Deny</button>
                </form>""")));
        server.stubFor(post(urlPathEqualTo("/consent")).withRequestBody(equalTo("req=7&decision=deny"))
                .willReturn(redirect(302, REDIRECT_URI + "?error=access_denied")));

        HttpResult last = driver.drive(fetch("/consent"), new SignIn(Map.of(), null, "button.deny", 5),
                REDIRECT_URI).last();

        assertEquals("access_denied", queryParam(last, "error"));
    }

    /** Doorkeeper's and GitLab's layout: a form that deletes the grant (Deny) before the form that authorizes. */
    @Test
    void separateDenyAndAuthorizeFormsPressAuthorize() throws Exception {
        server.stubFor(get(urlPathEqualTo("/consent")).willReturn(html(200, """
                <title>Authorize application</title>
                <form method="post" action="/oauth/authorize"><input type="hidden" name="_method" value="delete">
                  <input type="hidden" name="state" value="s1"><input type="submit" value="Deny"></form>
                <form method="post" action="/oauth/authorize"><input type="hidden" name="state" value="s1">
                  <input type="submit" name="commit" value="Authorize"></form>""")));
        server.stubFor(post(urlPathEqualTo("/oauth/authorize")).withRequestBody(equalTo("state=s1&commit=Authorize"))
                .willReturn(redirect(302, REDIRECT_URI + "?code=c1&state=s1")));

        HttpResult last = driver.drive(fetch("/consent"), new SignIn(Map.of(), null, null, 5), REDIRECT_URI).last();

        assertEquals("c1", queryParam(last, "code"));
        server.verify(0, postRequestedFor(urlEqualTo("/oauth/authorize")).withRequestBody(containing("delete")));
    }

    /** Russian and Korean consent pages, the refusing button first. */
    @Test
    void refusingButtonsInRussianAndKoreanAreNotPressed() throws Exception {
        for (String[] buttons : new String[][]{{"Отклонить", "Разрешить"}, {"거부", "허용"}}) {
            server.resetAll();
            server.stubFor(get(urlPathEqualTo("/consent")).willReturn(html(200, """
                    <title>Consent</title>
                    <form method="post"><button name="d" value="refuse">%s</button>
                      <button name="d" value="approve">%s</button></form>""".formatted(buttons[0], buttons[1]))));
            server.stubFor(post(urlPathEqualTo("/consent")).withRequestBody(equalTo("d=approve"))
                    .willReturn(redirect(302, REDIRECT_URI + "?code=c2")));

            HttpResult last = driver.drive(fetch("/consent"), new SignIn(Map.of(), null, null, 5), REDIRECT_URI)
                    .last();

            assertEquals("c2", queryParam(last, "code"), buttons[1]);
        }
    }

    /** Buttons in a language Baton does not read, that send different things: it says so rather than guess. */
    @Test
    void severalButtonsThatSayNeitherAreNotGuessedBetween() throws Exception {
        server.stubFor(get(urlPathEqualTo("/consent")).willReturn(html(200, """
                <title>Suostumus</title>
                <form method="post"><button name="d" value="1">Hylkää</button>
                  <button name="d" value="2">Salli</button></form>""")));

        SignInException e = assertThrows(SignInException.class, () -> driver.drive(fetch("/consent"),
                new SignIn(Map.of(), null, null, 5), REDIRECT_URI).last());

        assertTrue(e.getMessage().contains("cannot tell which button of the form on the page \"Suostumus\""),
                e.getMessage());
        assertTrue(e.getMessage().contains("approves ('Hylkää', 'Salli'); name the one to press with 'submit:'"),
                e.getMessage());
        server.verify(0, postRequestedFor(urlPathEqualTo("/consent")));
    }

    /** An approving label that qualifies itself with a "no" later on still approves. */
    @Test
    void aLongApprovingLabelWithANoInItIsPressed() throws Exception {
        server.stubFor(get(urlPathEqualTo("/consent")).willReturn(html(200, """
                <title>Consent</title>
                <form method="post"><button name="d" value="c">Cancel</button>
                  <button name="d" value="a">Allow (you can revoke this at any time, no data is sold)</button>
                </form>""")));
        server.stubFor(post(urlPathEqualTo("/consent")).withRequestBody(equalTo("d=a"))
                .willReturn(redirect(302, REDIRECT_URI + "?code=c3")));

        HttpResult last = driver.drive(fetch("/consent"), new SignIn(Map.of(), null, null, 5), REDIRECT_URI).last();

        assertEquals("c3", queryParam(last, "code"));
    }

    /** A consent made of radio options, none chosen, and one button: the option that approves is chosen. */
    @Test
    void anUnansweredRadioConsentIsAnsweredWithTheApprovingOption() throws Exception {
        server.stubFor(get(urlPathEqualTo("/consent")).willReturn(html(200, """
                <title>Share your profile?</title>
                <form method="post"><input type="hidden" name="req" value="9">
                  <label><input type="radio" name="decision" value="d1"> Deny access</label>
                  <input type="radio" name="decision" value="d2" id="ok"><label for="ok">Allow access</label>
                  <input type="radio" name="remember" value="y" checked> Remember
                  <input type="radio" name="remember" value="n"> Ask again
                  <button>→</button></form>""")));
        server.stubFor(post(urlPathEqualTo("/consent")).withRequestBody(equalTo("req=9&decision=d2&remember=y"))
                .willReturn(redirect(302, REDIRECT_URI + "?code=c4")));

        HttpResult last = driver.drive(fetch("/consent"), new SignIn(Map.of(), null, null, 5), REDIRECT_URI).last();

        assertEquals("c4", queryParam(last, "code"));
    }

    /** A Shift_JIS page's form goes in Shift_JIS, as a browser sends it; accept-charset wins over the page's. */
    @Test
    void aFormIsSubmittedInThePagesEncodingOrItsAcceptCharset() throws Exception {
        java.nio.charset.Charset sjis = java.nio.charset.Charset.forName("Shift_JIS");
        List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer raw = formReceiver(bodies, REDIRECT_URI + "?code=c5");
        try {
            for (String attribute : List.of("", " accept-charset=\"bogus utf-8\"")) {
                server.stubFor(get(urlPathEqualTo("/consent")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/html; charset=Shift_JIS").withBody(("""
                                <title>同意</title>
                                <form method="post" action="http://127.0.0.1:%d/decide"%s>
                                  <input type="hidden" name="msg" value="日本語">
                                  <input type="hidden" name="mark" value="&#128512;">
                                  <input type="hidden" name="_charset_">
                                  <button name="ok" value="許可">許可</button></form>"""
                                .formatted(raw.getAddress().getPort(), attribute)).getBytes(sjis))));

                HttpResult last = driver.drive(fetch("/consent"), new SignIn(Map.of(), null, null, 5),
                        REDIRECT_URI).last();

                assertEquals("c5", queryParam(last, "code"));
            }
        } finally {
            raw.stop(0);
        }
        assertEquals(List.of("msg=%93%FA%96%7B%8C%EA&mark=%26%23128512%3B&_charset_=Shift_JIS&ok=%8B%96%89%C2",
                "msg=%E6%97%A5%E6%9C%AC%E8%AA%9E&mark=%F0%9F%98%80&_charset_=UTF-8&ok=%E8%A8%B1%E5%8F%AF"), bodies);
    }

    /** A page that says its encoding only in a meta tag is read and answered in it, as a browser does. */
    @Test
    void aPageWhoseEncodingIsInAMetaTagIsAnsweredInIt() throws Exception {
        List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer raw = formReceiver(bodies, REDIRECT_URI + "?code=c6");
        server.stubFor(get(urlPathEqualTo("/consent")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("""
                        <meta charset="shift_jis"><title>同意</title>
                        <form method="post" action="http://127.0.0.1:%d/decide">
                          <input type="hidden" name="msg" value="日本語">
                          <button name="ok" value="許可">許可</button></form>""".formatted(raw.getAddress().getPort())
                        .getBytes(java.nio.charset.Charset.forName("Shift_JIS")))));
        try {
            HttpResult last = driver.drive(fetch("/consent"), new SignIn(Map.of(), null, null, 5), REDIRECT_URI)
                    .last();
            assertEquals("c6", queryParam(last, "code"));
        } finally {
            raw.stop(0);
        }
        assertEquals(List.of("msg=%93%FA%96%7B%8C%EA&ok=%8B%96%89%C2"), bodies);
    }

    /** A non-ASCII password typed into a Shift_JIS form is masked in the bytes it went in, as in reports. */
    @Test
    void aSecretSentInAnotherEncodingIsMaskedInThatEncoding() throws Exception {
        String password = "パスワード秘密の言葉";
        List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer raw = formReceiver(bodies, REDIRECT_URI + "?code=c7");
        Redactor secrets = new Redactor();
        secrets.add(password);
        server.stubFor(get(urlPathEqualTo("/login")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=Shift_JIS").withBody("""
                        <title>ログイン</title>
                        <form method="post" action="http://127.0.0.1:%d/decide"><input name="user">
                          <input type="password" name="password"><button>ログイン</button></form>"""
                        .formatted(raw.getAddress().getPort()).getBytes(java.nio.charset.Charset.forName("Shift_JIS")))));
        try {
            new SignInDriver(sender, secrets).drive(fetch("/login"), signIn("user", "alice", "password", password),
                    REDIRECT_URI);
        } finally {
            raw.stop(0);
        }
        String body = bodies.get(0);
        assertTrue(body.startsWith("user=alice&password=%83p%83X"), body);
        String shown = new dev.baton.secret.OutputBoundary(secrets).text(body);
        assertEquals("user=alice&password=*****", shown);
    }

    @Test
    void wrongPasswordReRenderingTheFormFailsFastQuotingTheError() throws Exception {
        String form = """
                <title>Sign in</title>
                %s
                <form method="post" action="/session">
                  <input type="hidden" name="csrf" value="c9">
                  <input name="username"><input type="password" name="password">
                  <button type="submit">Sign in</button>
                </form>""";
        server.stubFor(get(urlPathEqualTo("/login")).willReturn(html(200, form.formatted(""))));
        server.stubFor(post(urlEqualTo("/session")).withRequestBody(containing("password=right"))
                .willReturn(redirect(302, CALLBACK.formatted("NEVER"))));
        server.stubFor(post(urlEqualTo("/session")).atPriority(LOW).willReturn(html(200, form.formatted(
                "<div class=\"alert\" role=\"alert\">Invalid username or password.</div>"))));
        HttpResult first = fetch("/login");

        SignInException e = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThrows(
                SignInException.class, () -> driver.drive(first,
                        signIn("username", "alice", "password", "wrong-pass-123"), REDIRECT_URI).last()));

        assertTrue(e.getMessage().contains("came back after it was submitted (HTTP 200"), e.getMessage());
        assertTrue(e.getMessage().contains("page \"Sign in\" says: Invalid username or password."), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-pass-123"), e.getMessage());
        assertTrue(e.getMessage().lines().count() <= 2, e.getMessage());
        server.verify(1, postRequestedFor(urlEqualTo("/session")));
    }

    @Test
    void wrongPasswordRedirectingBackToTheFormIsAlsoCaught() throws Exception {
        server.stubFor(get(urlPathEqualTo("/login")).willReturn(html(200, """
                <title>Sign in</title>
                <form method="post" action="/session">
                  <input name="username"><input type="password" name="password">
                </form>""")));
        server.stubFor(get(urlEqualTo("/login?error=1")).atPriority(1).willReturn(html(200, """
                <title>Sign in</title><p class="error">Wrong credentials</p>
                <form method="post" action="/session">
                  <input name="username"><input type="password" name="password">
                </form>""")));
        server.stubFor(post(urlEqualTo("/session")).willReturn(redirect(302, "/login?error=1")));

        SignInException e = assertThrows(SignInException.class, () -> driver.drive(fetch("/login"),
                signIn("username", "alice", "password", "nope-nope"), REDIRECT_URI).last());

        assertTrue(e.getMessage().contains("says: Wrong credentials"), e.getMessage());
        server.verify(1, postRequestedFor(urlEqualTo("/session")));
    }

    @Test
    void redirectLoopGivesUpAfterMaxPages() throws Exception {
        server.stubFor(get(urlPathEqualTo("/loop/a")).willReturn(redirect(302, "/loop/b?n=secret")));
        server.stubFor(get(urlPathEqualTo("/loop/b")).willReturn(redirect(302, "a")));
        HttpResult first = fetch("/loop/a");

        SignInException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                SignInException.class, () -> driver.drive(first, new SignIn(Map.of(), null, null, 5), REDIRECT_URI).last()));

        String a = "GET " + server.baseUrl() + "/loop/a";
        String b = "GET " + server.baseUrl() + "/loop/b?n=\u2026";
        assertEquals("too many redirects during the sign-in (more than 5 pages and redirects, login.maxPages), in a "
                + "loop: " + a + " 302 -> " + b + " 302 -> " + a + " 302 -> " + b + " 302 -> " + a + " 302 -> " + b
                + " 302 -> " + a, e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        server.verify(6, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPageWithMoreControlsThanASignInPageHasIsRefusedBeforeItsFormsAreRead() throws Exception {
        server.stubFor(get(urlPathEqualTo("/big")).willReturn(html(200, "<title>Big</title><form method=post>"
                + "<input type=hidden name=h value=v>".repeat(60_000)
                + "<input name=username><button>Sign in</button></form>")));
        HttpResult first = fetch("/big");

        SignInException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                SignInException.class, () -> driver.drive(first, signIn("username", "alice"), REDIRECT_URI).last()));

        assertEquals("the page at " + server.baseUrl() + "/big has 60002 form controls, more than the "
                + "10000 a sign-in page is read with", e.getMessage());
        server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void aPageWithThousandsOfHiddenInputsIsSignedInThroughWithEveryValue() throws Exception {
        int hidden = 5_000;
        server.stubFor(get(urlPathEqualTo("/many")).willReturn(html(200, "<title>Many</title><form method=post>"
                + "<input type=hidden name=h value=v>".repeat(hidden)
                + "<input name=username><button>Sign in</button></form>")));
        server.stubFor(post(urlPathEqualTo("/many"))
                .withRequestBody(equalTo("h=v&".repeat(hidden) + "username=alice"))
                .willReturn(redirect(302, CALLBACK.formatted("CODE-MANY"))));
        HttpResult first = fetch("/many");

        HttpResult last = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> driver.drive(first, signIn("username", "alice"), REDIRECT_URI).last());

        assertEquals("CODE-MANY", queryParam(last, "code"));
    }

    @Test
    void errorPageFailsQuotingTitleErrorAndStatus() throws Exception {
        server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(html(400, """
                <html><head><title>Authorization error</title></head>
                <body><h1>Something went wrong</h1><p class="error">unknown client: nope</p></body></html>""")));

        SignInException e = assertThrows(SignInException.class, () -> driver.drive(
                fetch("/authorize?client_id=nope"), signIn("username", "alice"), REDIRECT_URI).last());

        assertEquals("the server answered HTTP 400 Bad Request at " + server.baseUrl() + "/authorize\n"
                + "page \"Authorization error\" says: unknown client: nope", e.getMessage());
    }

    @Test
    void firstResponseAlreadyTheRedirectIsReturnedAsIs() throws Exception {
        server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(redirect(302, CALLBACK.formatted("C7"))));
        HttpResult first = fetch("/authorize");

        HttpResult last = driver.drive(first, signIn("username", "alice"), REDIRECT_URI).last();

        assertSame(first, last);
        server.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void relativeRedirectToALocalRedirectUriStopsWithoutRequestingIt() throws Exception {
        server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(redirect(302, "/authorize/next")));
        server.stubFor(get(urlPathEqualTo("/authorize/next")).willReturn(redirect(302, "../cb?code=C8b#frag")));

        HttpResult last = driver.drive(fetch("/authorize"), signIn(), server.baseUrl() + "/cb").last();

        assertEquals("C8b", queryParam(last, "code"));
        server.verify(0, getRequestedFor(urlPathEqualTo("/cb")));
        server.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void getFormPutsFieldsInTheQueryReplacingTheActionQuery() throws Exception {
        server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(html(200, """
                <title>PIN</title>
                <form method="get" action="/authorize/continue?dropped=1#frag">
                  <input type="hidden" name="flow" value="f 1">
                  <input name="user"><input type="password" name="pin">
                </form>""")));
        server.stubFor(get(urlEqualTo("/authorize/continue?flow=f+1&user=alice&pin=1234"))
                .willReturn(redirect(302, CALLBACK.formatted("C8"))));
        server.stubFor(get(urlPathEqualTo("/authorize/continue")).atPriority(LOW)
                .willReturn(html(400, "<title>Bad</title><p class=error>bad query</p>")));

        HttpResult last = driver.drive(fetch("/authorize?client_id=abc"),
                signIn("user", "alice", "pin", "1234"), REDIRECT_URI).last();

        assertEquals("C8", queryParam(last, "code"));
        server.verify(1, getRequestedFor(urlEqualTo("/authorize/continue?flow=f+1&user=alice&pin=1234")));
    }

    @Test
    void baseHrefIsHonouredForRelativeActions() throws Exception {
        server.stubFor(get(urlPathEqualTo("/start")).willReturn(html(200, """
                <html><head><base href="%s/app/"><title>Sign in</title></head><body>
                <form method="post" action="do-login"><input name="user"></form></body></html>"""
                .formatted(server.baseUrl()))));
        server.stubFor(post(urlEqualTo("/app/do-login")).withRequestBody(equalTo("user=alice"))
                .willReturn(redirect(302, CALLBACK.formatted("C9"))));

        HttpResult last = driver.drive(fetch("/start"), signIn("user", "alice"), REDIRECT_URI).last();

        assertEquals("C9", queryParam(last, "code"));
    }

    @Test
    void redirect307KeepsMethodAndBody() throws Exception {
        server.stubFor(get(urlPathEqualTo("/login")).willReturn(html(200,
                "<title>Sign in</title><form method=post action=/old><input name=user></form>")));
        server.stubFor(post(urlEqualTo("/old")).willReturn(redirect(307, "/new")));
        server.stubFor(post(urlEqualTo("/new")).withRequestBody(equalTo("user=alice"))
                .willReturn(redirect(302, CALLBACK.formatted("C10"))));

        HttpResult last = driver.drive(fetch("/login"), signIn("user", "alice"), REDIRECT_URI).last();

        assertEquals("C10", queryParam(last, "code"));
        server.verify(1, postRequestedFor(urlEqualTo("/new")).withRequestBody(equalTo("user=alice")));
    }

    @Test
    void redirect302AfterPutKeepsPutButAfterPostBecomesGet() throws Exception {
        server.stubFor(put(urlEqualTo("/put")).willReturn(redirect(302, "/put2")));
        server.stubFor(put(urlEqualTo("/put2")).willReturn(redirect(302, CALLBACK.formatted("C11"))));
        HttpResult first = sender.send(new OutgoingRequest("PUT", URI.create(server.baseUrl() + "/put"), List.of(),
                "x=1".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", null));

        HttpResult last = driver.drive(first, signIn(), REDIRECT_URI).last();

        assertEquals("C11", queryParam(last, "code"));
        server.verify(1, putRequestedFor(urlEqualTo("/put2")).withRequestBody(equalTo("x=1")));
    }

    @Test
    void jsonInsteadOfAPageFailsQuotingContentTypeAndBody() throws Exception {
        server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\": \"invalid_request\",\n \"error_description\": \"missing code_challenge\"}")));

        SignInException e = assertThrows(SignInException.class, () -> driver.drive(
                fetch("/authorize?secret=1"), signIn(), REDIRECT_URI).last());

        assertEquals("expected an HTML page at " + server.baseUrl() + "/authorize but got HTTP 200 with "
                + "application/json\nbody starts: {\"error\": \"invalid_request\", \"error_description\": "
                + "\"missing code_challenge\"}", e.getMessage());
    }

    @Test
    void formSelectorWithoutMatchNamesSelectorAndTitle() throws Exception {
        server.stubFor(get(urlPathEqualTo("/login")).willReturn(html(200,
                "<title>Welcome back</title><form id=other method=post><input name=user></form>")));

        SignInException e = assertThrows(SignInException.class, () -> driver.drive(fetch("/login"),
                new SignIn(Map.of("user", "alice"), "form#login", null, 5), REDIRECT_URI).last());

        assertEquals("no form matches the form selector 'form#login' on the page \"Welcome back\" at "
                + server.baseUrl() + "/login", e.getMessage());
    }

    @Test
    void aFieldMissingFromTheSignInFormIsNamedWhenTheFormComesBack() throws Exception {
        String form = """
                <title>Sign in</title><form method=post>
                <input type=hidden name=csrf value=x><input name=login><input type=password name=password>
                <input type=submit name=go value=Go></form>""";
        server.stubFor(get(urlPathEqualTo("/login")).willReturn(html(200, form)));
        server.stubFor(post(urlPathEqualTo("/login")).willReturn(html(200, "<p class=error>Login required</p>" + form)));

        SignInException e = assertThrows(SignInException.class, () -> driver.drive(fetch("/login"),
                signIn("username", "alice", "password", "topsecret"), REDIRECT_URI));

        assertEquals("the form at " + server.baseUrl() + "/login came back after it was submitted (HTTP 200 OK); "
                + "check the sign-in fields\nthe page says: Login required\n"
                + "so far the field 'username' matched no page", e.getMessage());
    }

    @Test
    void noFieldMatchingASignInFormIsReportedBeforeSubmitting() throws Exception {
        server.stubFor(get(urlPathEqualTo("/login")).willReturn(html(200, """
                <title>Sign in</title><form method=post>
                <input name=login><input type=password name=pwd></form>""")));

        SignInException e = assertThrows(SignInException.class, () -> driver.drive(fetch("/login"),
                signIn("username", "alice", "password", "topsecret"), REDIRECT_URI).last());

        assertTrue(e.getMessage().contains("has no field 'username', 'password'\nits inputs are: login, pwd"),
                e.getMessage());
    }

    @Test
    void pageWithoutAnyFormFailsQuotingThePage() throws Exception {
        server.stubFor(get(urlPathEqualTo("/done")).willReturn(html(200,
                "<title>Hello</title><body><p>You are signed in as alice. Close this window.</p></body>")));

        SignInException e = assertThrows(SignInException.class, () -> driver.drive(fetch("/done"),
                signIn("username", "alice"), REDIRECT_URI).last());

        assertEquals("no form to submit on the page at " + server.baseUrl() + "/done (HTTP 200 OK)\n"
                + "page \"Hello\" says: You are signed in as *****. Close this window.", e.getMessage());
    }

    @Test
    void echoedFieldValuesAreMaskedInMessages() throws Exception {
        server.stubFor(get(urlPathEqualTo("/login")).willReturn(html(200,
                "<title>Sign in</title><form method=post><input name=user><input type=password name=pw></form>")));
        server.stubFor(post(urlPathEqualTo("/login")).willReturn(html(500,
                "<title>Oops</title><p class=error>SQL error near 'hunter2' for al%40ce</p>")));

        SignInException e = assertThrows(SignInException.class, () -> driver.drive(fetch("/login"),
                signIn("user", "al@ce", "pw", "hunter2"), REDIRECT_URI).last());

        assertEquals("the server answered HTTP 500 Server Error at " + server.baseUrl() + "/login\n"
                + "page \"Oops\" says: SQL error near '*****' for *****", e.getMessage());
    }

    @Test
    void transportFailuresPassThrough() throws Exception {
        server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(redirect(302, "http://127.0.0.1:1/down")));

        assertThrows(TransportException.class,
                () -> driver.drive(fetch("/authorize"), signIn(), REDIRECT_URI).last());
    }

    private static final String COOKIE_FORM_BODY = "csrf_token=t%26k&flow=f-9&email=alice%40example.com"
            + "&password=hunter2&remember=yes&plan=pro&locale=en&note=hello+there&action=login";

    private void stubCookieForm() {
        server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(html(200, """
                <html><head><title>Log in</title></head><body>
                <form id="login" method="POST" action="%s/login/submit?client_id=abc&amp;flow=f-9">
                  <input type="hidden" name="csrf_token" value="t&amp;k">
                  <input type="hidden" name="flow" value="f-9">
                  <input type="text" name="email" value="prefilled@example.com">
                  <input type="password" name="password">
                  <input type="checkbox" name="remember" value="yes" checked>
                  <input type="checkbox" name="marketing" value="yes">
                  <input type="radio" name="plan" value="free"><input type="radio" name="plan" value="pro" checked>
                  <select name="locale">
                    <option value="de">Deutsch</option><option value="en" selected>English</option>
                  </select>
                  <textarea name="note">hello there</textarea>
                  <input type="text" name="disabled_one" value="x" disabled>
                  <input type="reset" name="reset" value="reset">
                  <input type="submit" name="action" value="login">
                  <input type="submit" name="action" value="cancel">
                </form></body></html>""".formatted(server.baseUrl()))
                .withHeader("Set-Cookie", "SESSION=s-42; Path=/; HttpOnly")));
        server.stubFor(post(urlEqualTo("/login/submit?client_id=abc&flow=f-9"))
                .withCookie("SESSION", equalTo("s-42"))
                .withRequestBody(equalTo(COOKIE_FORM_BODY))
                .willReturn(redirect(302, CALLBACK.formatted("CODE2"))));
        server.stubFor(post(urlPathEqualTo("/login/submit")).atPriority(LOW).willReturn(html(403,
                "<title>Session expired</title><p class=\"error\">Your session expired</p>")));
    }

    private HttpResult fetch(String pathAndQuery) throws TransportException {
        return sender.send(OutgoingRequest.get(URI.create(server.baseUrl() + pathAndQuery)));
    }

    /** A loopback server that keeps each form body it gets as bytes (WireMock's Jetty reads bodies as UTF-8). */
    private static com.sun.net.httpserver.HttpServer formReceiver(List<String> bodies, String location)
            throws IOException {
        com.sun.net.httpserver.HttpServer raw = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        raw.createContext("/decide", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        raw.start();
        return raw;
    }

    private static SignIn signIn(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new SignIn(fields, null, null, 10);
    }

    private static ResponseDefinitionBuilder html(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/html; charset=utf-8").withBody(body);
    }

    private static ResponseDefinitionBuilder redirect(int status, String location) {
        return aResponse().withStatus(status).withHeader("Location", location);
    }

    private static String queryParam(HttpResult result, String name) {
        String query = result.location().orElseThrow().getRawQuery();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + query);
    }
}
