package dev.baton.auth;

import dev.baton.secret.Redactor;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-in driver against small servers with markup, field names, button wording and cookie attributes of their
 * own, none of them the sandbox's: the HTML standard's entry list and encodings, the approving button, consent
 * checkboxes, per-page fields, refresh hops, self-submitting forms, {@code form_post}, JavaScript pages and the
 * navigation headers of every request.
 */
class BrowserFaithfulSignInTest {

    private static final String REDIRECT_URI = "https://client.example/cb";

    private WireMockServer server;
    private ApacheHttpSender sender;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        sender = new ApacheHttpSender(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() throws Exception {
        sender.close();
        server.stop();
    }

    private void page(String path, String html) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(html(html)));
    }

    private static ResponseDefinitionBuilder html(String html) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/html;charset=utf-8").withBody(html);
    }

    private void done(String path) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", REDIRECT_URI + "?code=C0DE&state=st")));
    }

    private Arrival drive(String path, SignIn signIn) throws Exception {
        OutgoingRequest first = signIn.headers().apply(OutgoingRequest.get(URI.create(server.baseUrl() + path)));
        return new SignInDriver(sender, new Redactor()).drive(sender.send(first), signIn, REDIRECT_URI);
    }

    private static SignIn signIn(Map<String, List<String>> fields, List<SignInPage> pages, List<String> scopes) {
        return new SignIn(fields, null, null, 10, pages, scopes, BrowserHeaders.DEFAULT);
    }

    private String body(String path) {
        List<LoggedRequest> posts = server.findAll(postRequestedFor(urlPathEqualTo(path)));
        assertEquals(1, posts.size(), "posts to " + path);
        return posts.get(0).getBodyAsString();
    }

    @Test
    void theEntryListFollowsTheHtmlStandard() throws Exception {
        page("/login", """
                <title>Anmelden</title>
                <form id="f" method="post" action="/session">
                  <input type="hidden" name="_charset_">
                  <input name="user">
                  <input type="password" name="secret">
                  <input type="checkbox" name="keep">
                  <input type="checkbox" name="news" value="weekly" checked>
                  <input type="radio" name="lang" value="de" checked><input type="radio" name="lang" value="fr">
                  <select name="tz"><option>UTC</option><option selected value="cet">CET</option></select>
                  <select name="many" multiple><option value="a" selected>A</option><option value="b">B</option>
                    <option value="c" selected disabled>C</option></select>
                  <textarea name="note">line one
                line two</textarea>
                  <input name="off" value="x" disabled>
                  <fieldset disabled><legend><input name="inlegend" value="kept"></legend>
                    <input name="infieldset" value="dropped"></fieldset>
                  <input type="file" name="upload">
                  <datalist><input name="indatalist" value="no"></datalist>
                  <button name="op" value="reset" type="reset">Reset</button>
                  <button type="button" name="js" value="x">Show</button>
                </form>
                <input form="f" name="outside" value="owned">
                <button form="f" name="op" value="login">Weiter</button>
                """);
        done("/session");

        Arrival arrival = drive("/login", signIn(Map.of("user", List.of("ann"), "secret", List.of("pw")), List.of(),
                List.of()));

        assertEquals("C0DE", arrival.response().code());
        assertEquals("_charset_=UTF-8&user=ann&secret=pw&news=weekly&lang=de&tz=cet&many=a"
                + "&note=line+one%0D%0Aline+two&inlegend=kept&upload=&outside=owned&op=login", body("/session"));
    }

    @Test
    void theSubmitterDecidesActionMethodAndEnctype() throws Exception {
        page("/consent", """
                <title>Zugriff</title>
                <form method="get" action="/never">
                  <input type="hidden" name="t" value="1 2">
                  <button name="deny" value="1" formaction="/deny">Abbrechen</button>
                  <button name="allow" value="1" formaction="/grant" formmethod="post"
                          formenctype="multipart/form-data">Zulassen</button>
                </form>""");
        done("/grant");

        drive("/consent", signIn(Map.of(), List.of(), List.of()));

        LoggedRequest post = server.findAll(postRequestedFor(urlPathEqualTo("/grant"))).get(0);
        String type = post.getHeader("Content-Type");
        assertTrue(type.startsWith("multipart/form-data; boundary="), type);
        String boundary = type.substring(type.indexOf('=') + 1);
        assertEquals("--" + boundary + "\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\n1 2\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"allow\"\r\n\r\n1\r\n"
                + "--" + boundary + "--\r\n", post.getBodyAsString());
        server.verify(0, anyRequestedFor(urlPathEqualTo("/deny")));
        server.verify(0, anyRequestedFor(urlPathEqualTo("/never")));
    }

    @Test
    void textPlainAndAnImageButton() throws Exception {
        page("/p", """
                <form method="post" action="/t" enctype="text/plain"><input name="a" value="1">
                <input type="image" name="go" src="go.png" alt="Continue"></form>""");
        done("/t");

        drive("/p", signIn(Map.of(), List.of(), List.of()));

        assertEquals("a=1\r\ngo.x=0\r\ngo.y=0\r\n", body("/t"));
    }

    @Test
    void consentTicksTheRequestedScopesAndPressesApproveNotCancel() throws Exception {
        page("/consent", """
                <title>Permissions</title>
                <form method="post" action="/decide">
                  <label><input type="checkbox" name="grant" value="calendar.read"> Calendar</label>
                  <label><input type="checkbox" name="grant" value="contacts.write"> Contacts</label>
                  <label><input type="checkbox" name="grant" value="files"> Files</label>
                  <input type="submit" name="action" value="Cancel">
                  <input type="submit" name="action" value="Approve">
                </form>""");
        done("/decide");

        drive("/consent", signIn(Map.of(), List.of(), List.of("openid", "calendar.read", "files")));

        assertEquals("grant=calendar.read&grant=files&action=Approve", body("/decide"));
    }

    @Test
    void whenNoCheckboxNamesARequestedScopeAllAreTicked() throws Exception {
        page("/consent", """
                <form method="post" action="/decide">
                  <input type="checkbox" name="perm_profile"><input type="checkbox" name="perm_mail" value="y">
                  <button name="choice" value="no">Nein, danke</button>
                  <button name="choice" value="ok">Erlauben</button>
                </form>""");
        done("/decide");

        drive("/consent", signIn(Map.of(), List.of(), List.of("profile")));

        assertEquals("perm_profile=on&perm_mail=y&choice=ok", body("/decide"));
    }

    @Test
    void listValuesTickTheBoxesGivenAndAnEmptyListTicksNone() throws Exception {
        page("/consent", """
                <form method="post" action="/decide">
                  <input type="checkbox" name="scope" value="a" checked><input type="checkbox" name="scope" value="b">
                  <input type="checkbox" name="scope" value="c">
                  <button>Autoriser</button>
                </form>""");
        done("/decide");
        drive("/consent", signIn(Map.of("scope", List.of("b", "c")), List.of(), List.of("a")));
        assertEquals("scope=b&scope=c", body("/decide"));

        server.resetRequests();
        drive("/consent", signIn(Map.of("scope", List.of()), List.of(), List.of("a")));
        assertEquals("", body("/decide"));
    }

    @Test
    void aValueThatIsNoChoiceNamesTheChoices() throws Exception {
        page("/consent", """
                <title>Grant</title><form method="post" action="/decide">
                <input type="checkbox" name="scope" value="a"><input type="checkbox" name="scope" value="b">
                <button>Allow</button></form>""");

        SignInException e = assertThrows(SignInException.class, () -> drive("/consent",
                signIn(Map.of("scope", List.of("a", "z")), List.of(), List.of())));

        assertTrue(e.getMessage().contains("the checkboxes 'scope' on the page \"Grant\""), e.getMessage());
        assertTrue(e.getMessage().endsWith("have no choice 'z'; the choices are: 'a', 'b'"), e.getMessage());
    }

    @Test
    void aFormWhoseButtonsAllRefuseIsNotSubmitted() throws Exception {
        page("/consent", """
                <title>Leave?</title><form method="post" action="/decide">
                <button name="x" value="1">Cancel</button><button name="y" value="1">Don't allow</button></form>""");

        SignInException e = assertThrows(SignInException.class, () -> drive("/consent",
                signIn(Map.of(), List.of(), List.of())));

        assertTrue(e.getMessage().contains("refuses ('Cancel', 'Don't allow'); name the one to press with 'submit:'"),
                e.getMessage());
        server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void buttonWordingIsJudgedAsAPersonReadsIt() {
        assertEquals(List.of(ButtonIntent.APPROVE, ButtonIntent.APPROVE, ButtonIntent.APPROVE, ButtonIntent.APPROVE,
                        ButtonIntent.REFUSE, ButtonIntent.REFUSE, ButtonIntent.REFUSE, ButtonIntent.REFUSE,
                        ButtonIntent.NEUTRAL),
                List.of(ButtonIntent.of("Yes, allow access"), ButtonIntent.of("submit_approve"),
                        ButtonIntent.of("Autorizar"), ButtonIntent.of("許可する"),
                        ButtonIntent.of("Don’t allow"), ButtonIntent.of("Not now"), ButtonIntent.of("denyAccess"),
                        ButtonIntent.of("Abbrechen"), ButtonIntent.of("Profile")));
    }

    @Test
    void aPhraseThatSaysBothIsReadInOrder() {
        assertEquals(List.of(ButtonIntent.REFUSE, ButtonIntent.REFUSE, ButtonIntent.REFUSE, ButtonIntent.REFUSE,
                        ButtonIntent.APPROVE, ButtonIntent.APPROVE, ButtonIntent.REFUSE),
                List.of(ButtonIntent.of("Do not allow"), ButtonIntent.of("Nicht erlauben"),
                        ButtonIntent.of("許可しない"), ButtonIntent.of("허용하지 않음"),
                        ButtonIntent.of("Allow (no data is sold)"), ButtonIntent.of("Continue, not you? switch"),
                        ButtonIntent.of(List.of("consent", "no", "Don't allow"))));
    }

    @Test
    void perPageFieldsGoToTheirPagesAndAllPagesMustBeMet() throws Exception {
        page("/login", """
                <title>Sign in</title><form method="post" action="/password">
                <input name="login"><input type="password" name="pass"><button>Next</button></form>""");
        server.stubFor(post(urlPathEqualTo("/password")).willReturn(aResponse().withStatus(303)
                .withHeader("Location", "/mfa")));
        page("/mfa", """
                <title>Two-step verification</title><form id="otp" method="post" action="/verify">
                <input name="code" inputmode="numeric"><button>Verify</button></form>""");
        done("/verify");
        SignInPage otp = new SignInPage("#otp", null, Map.of("code", List.of("123456")), null, false);
        SignInPage never = new SignInPage(null, "Choose an account", Map.of("account", List.of("x")), null, false);

        Arrival arrival = drive("/login", signIn(Map.of("login", List.of("ann"), "pass", List.of("pw")),
                List.of(otp, never), List.of()));

        assertEquals("login=ann&pass=pw", body("/password"));
        assertEquals("code=123456", body("/verify"));
        assertEquals("no page matched login page title \"Choose an account\" on the way; pages seen: "
                + "\"Sign in\" at " + server.baseUrl() + "/login, \"Two-step verification\" at "
                + server.baseUrl() + "/mfa", arrival.unused().orElseThrow());
    }

    @Test
    void aPageEntryWhoseFieldIsNotOnItsPageFailsThere() throws Exception {
        page("/mfa", """
                <title>Two-step verification</title><form id="otp" method="post" action="/verify">
                <input name="otp_code"><button>Verify</button></form>""");
        SignInPage otp = new SignInPage(null, "two-step", Map.of("code", List.of("123456")), null, false);

        SignInException e = assertThrows(SignInException.class, () -> drive("/mfa",
                signIn(Map.of(), List.of(otp), List.of())));

        assertEquals("the form on the page \"Two-step verification\" at " + server.baseUrl() + "/mfa, which login "
                + "page title \"two-step\" matched, has no field 'code'\nits inputs are: otp_code", e.getMessage());
    }

    @Test
    void refreshHeaderAndMetaRefreshHopsAreFollowed() throws Exception {
        server.stubFor(get(urlPathEqualTo("/start")).willReturn(aResponse().withStatus(200)
                .withHeader("Refresh", "0;URL=/hop").withBody("")));
        page("/hop", "<html><head><meta http-equiv=\"Refresh\" content=\"1; url = 'next?x=1'\"></head>"
                + "<body>Redirecting</body></html>");
        page("/next", "<meta http-equiv=refresh content=\"0;url=" + REDIRECT_URI + "?code=R3F&amp;state=s\">");

        Arrival arrival = drive("/start", signIn(Map.of(), List.of(), List.of()));

        assertEquals(Arrival.Via.REFRESH, arrival.via());
        assertEquals("R3F", arrival.response().code());
    }

    @Test
    void aSelfSubmittingInterstitialIsSubmittedAndFormPostIsReadNotSent() throws Exception {
        page("/bounce", """
                <body onload="document.forms[0].submit()"><form method="post" action="/resume">
                <input type="hidden" name="ticket" value="t-1"><noscript><input type="submit" value="Continue">
                </noscript></form></body>""");
        server.stubFor(post(urlPathEqualTo("/resume")).willReturn(html("""
                <form method="post" action="%s"><input type="hidden" name="code" value="FP-1">
                <input type="hidden" name="state" value="s-9"><input type="hidden" name="iss" value="https://as">
                </form><script>document.forms[0].submit()</script>""".formatted(REDIRECT_URI))));

        Arrival arrival = drive("/bounce", signIn(Map.of(), List.of(), List.of()));

        assertEquals("ticket=t-1", body("/resume"));
        assertEquals(Arrival.Via.FORM_POST, arrival.via());
        assertEquals(new AuthorizationResponse("FP-1", "s-9", null, null, "https://as"), arrival.response());
    }

    @Test
    void pagesThatNeedJavaScriptAreReportedAsSuch() throws Exception {
        page("/spa", "<title>Log in</title><div id=root></div><script src=/app.js></script>");
        page("/disabled", "<title>Consent</title><form method=post><button disabled>Allow</button></form>"
                + "<script>setTimeout(function(){document.querySelector('button').disabled=false},500)</script>");
        page("/assign", "<title>Wait</title><script>location.assign('/next')</script>");

        for (String path : List.of("/spa", "/disabled", "/assign")) {
            SignInException e = assertThrows(SignInException.class, () -> drive(path,
                    signIn(Map.of("user", List.of("u")), List.of(), List.of())));
            assertTrue(e.getMessage().contains("needs JavaScript"), e.getMessage());
            assertTrue(e.getMessage().contains("'login: {browser: true}'"), e.getMessage());
            assertTrue(e.getMessage().contains("'baton auth login'"), e.getMessage());
        }
        server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void everyRequestOfTheLegCarriesTheNavigationHeaders() throws Exception {
        server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/login")));
        page("/login", "<form method=post action=/session><input name=u><input type=password name=p></form>");
        server.stubFor(post(urlPathEqualTo("/session")).willReturn(aResponse().withStatus(303)
                .withHeader("Location", "/consent")));
        page("/consent", "<form method=post action=/decide><button name=ok value=1>OK</button></form>");
        done("/decide");
        BrowserHeaders headers = new BrowserHeaders("text/html", "de-CH", "MyAgent/1");
        SignIn signIn = new SignIn(Map.of("u", List.of("a"), "p", List.of("b")), null, null, 10, List.of(),
                List.of(), headers);

        drive("/authorize", signIn);

        List<LoggedRequest> all = server.findAll(anyRequestedFor(anyUrl()));
        assertEquals(5, all.size());
        for (LoggedRequest request : all) {
            assertEquals("text/html", request.getHeader("Accept"), request.getUrl());
            assertEquals("de-CH", request.getHeader("Accept-Language"), request.getUrl());
            assertEquals("MyAgent/1", request.getHeader("User-Agent"), request.getUrl());
        }
        LoggedRequest post = server.findAll(postRequestedFor(urlPathEqualTo("/session"))).get(0);
        assertEquals(server.baseUrl(), post.getHeader("Origin"));
        assertEquals(server.baseUrl() + "/login", post.getHeader("Referer"));
        assertFalse(all.get(0).containsHeader("Referer"));
    }

    @Test
    void aRedirectUriReachedDirectlyIsTheArrival() throws Exception {
        server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", REDIRECT_URI + "?error=access_denied&error_description=No%20way&state=s")));

        Arrival arrival = drive("/authorize", signIn(Map.of(), List.of(), List.of()));

        assertEquals(Arrival.Via.REDIRECT, arrival.via());
        assertEquals("access_denied", arrival.response().error());
        assertEquals("No way", arrival.response().errorDescription());
        assertTrue(arrival.last().isRedirect());
        HttpResult last = arrival.last();
        assertEquals(302, last.status());
    }
}
