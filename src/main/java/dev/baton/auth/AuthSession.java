package dev.baton.auth;

import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.model.OAuthRole;
import dev.baton.template.TemplateException;

import java.util.List;
import java.util.Optional;

/**
 * What an {@code auth:} block does in one iteration: what it adds to the steps' requests and what an authorization
 * step checks against. Every method has a default that adds nothing.
 */
public interface AuthSession {

    /** A session that adds nothing, for a collection without an {@code auth:} block. */
    AuthSession NONE = new AuthSession() {
    };

    /**
     * Called before each step is rendered, so that the variables the block defines have their values (a token
     * helper fetches its token here, once per run until it expires).
     *
     * @throws AuthFailure when it cannot get what it provides
     */
    default void beforeStep() {
    }

    /** What the block did since the last call that the step's checks should say, holding no secret. */
    default List<String> takeNotes() {
        return List.of();
    }

    /** What the block adds to a step that plays {@code role} in an authorization-code flow, where the step writes none. */
    default RequestAdditions additions(OAuthRole role) {
        return RequestAdditions.NONE;
    }

    /**
     * The request chain of every step, around {@code next} (which follows redirects when the step asks): a bearer
     * token, an API key, later a DPoP proof. The sign-in driver's requests do not pass it.
     */
    default HttpSender around(HttpSender next) {
        return next;
    }

    /**
     * The chain of each request as it goes on the wire, inside the redirect follower, so that every hop of a
     * redirected request passes it: for what is made for one method and URL, such as a DPoP proof (RFC 9449 §4.2).
     * The sign-in driver's requests do not pass it.
     */
    default HttpSender aroundEachHop(HttpSender next) {
        return next;
    }

    /**
     * The authorization request as the browser sends it, from the one the step wrote: a block with pushed
     * authorization requests (RFC 9126) pushes its parameters and sends only {@code client_id} and
     * {@code request_uri}; by default the request as written.
     *
     * @throws AuthFailure when the parameters cannot be pushed
     */
    default OutgoingRequest authorizationRequest(OutgoingRequest written) {
        return written;
    }

    /** The {@code state} an authorization response must return, when the block made it. */
    default Optional<String> state() {
        return Optional.empty();
    }

    /** Where the authorization flow ends, when the block says so rather than the request's {@code redirect_uri}. */
    default Optional<String> redirectUri() throws TemplateException {
        return Optional.empty();
    }

    /** The issuer an authorization response must name in {@code iss} (RFC 9207), when the block says. */
    default Optional<String> issuer() throws TemplateException {
        return Optional.empty();
    }

    /**
     * What the block checks of a step's exchange, recorded with the step's own checks: an OpenID Connect block
     * validates the ID token of a token response and the {@code sub} of a userinfo response.
     *
     * @param role     the step's part in an authorization-code flow
     * @param sent     the request as the step rendered it
     * @param received the last response
     */
    default List<AuthorizationOutcome.Check> checks(OAuthRole role, OutgoingRequest sent, HttpResult received) {
        return List.of();
    }
}
