package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;

/**
 * RFC 6749 §4.1.2: "If an authorization code is used more than once, the authorization server MUST deny the
 * request". Redeems a code, then redeems it again with the same request.
 */
public final class CodeReuse extends Described {

    public CodeReuse() {
        super("code-reuse", "a code used twice refused", Citation.must("RFC 6749", "4.1.2"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            Flow flow = new Flow(context);
            Flow.Grant grant = flow.tokens();
            return Refusals.atTokenEndpoint("the same token request again", flow.redeem(grant.code(),
                    flow.pkce().codeVerifier()), "a code that had already been redeemed");
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
