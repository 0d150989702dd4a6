package dev.baton.auth;

import dev.baton.cookie.Navigation;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;
import dev.baton.secret.Redactor;

import java.net.URI;
import java.util.LinkedHashMap;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Drives HTML sign-in, second-factor and consent pages as a browser with a person at it would, until the
 * authorization server sends the browser to the redirect URI: redirects, {@code Refresh} headers and meta refreshes
 * followed, navigation headers on every request, forms filled and submitted by the HTML standard, consent granted
 * with the approving button. The redirect URI is never requested: a redirect or refresh to it, or a form posting to
 * it ({@code response_mode=form_post}), ends the drive. Stops with a {@link SignInException} on an error page, a
 * form that comes back after it was submitted (a wrong password), a page that needs JavaScript, or after
 * {@link SignIn#maxPages()} pages and redirects ("too many redirects" when redirects were still coming), listing
 * the requests made on the way ({@link SignInHops}).
 */
public final class SignInDriver {

    private final HttpSender sender;
    private final Redactor secrets;

    /**
     * A driver sending through {@code sender}, which must keep cookies across requests as a browser does. When the
     * sign-in fails, every value it was given to type is registered in {@code secrets} (the run's registry), so that
     * neither its message nor anything else Baton writes quotes it.
     */
    public SignInDriver(HttpSender sender, Redactor secrets) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /**
     * Starts from {@code first}, the response to the authorization request already sent by the caller (with
     * {@link BrowserHeaders#apply}), and returns how the flow reached {@code redirectUri} (same scheme, host, port
     * and path; query and fragment ignored). If {@code first} already is that redirect, returns it at once.
     *
     * @throws SignInException    when the flow cannot reach the redirect URI; the message never holds field values
     * @throws TransportException when a request gets no response
     */
    public Arrival drive(HttpResult first, SignIn signIn, String redirectUri)
            throws SignInException, TransportException {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(redirectUri, "redirectUri");
        return drive(first, new SignInJourney(signIn, RedirectTarget.of(redirectUri)));
    }

    /**
     * Signs in where no redirect URI ends the flow, as at the verification URI of the device grant (RFC 8628 §3.3):
     * from {@code first}, the response to the page's request sent with {@link BrowserHeaders#apply}, until a page
     * with no form to fill follows a form submitted; that page is the {@link Arrival#last()} of an arrival
     * {@link Arrival.Via#DONE}.
     *
     * @throws SignInException    as {@link #drive(HttpResult, SignIn, String)} does
     * @throws TransportException when a request gets no response
     */
    public Arrival complete(HttpResult first, SignIn signIn) throws SignInException, TransportException {
        Objects.requireNonNull(first, "first");
        return drive(first, new SignInJourney(Objects.requireNonNull(signIn, "signIn"), RedirectTarget.NONE));
    }

    private Arrival drive(HttpResult first, SignInJourney journey) throws SignInException, TransportException {
        SignIn signIn = journey.signIn();
        try {
            return run(first, journey);
        } catch (SignInException e) {
            signIn.allValues().forEach(secrets::add);
            throw journey.told(e);
        }
    }

    private Arrival run(HttpResult first, SignInJourney journey) throws SignInException, TransportException {
        HttpResult current = first;
        SignInHops hops = new SignInHops(first.request());
        for (int sent = 0; ; sent++) {
            OutgoingRequest next;
            if (Redirects.isFollowed(current)) {
                URI location = Redirects.location(current);
                if (journey.target().matches(location)) {
                    return journey.arrive(current, AuthorizationResponse.fromUri(location), Arrival.Via.REDIRECT);
                }
                next = journey.signIn().headers().apply(Redirects.follow(current, location));
            } else {
                Page page = Page.isHtml(current) ? Page.withForms(current) : null;
                var refresh = Refresh.of(current, page);
                if (refresh.isPresent() && journey.target().matches(refresh.get().target())) {
                    return journey.arrive(current, AuthorizationResponse.fromUri(refresh.get().target()),
                            Arrival.Via.REFRESH);
                }
                if (refresh.isPresent() && followsRefresh(current, page, refresh.get())) {
                    next = journey.signIn().headers().apply(new OutgoingRequest("GET",
                            Urls.withoutFragment(refresh.get().target()), List.of(), null, null,
                            current.request().timeout(), Navigation.from(current.request().uri())));
                } else if (journey.endsHere(current, page)) {
                    return journey.arrive(current, AuthorizationResponse.of(Map.of()), Arrival.Via.DONE);
                } else {
                    FormSubmission submission = journey.submission(current, page);
                    if (journey.target().matches(submission.action())) {
                        return journey.arrive(current, AuthorizationResponse.of(parameters(submission)),
                                Arrival.Via.FORM_POST);
                    }
                    secretsInTheirEncoding(submission);
                    next = submission.request();
                }
            }
            hops.next(current.status(), next);
            if (sent >= journey.signIn().maxPages()) {
                throw new SignInException((Redirects.isFollowed(current) ? "too many redirects during the sign-in"
                        + " (more than " + sent + " pages and redirects, login.maxPages)"
                        : "gave up after " + sent + " pages and redirects (login.maxPages)")
                        + (hops.loops() ? ", in a loop: " : ": ") + hops);
            }
            current = sender.send(next);
        }
    }

    /**
     * A refresh is followed at once, whatever its delay, when the page has nothing else to do (no form) or asks
     * for no delay; a page with a form and a slow refresh (a session timeout) is filled instead.
     */
    private static boolean followsRefresh(HttpResult current, Page page, Refresh refresh) {
        boolean elsewhere = !Urls.withoutFragment(refresh.target()).equals(Urls.withoutFragment(
                current.request().uri()));
        boolean nothingElse = page == null || page.document().forms().isEmpty();
        return elsewhere && (nothingElse || refresh.delaySeconds() == 0);
    }

    /** The first value of each name, as the redirect's query is read. */
    /**
     * A form sent in another encoding than UTF-8 carries a secret (a non-ASCII password) in bytes the masking does
     * not know: its percent-encoded form, and its bytes as a report may show them, are registered before it is sent.
     */
    private void secretsInTheirEncoding(FormSubmission submission) {
        if (submission.charset().equals(FormCharset.UTF_8)) {
            return;
        }
        for (EntryList.Entry entry : submission.entries()) {
            if (secrets.isKnown(entry.value())) {
                byte[] bytes = submission.charset().bytes(entry.value());
                secrets.add(submission.charset().urlencoded(entry.value()));
                secrets.add(new String(bytes, StandardCharsets.ISO_8859_1));
                secrets.add(new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }

    private static Map<String, String> parameters(FormSubmission submission) {
        Map<String, String> parameters = new LinkedHashMap<>();
        submission.entries().stream().filter(e -> !e.value().isEmpty())
                .forEach(e -> parameters.putIfAbsent(e.name(), e.value()));
        return parameters;
    }
}
