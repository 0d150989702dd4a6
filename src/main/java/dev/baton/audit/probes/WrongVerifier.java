package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.auth.PkceSession;
import dev.baton.http.TransportException;
import dev.baton.model.PkceMethod;

/**
 * RFC 9700 §2.1.1: when the authorization request had a valid {@code code_challenge}, "the authorization server MUST
 * enforce the correct usage of code_verifier at the token endpoint" (RFC 7636 §4.6). Redeems an S256 code with
 * another well-formed verifier.
 */
public final class WrongVerifier extends Described {

    public WrongVerifier() {
        super("pkce-wrong-verifier", "a wrong code_verifier refused", Citation.must("RFC 9700", "2.1.1"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            Flow flow = new Flow(context);
            String code = flow.code(flow.query(), "authorization request with S256 PKCE");
            String wrong = PkceSession.create(PkceMethod.S256, null, null).codeVerifier();
            context.secret(wrong);
            return Refusals.atTokenEndpoint("token request with another code_verifier", flow.redeem(code, wrong),
                    "a code_verifier that does not match the code_challenge");
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
