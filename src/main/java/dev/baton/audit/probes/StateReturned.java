package dev.baton.audit.probes;

import dev.baton.audit.AuthorizationAttempt;
import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;

import java.util.Map;

/**
 * RFC 6749 §4.1.2: {@code state} is "REQUIRED if the state parameter was present in the client authorization
 * request. The exact value received from the client." Sends a state with characters that need encoding (space,
 * {@code + / = & %}, all allowed by Appendix A.5) and compares what comes back.
 */
public final class StateReturned extends Described {

    public StateReturned() {
        super("state-returned", "state returned unchanged", Citation.must("RFC 6749", "4.1.2"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            Flow flow = new Flow(context);
            Map<String, String> query = flow.query();
            String state = flow.pkce().state() + " +/=&%~";
            context.secret(state);
            query.put("state", state);
            AuthorizationAttempt attempt = flow.authorize(query);
            if (attempt.ending() != AuthorizationAttempt.Ending.ARRIVED) {
                throw new Inconclusive("the authorization request did not reach the client: " + attempt.summary());
            }
            String returned = attempt.response().state();
            if (returned == null) {
                return Verdict.failed("state in the authorization response", "missing");
            }
            return returned.equals(state) ? Verdict.passed("state in the authorization response", "returned exactly")
                    : Verdict.failed("state in the authorization response", "differs from the one sent ("
                    + returned.length() + " characters returned, " + state.length() + " sent)");
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
