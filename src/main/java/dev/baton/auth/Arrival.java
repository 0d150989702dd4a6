package dev.baton.auth;

import dev.baton.http.HttpResult;

import java.util.List;
import java.util.Optional;

/**
 * How a sign-in reached the redirect URI, which Baton never requests.
 *
 * @param last      the last response: the redirect to the redirect URI, or the page that posts or refreshes to it
 * @param response  what the authorization server sent to the redirect URI; nothing when {@code via} is
 *                  {@link Via#DONE}
 * @param via       how it was sent
 * @param pagesSeen the HTML pages on the way, as {@code "Title" at URL}
 * @param unused    why the step's sign-in settings were not all used (a field or page that matched no page), or
 *                  empty
 */
public record Arrival(HttpResult last, AuthorizationResponse response, Via via, List<String> pagesSeen,
                      Optional<String> unused) {

    public Arrival {
        pagesSeen = List.copyOf(pagesSeen);
    }

    /** How the authorization response reached the redirect URI. */
    public enum Via {
        /** An HTTP redirect whose Location is the redirect URI. */
        REDIRECT,
        /** A form the page posts to the redirect URI ({@code response_mode=form_post}), read and not sent. */
        FORM_POST,
        /** A {@code Refresh} header or meta refresh to the redirect URI. */
        REFRESH,
        /** A page with nothing left to fill, at the end of a sign-in that has no redirect URI. */
        DONE
    }
}
