package dev.baton.audit.probes;

import dev.baton.audit.AuditClient;
import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;

import java.util.Optional;

/**
 * RFC 6749 §4.1.3: the server must "ensure that the authorization code was issued to the authenticated confidential
 * client, or if the client is public, ensure that the code was issued to client_id in the request". Redeems the
 * audit client's code as the audit's other client. Not applicable without an other client.
 */
public final class CodeBoundToClient extends Described {

    public CodeBoundToClient() {
        super("code-bound-to-client", "a code bound to its client", Citation.must("RFC 6749", "4.1.3"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        Optional<AuditClient> other = context.otherClient();
        if (other.isEmpty()) {
            return Verdict.notApplicable("the audit names no otherClient to redeem the code as");
        }
        try {
            Flow flow = new Flow(context);
            String code = flow.code(flow.query(), "authorization request with S256 PKCE");
            return Refusals.atTokenEndpoint("the code redeemed by " + other.get().clientId(),
                    context.token(other.get(), flow.exchange(code, flow.pkce().codeVerifier())),
                    "a code issued to " + context.client().clientId() + ", redeemed by " + other.get().clientId());
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
