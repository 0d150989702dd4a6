package dev.baton.audit;

import dev.baton.auth.AuthorizationResponse;
import dev.baton.http.HttpResult;

import java.net.URI;
import java.util.List;

/**
 * Where an authorization request ended, with every response on the way (the sign-in and consent pages included).
 *
 * @param ending    how it ended
 * @param response  what the server sent to the client, when it got there (arrived or elsewhere at a client URI)
 * @param location  the client URI the browser was sent to, or {@code null}
 * @param responses every response, the first being the authorization endpoint's
 * @param detail    what the last response was, for messages: {@code HTTP 400 text/html}, or why the sign-in stopped
 */
public record AuthorizationAttempt(Ending ending, AuthorizationResponse response, URI location,
                                   List<HttpResult> responses, String detail) {

    /** How an authorization request ended. */
    public enum Ending {
        /** The browser was sent to the redirect URI of the request. */
        ARRIVED,
        /** The browser was sent to another URI of the client (such as the registered one). */
        ELSEWHERE,
        /** The server sent the browser to no client URI: an error page, an error status, a sign-in that stopped. */
        STOPPED
    }

    public AuthorizationAttempt {
        responses = List.copyOf(responses);
    }

    /** Whether the browser was sent to a client URI at all, carrying a code or an error. */
    public boolean redirected() {
        return ending != Ending.STOPPED;
    }

    /** The authorization endpoint's own response. */
    public HttpResult first() {
        return responses.get(0);
    }

    /** What the client got, or where it stopped, for messages. */
    public String summary() {
        return switch (ending) {
            case ARRIVED, ELSEWHERE -> (response.isError() ? "redirected with error=" + response.error()
                    : response.code() != null ? "redirected with a code" : "redirected")
                    + (ending == Ending.ELSEWHERE ? " to " + withoutQuery(location) : "");
            case STOPPED -> "no redirect to the client (" + detail + ")";
        };
    }

    private static String withoutQuery(URI uri) {
        String text = uri.toString();
        int cut = text.indexOf('?');
        return cut < 0 ? text : text.substring(0, cut);
    }
}
