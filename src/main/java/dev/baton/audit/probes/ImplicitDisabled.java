package dev.baton.audit.probes;

import dev.baton.audit.AuthorizationAttempt;
import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;

import java.util.Map;

/**
 * RFC 9700 §2.1.2: clients "SHOULD NOT use the implicit grant (response type token)", whose access tokens leak
 * through the authorization response. Sends {@code response_type=token}; fails when an access token comes back in the
 * redirect.
 */
public final class ImplicitDisabled extends Described {

    public ImplicitDisabled() {
        super("implicit-disabled", "the implicit grant disabled", Citation.should("RFC 9700", "2.1.2"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            Flow flow = new Flow(context);
            Map<String, String> query = flow.plainQuery();
            query.put("response_type", "token");
            AuthorizationAttempt attempt = flow.authorize(query);
            boolean token = attempt.location() != null && String.valueOf(attempt.location().getRawFragment())
                    .contains("access_token=") || attempt.location() != null
                    && String.valueOf(attempt.location().getRawQuery()).contains("access_token=");
            if (token) {
                return Verdict.failed("response_type=token", "the authorization response carries an access token");
            }
            if (attempt.ending() == AuthorizationAttempt.Ending.STOPPED) {
                flow.control();
            }
            return Verdict.passed("response_type=token", "no access token in the authorization response: "
                    + attempt.summary());
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
