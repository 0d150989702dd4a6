package dev.baton.browser;

import dev.baton.auth.Arrival;
import dev.baton.auth.AuthorizationResponse;
import dev.baton.auth.BrowserHeaders;
import dev.baton.auth.PageAction;
import dev.baton.auth.SignIn;
import dev.baton.auth.SignInException;
import dev.baton.auth.SignInRules;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.Urls;
import dev.baton.secret.SecretNames;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.bidi.module.Network;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The headless sign-in engine: opens the authorization URL in a Chromium of its own and does on each page what the
 * HTML driver's rules say a person does ({@link SignInRules}), until the browser is sent to the redirect URI, which
 * it never reaches ({@link RedirectCatcher}). Waits as a careful person does: for the page to finish loading and
 * hold still, for each field to be visible and enabled, for the browser to leave the page after the button is
 * pressed; the whole leg within one deadline. When it fails, the pictures of the pages on the way are written and
 * named in the message.
 */
public final class HeadlessSignIn {

    /** How long a page must hold still (same address, same document) before it is filled. */
    private static final Duration STILL = Duration.ofMillis(150);
    /**
     * How long a pressed form may stay on the page, unchanged, with no request it caused still unanswered, before it
     * counts as come back.
     */
    private static final Duration LEAVE = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 50;

    private final SignInRules rules;
    private final Instant end;
    private final Duration wait;
    private final Screenshots screenshots = new Screenshots();

    private HeadlessSignIn(SignInRules rules, Duration wait) {
        this.rules = rules;
        this.wait = wait;
        this.end = Instant.now().plus(wait);
    }

    /**
     * Signs in from {@code authorization} (a GET navigation) until the browser is sent to {@code redirectUri}, and
     * starting with the cookies of {@code cookies} and handing the browser's back to it.
     *
     * @param wait the deadline of the whole sign-in, the browser's start included
     * @throws SignInException when Chromium is missing, the sign-in does not reach the redirect URI in time, or a
     *                         page fails as it would with the HTML driver; never with a typed value in the message
     */
    public static Arrival signIn(OutgoingRequest authorization, SignIn signIn, String redirectUri, Duration wait,
                                 SignInCookies cookies) throws SignInException {
        if (!authorization.method().equals("GET")) {
            throw new SignInException("'browser: headless' opens the authorization URL as a browser does, with GET; "
                    + "this step sends " + authorization.method());
        }
        ChromiumInstall install;
        try {
            install = ChromiumInstall.locate(System.getenv());
        } catch (ChromiumInstall.MissingBrowserException e) {
            throw new SignInException(e.getMessage());
        }
        HeadlessSignIn run = new HeadlessSignIn(new SignInRules(signIn, redirectUri), wait);
        String userAgent = signIn.headers().userAgent().equals(BrowserHeaders.USER_AGENT) ? null
                : signIn.headers().userAgent();
        try (HeadlessChromium chromium = HeadlessChromium.start(install, userAgent, wait)) {
            return run.drive(chromium, authorization, URI.create(redirectUri), cookies);
        } catch (IOException e) {
            throw new SignInException(e.getMessage());
        }
    }

    private Arrival drive(HeadlessChromium chromium, OutgoingRequest authorization, URI redirectUri,
                          SignInCookies cookies) throws SignInException {
        LivePage live = new LivePage(chromium.driver());
        Network network = new Network(chromium.driver());
        try (RedirectCatcher catcher = RedirectCatcher.watch(chromium.driver(), network, rules.target(),
                redirectUri)) {
            PageTraffic traffic = PageTraffic.watch(network);
            try {
                Set<String> given = BrowserCookies.seed(chromium.driver(), cookies.current());
                chromium.driver().get(authorization.uri().toString());
                Arrival arrival = follow(live, catcher, traffic, authorization);
                BrowserCookies.handBack(chromium.driver(), cookies, given);
                return arrival;
            } catch (SignInException e) {
                throw failed(live, e);
            } catch (LivePage.FieldNotUsable e) {
                throw failed(live, new SignInException("the field " + e.selector() + " did not become visible and "
                        + "enabled within " + seconds(wait) + visibleFields(live)));
            } catch (WebDriverException e) {
                throw failed(live, new SignInException("the browser failed: "
                        + HeadlessChromium.firstLine(e.getMessage())));
            }
        } finally {
            stopWatching(network);
        }
    }

    private static void stopWatching(Network network) {
        try {
            network.close();
        } catch (WebDriverException ignored) {
            // the browser is being closed with it
        }
    }

