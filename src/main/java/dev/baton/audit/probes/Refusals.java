package dev.baton.audit.probes;

import dev.baton.audit.AuthorizationAttempt;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.TokenReply;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;

/**
 * The common shape of a probe that sends what the server must refuse: refused at the authorization endpoint (an
 * error redirect, or no redirect when a correct request still works), or, when a code is issued anyway, refused at
 * the token endpoint.
 */
final class Refusals {

    private Refusals() {
    }

    /** What a token request the server must refuse got. */
    static Verdict atTokenEndpoint(String label, TokenReply reply, String whatWasSent) {
        if (reply.issued()) {
            return Verdict.failed(label, "the token endpoint issued tokens for " + whatWasSent);
        }
        return Verdict.passed(label, "the token endpoint refused " + whatWasSent + ": " + reply.summary());
    }

    /**
     * What an authorization request that the server may refuse got, when it got no code: passed for an error
     * redirect or a stop (once a control flow shows the sign-in works); {@code null} when it got a code.
     */
    static Verdict atAuthorizationEndpoint(Flow flow, String label, AuthorizationAttempt attempt)
            throws TransportException, Inconclusive {
        if (attempt.ending() == AuthorizationAttempt.Ending.ARRIVED && attempt.response().code() != null) {
            return null;
        }
        if (attempt.ending() == AuthorizationAttempt.Ending.STOPPED) {
            flow.control();
        }
        return Verdict.passed(label, "the authorization endpoint refused it: " + attempt.summary());
    }
}
