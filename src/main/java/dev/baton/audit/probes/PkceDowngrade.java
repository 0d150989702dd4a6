package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;

/**
 * RFC 9700 §4.8.2: "if there was no code_challenge in the authorization request, a request to the token endpoint
 * containing a code_verifier is rejected". Sends an authorization request without a challenge (as an attacker who
 * stripped it would) and redeems the code with a verifier. A server that mandates PKCE and refuses the request
 * "implicitly implement[s] this security measure" and passes.
 */
public final class PkceDowngrade extends Described {

    public PkceDowngrade() {
        super("pkce-downgrade", "PKCE downgrade refused", Citation.must("RFC 9700", "4.8.2"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            Flow flow = new Flow(context);
            String label = "code_verifier for a code issued without code_challenge";
            var attempt = flow.authorize(flow.plainQuery());
            Verdict refused = Refusals.atAuthorizationEndpoint(flow, label, attempt);
            if (refused != null) {
                return refused;
            }
            context.secret(attempt.response().code());
            return Refusals.atTokenEndpoint(label, flow.redeem(attempt.response().code(),
                    flow.pkce().codeVerifier()), "a code_verifier with a code whose authorization request had no "
                    + "code_challenge");
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
