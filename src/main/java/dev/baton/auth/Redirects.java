package dev.baton.auth;

import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.Urls;

import java.net.URI;
import java.util.Locale;

/** How a browser follows a redirect: where to, and with which method and body. */
final class Redirects {

    private Redirects() {
    }

    /** Whether the response is a redirect a browser follows: 301, 302, 303, 307 or 308 with a Location. */
    static boolean isFollowed(HttpResult response) {
        return dev.baton.http.Redirects.isFollowed(response);
    }

    /** The Location resolved against the request URI. */
    static URI location(HttpResult response) throws SignInException {
        URI from = response.request().uri();
        return Urls.resolve(from, response.header("Location").orElseThrow()).orElseThrow(() ->
                new SignInException("the redirect (HTTP " + response.status() + ") from " + Urls.withoutQuery(from)
                        + " has a Location header that is not a valid URI"));
    }

    /** The request a browser sends next; only http and https targets are followed. */
    static OutgoingRequest follow(HttpResult response, URI location) throws SignInException {
        String scheme = String.valueOf(location.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new SignInException("redirected to " + Urls.withoutQuery(location)
                    + ", which is not the redirect URI and cannot be followed");
        }
        return dev.baton.http.Redirects.next(response, location);
    }
}
