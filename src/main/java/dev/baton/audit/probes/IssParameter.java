package dev.baton.audit.probes;

import dev.baton.audit.AuthorizationAttempt;
import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 9207 §2: "In authorization responses to the client, including error responses, an authorization server
 * supporting this specification MUST indicate its identity by including the iss parameter", equal to the metadata's
 * {@code issuer} (§2.3). Applies when the metadata sets {@code authorization_response_iss_parameter_supported} (§3);
 * checks a code response and an error response (an unknown {@code code_challenge_method}).
 */
public final class IssParameter extends Described {

    static final String FLAG = "authorization_response_iss_parameter_supported";

    public IssParameter() {
        super("iss-parameter", "iss in the authorization response", Citation.must("RFC 9207", "2"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        if (!context.server().flag(FLAG)) {
            return Verdict.notApplicable("the metadata does not set " + FLAG);
        }
        String issuer = context.server().issuer();
        try {
            List<Verdict.Check> checks = new ArrayList<>();
            Flow flow = new Flow(context);
            AuthorizationAttempt success = flow.authorize(flow.query());
            if (success.ending() != AuthorizationAttempt.Ending.ARRIVED) {
                throw new Inconclusive("the authorization request did not reach the client: " + success.summary());
            }
            checks.add(check("iss in a code response", success.response().issuer(), issuer));
            Flow failing = new Flow(context);
            Map<String, String> query = failing.query();
            query.put("code_challenge_method", "baton-unknown-method");
            AuthorizationAttempt error = failing.authorize(query);
            if (error.ending() == AuthorizationAttempt.Ending.ARRIVED && error.response().isError()) {
                checks.add(check("iss in an error response", error.response().issuer(), issuer));
            }
            return Verdict.of(checks);
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }

    private static Verdict.Check check(String label, String actual, String issuer) {
        if (actual == null) {
            return new Verdict.Check(label, false, "missing");
        }
        return new Verdict.Check(label, actual.equals(issuer), actual.equals(issuer) ? "is the issuer"
                : "is '" + actual + "', the issuer is '" + issuer + "'");
    }
}
