package dev.baton.audit.probes;

import dev.baton.audit.AuthorizationAttempt;
import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;

import java.util.List;
import java.util.Map;

/**
 * RFC 9700 §4.11.2, citing RFC 6749 §4.1.2.1: the server "MUST NOT automatically redirect the user agent in case of
 * an invalid combination of client_id and redirect_uri". Sends an authorization request with a redirect URI that is
 * registered nowhere, and one with the registered redirect URI and an unknown client; fails when the browser is sent
 * to either.
 */
public final class NoOpenRedirect extends Described {

    static final String UNREGISTERED = "https://baton-audit.invalid/oauth/callback";
    static final String UNKNOWN_CLIENT = "baton-audit-unknown-client";

    public NoOpenRedirect() {
        super("open-redirect", "no redirect to an unregistered redirect URI", Citation.must("RFC 9700", "4.11.2"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            Flow flow = new Flow(context);
            Map<String, String> unregistered = flow.query();
            unregistered.put("redirect_uri", UNREGISTERED);
            AuthorizationAttempt first = context.authorize(unregistered, UNREGISTERED);
            Map<String, String> unknown = new Flow(context).query();
            unknown.put("client_id", UNKNOWN_CLIENT);
            AuthorizationAttempt second = context.authorize(unknown, context.client().redirectUri());
            if (!first.redirected() || !second.redirected()) {
                new Flow(context).control();
            }
            return Verdict.of(List.of(
                    new Verdict.Check("an unregistered redirect_uri (" + UNREGISTERED + ")", !first.redirected(),
                            first.summary()),
                    new Verdict.Check("an unknown client_id with the registered redirect_uri", !second.redirected(),
                            second.summary())));
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
