package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;

import java.util.List;
import java.util.Map;

/**
 * RFC 9700 §2.1.1: clients SHOULD use a challenge method that does not expose the verifier in the authorization
 * request, and "currently, S256 is the only such method". Applies when the server supports S256; sends
 * {@code code_challenge_method=plain} and passes when the server refuses it, at either endpoint.
 */
public final class PlainRefused extends Described {

    public PlainRefused() {
        super("pkce-plain", "plain PKCE refused when S256 is supported", Citation.should("RFC 9700", "2.1.1"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        List<String> methods = context.server().list("code_challenge_methods_supported");
        if (context.server().has("code_challenge_methods_supported") && !methods.contains("S256")) {
            return Verdict.notApplicable("the metadata lists code_challenge_methods_supported " + methods
                    + " without S256");
        }
        try {
            Flow flow = new Flow(context);
            Map<String, String> query = flow.plainQuery();
            query.put("code_challenge", flow.pkce().codeVerifier());
            query.put("code_challenge_method", "plain");
            String label = "code_challenge_method=plain";
            var attempt = flow.authorize(query);
            Verdict refused = Refusals.atAuthorizationEndpoint(flow, label, attempt);
            if (refused != null) {
                return refused;
            }
            context.secret(attempt.response().code());
            return Refusals.atTokenEndpoint(label, flow.redeem(attempt.response().code(), flow.pkce().codeVerifier()),
                    "a code whose challenge used the plain method");
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
