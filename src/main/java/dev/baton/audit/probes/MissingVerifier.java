package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;

/**
 * RFC 9700 §2.1.1 and RFC 7636 §4.6: a code issued for a {@code code_challenge} needs the {@code code_verifier}.
 * Redeems an S256 code without one.
 */
public final class MissingVerifier extends Described {

    public MissingVerifier() {
        super("pkce-missing-verifier", "a missing code_verifier refused", Citation.must("RFC 9700", "2.1.1"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            Flow flow = new Flow(context);
            String code = flow.code(flow.query(), "authorization request with S256 PKCE");
            return Refusals.atTokenEndpoint("token request without code_verifier", flow.redeem(code, null),
                    "a code issued for a code_challenge, redeemed without code_verifier");
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
