package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;

/**
 * RFC 9700 §2.1.1: "Public clients MUST use PKCE". Sends the public client's authorization request without a
 * {@code code_challenge}; passes when it is refused there, or when the code it gets is refused at the token endpoint.
 */
public final class PkceRequired extends Described {

    public PkceRequired() {
        super("pkce-required", "PKCE required for a public client", Citation.must("RFC 9700", "2.1.1"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        if (!context.client().isPublic()) {
            return Verdict.notApplicable("the audit's client is confidential; RFC 9700 \u00a72.1.1 requires PKCE of "
                    + "public clients and recommends it for confidential ones");
        }
        try {
            Flow flow = new Flow(context);
            String label = "authorization request without code_challenge";
            var attempt = flow.authorize(flow.plainQuery());
            Verdict refused = Refusals.atAuthorizationEndpoint(flow, label, attempt);
            if (refused != null) {
                return refused;
            }
            context.secret(attempt.response().code());
            return Refusals.atTokenEndpoint(label, flow.redeem(attempt.response().code(), null),
                    "a public client's code obtained without PKCE");
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
