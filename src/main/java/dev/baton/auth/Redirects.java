package dev.baton.auth;

import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.Urls;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** How a browser follows a redirect: where to, and with which method and body. */
final class Redirects {

    private static final Set<Integer> FOLLOWED = Set.of(301, 302, 303, 307, 308);

    private Redirects() {
    }

    /** Whether the response is a redirect a browser follows: 301, 302, 303, 307 or 308 with a Location. */
    static boolean isFollowed(HttpResult response) {
        return FOLLOWED.contains(response.status()) && response.header("Location").isPresent();
    }

    /** The Location resolved against the request URI. */
    static URI location(HttpResult response) throws SignInException {
        URI from = response.request().uri();
        return Urls.resolve(from, response.header("Location").orElseThrow()).orElseThrow(() ->
                new SignInException("the redirect (HTTP " + response.status() + ") from " + Urls.withoutQuery(from)
                        + " has a Location header that is not a valid URI"));
    }

    /**
     * The request a browser sends next: 303, and 301 or 302 after a POST, become a GET without body; otherwise the
     * method and body are kept.
     */
    static OutgoingRequest follow(HttpResult response, URI location) throws SignInException {
        String scheme = String.valueOf(location.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new SignInException("redirected to " + Urls.withoutQuery(location)
                    + ", which is not the redirect URI and cannot be followed");
        }
        OutgoingRequest previous = response.request();
        String method = previous.method().toUpperCase(Locale.ROOT);
        boolean toGet = response.status() == 303 && !method.equals("GET") && !method.equals("HEAD")
                || (response.status() == 301 || response.status() == 302) && method.equals("POST");
        URI target = Urls.withoutFragment(location);
        return toGet
                ? new OutgoingRequest("GET", target, FormSubmission.ACCEPT_HTML, null, null, previous.timeout())
                : new OutgoingRequest(method, target, FormSubmission.ACCEPT_HTML, previous.body(),
                previous.contentType(), previous.timeout());
    }
}
