package dev.baton.auth;

import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;
import dev.baton.secret.Redactor;

import java.net.URI;
import java.util.Objects;

/**
 * Drives HTML sign-in and consent pages with Jsoup until the server redirects to the redirect URI: follows
 * redirects as a browser does, fills and submits forms (hidden inputs kept, cookies carried by the
 * {@link HttpSender}), and stops with a {@link SignInException} on an error page, a form that comes back after it was
 * submitted (a wrong password), or after {@link SignIn#maxPages()} pages and redirects.
 */
public final class SignInDriver {

    private final HttpSender sender;

    /** A driver sending through {@code sender}, which must keep cookies across requests as a browser does. */
    public SignInDriver(HttpSender sender) {
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    /**
     * Starts from {@code first}, the response to the authorization request already sent by the caller, and returns
     * the response whose {@code Location} points at {@code redirectUri} (same scheme, host, port and path; query and
     * fragment ignored). If {@code first} already is that redirect, returns it at once. The redirect URI is never
     * requested.
     *
     * @throws SignInException    when the flow cannot reach the redirect URI; the message never holds field values
     * @throws TransportException when a request gets no response
     */
    public HttpResult drive(HttpResult first, SignIn signIn, String redirectUri)
            throws SignInException, TransportException {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(redirectUri, "redirectUri");
        try {
            return run(first, signIn, RedirectTarget.of(redirectUri));
        } catch (SignInException e) {
            Redactor redactor = new Redactor();
            signIn.fields().values().forEach(redactor::add);
            String masked = redactor.mask(e.getMessage());
            throw masked.equals(e.getMessage()) ? e : new SignInException(masked);
        }
    }

    private HttpResult run(HttpResult first, SignIn signIn, RedirectTarget target)
            throws SignInException, TransportException {
        HttpResult current = first;
        FormSubmission.Signature submitted = null;
        for (int sent = 0; ; sent++) {
            OutgoingRequest next;
            if (Redirects.isFollowed(current)) {
                URI location = Redirects.location(current);
                if (target.matches(location)) {
                    return current;
                }
                next = Redirects.follow(current, location);
            } else {
                FormSubmission submission = submission(current, signIn, submitted);
                submitted = submission.signature();
                next = submission.request();
            }
            if (sent >= signIn.maxPages()) {
                throw new SignInException("gave up after " + sent + " pages/redirects; last at "
                        + Urls.withoutQuery(current.request().uri()));
            }
            current = sender.send(next);
        }
    }

    private static FormSubmission submission(HttpResult response, SignIn signIn,
                                             FormSubmission.Signature submitted) throws SignInException {
        String where = Urls.withoutQuery(response.request().uri());
        if (!Page.isHtml(response)) {
            String type = response.mediaType().isEmpty() ? "no content type" : response.mediaType();
            throw new SignInException("expected an HTML page at " + where + " but got HTTP " + response.status()
                    + " with " + type + "\nbody starts: " + Page.snippet(response));
        }
        Page page = Page.of(response);
        if (response.status() < 200 || response.status() >= 300) {
            boolean redirect = response.status() >= 300 && response.status() < 400;
            String kind = redirect ? ", a redirect Baton does not follow" : "";
            throw new SignInException("the server answered " + page.status() + " at " + where + kind + "\n"
                    + page.says());
        }
        FormSubmission submission = FormSubmission.of(page, FormChooser.choose(page, signIn), signIn);
        if (submission.signature().equals(submitted)) {
            throw new SignInException("the form at " + where + " came back after it was submitted ("
                    + page.status() + "); check the sign-in fields\n" + page.says());
        }
        return submission;
    }
}