    private Arrival follow(LivePage live, RedirectCatcher catcher, PageTraffic traffic,
                           OutgoingRequest authorization) throws SignInException {
        int acted = 0;
        long pressed = Long.MAX_VALUE;
        SignInException waitingFor = null;
        HttpResult previous = null;
        Instant previousAt = Instant.now();
        while (true) {
            Optional<RedirectCatcher.Caught> caught = catcher.caught();
            if (caught.isPresent()) {
                return arrive(caught.get(), authorization);
            }
            if (Instant.now().isAfter(end)) {
                throw timedOut(live, waitingFor, previous, traffic.pendingAfter(pressed));
            }
            if (catcher.holding()) {
                pause();
                continue;
            }
            Optional<HttpResult> shown = live.snapshot(catcher.document().orElse(null));
            if (shown.isEmpty() || previous == null || !same(shown.get(), previous)) {
                previous = shown.orElse(null);
                previousAt = Instant.now();
                pause();
                continue;
            }
            if (Duration.between(previousAt, Instant.now()).compareTo(STILL) < 0) {
                pause();
                continue;
            }
            PageAction action;
            try {
                action = rules.decide(shown.get());
            } catch (SignInException e) {
                if (!e.pageIncomplete()) {
                    throw e;
                }
                waitingFor = e;
                pause();
                continue;
            }
            if (++acted > rules.signIn().maxPages()) {
                throw new SignInException("gave up after " + (acted - 1) + " pages; last at "
                        + Urls.withoutQuery(shown.get().request().uri()));
            }
            waitingFor = null;
            pressed = traffic.mark();
            awaitLeaving(live, catcher, traffic, action, act(live, action), pressed);
            previous = null;
        }
    }

    /** Fills the page, takes its picture before the secrets, presses the button; returns the page's mark. */
    private String act(LivePage live, PageAction action) {
        live.fill(action, remaining(), () -> screenshots.add(live.picture()));
        String mark = UUID.randomUUID().toString();
        live.press(action, mark, remaining());
        rules.done(action);
        return mark;
    }

    /**
     * Waits until the browser leaves the page or a script replaces the form, or else until the form has stayed for
     * {@link #LEAVE} with every request sent since {@code pressed} answered: a script waiting for its sign-in API is
     * waited for up to the deadline.
     */
    private void awaitLeaving(LivePage live, RedirectCatcher catcher, PageTraffic traffic, PageAction action,
                              String mark, long pressed) {
        Instant pressedAt = Instant.now();
        while (Instant.now().isBefore(end) && !catcher.holding()) {
            if (live.stillShows(mark, action.formSelector()).equals(Optional.of(false))) {
                return;
            }
            Instant quietSince = max(pressedAt, traffic.lastAnswered());
            if (traffic.pendingAfter(pressed).isEmpty()
                    && Duration.between(quietSince, Instant.now()).compareTo(LEAVE) >= 0) {
                return;
            }
            pause();
        }
    }

    private Arrival arrive(RedirectCatcher.Caught caught, OutgoingRequest authorization) {
        AuthorizationResponse response;
        Arrival.Via via;
        HttpResult last;
        if (caught.method().equals("POST")) {
            response = AuthorizationResponse.of(Urls.parameters(caught.body() == null ? "" : caught.body()));
            via = Arrival.Via.FORM_POST;
            last = new HttpResult(authorization, 200, "OK", List.of(), new byte[0], StandardCharsets.UTF_8, 0,
                    Map.of());
        } else {
            response = AuthorizationResponse.fromUri(caught.uri());
            via = Arrival.Via.REDIRECT;
            last = new HttpResult(authorization, 302, "Found", List.of(new Header("Location",
                    caught.uri().toString())), new byte[0], StandardCharsets.UTF_8, 0, Map.of());
        }
        return rules.arrive(last, response, via);
    }

    private SignInException timedOut(LivePage live, SignInException waitingFor, HttpResult shown,
                                     Optional<PageTraffic.Pending> unanswered) {
        if (unanswered.isPresent()) {
            return new SignInException("no sign-in reached the redirect URI within " + seconds(wait) + ": the page's "
                    + "request " + unanswered.get().told() + ", sent after its button was pressed, had no answer");
        }
        if (waitingFor != null) {
            return new SignInException("no sign-in reached the redirect URI within " + seconds(wait) + ": "
                    + waitingFor.getMessage() + visibleFields(live));
        }
        return new SignInException("no sign-in reached the redirect URI within " + seconds(wait) + "; "
                + (shown == null ? "the page never finished loading" : "the page at "
                + Urls.withoutQuery(shown.request().uri()) + " never held still\n" + SignInRules.says(shown)));
    }

    private static String visibleFields(LivePage live) {
        List<String> fields = live.visibleFields();
        return "\nthe fields it shows: " + (fields.isEmpty() ? "none" : fields.stream().map(f -> "'" + f + "'")
                .collect(Collectors.joining(", ")));
    }

    /** The failure, told with typed values masked and the pictures of the pages named. */
    private SignInException failed(LivePage live, SignInException e) {
        List<String> secretNames = rules.signIn().fields().keySet().stream().filter(SecretNames::isSecret).toList();
        byte[] last;
        try {
            last = live.pictureWithoutSecrets(secretNames);
        } catch (RuntimeException pictureFailed) {
            last = null;
        }
        List<Path> files = screenshots.write(last);
        String pictures = files.isEmpty() ? "" : "\nscreenshots of the pages on the way: " + files.stream()
                .map(Path::toString).collect(Collectors.joining(", "));
        return rules.told(e.withMessage(e.getMessage() + pictures)).withScreenshots(files);
    }

    private Duration remaining() {
        Duration left = Duration.between(Instant.now(), end);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static boolean same(HttpResult a, HttpResult b) {
        return a.request().uri().equals(b.request().uri()) && Arrays.equals(a.body(), b.body());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebDriverException("interrupted");
        }
    }
}
