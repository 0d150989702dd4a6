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
 * RFC 9700 §4.1.3: "the authorization server MUST ensure that the two URIs are equal" by simple string comparison.
 * Sends the authorization request with the registered redirect URI changed in one part at a time (another path, a
 * query added, another port, a subdomain) and fails for each one the server sends the browser to, with a code or an
 * error alike.
 */
public final class RedirectUriExact extends Described {

    public RedirectUriExact() {
        super("redirect-uri-exact", "redirect URIs matched exactly", Citation.must("RFC 9700", "4.1.3"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            List<Verdict.Check> checks = new ArrayList<>();
            boolean stopped = false;
            for (Map.Entry<String, String> variant : Variants.of(context.client().redirectUri()).entrySet()) {
                Flow flow = new Flow(context);
                Map<String, String> query = flow.query();
                query.put("redirect_uri", variant.getValue());
                AuthorizationAttempt attempt = context.authorize(query, variant.getValue());
                boolean sent = attempt.location() != null && Variants.sentTo(attempt.location(), variant.getValue());
                stopped |= attempt.ending() == AuthorizationAttempt.Ending.STOPPED;
                checks.add(new Verdict.Check("redirect_uri with " + variant.getKey(), !sent, sent
                        ? "the server sent the browser there: " + attempt.summary() : attempt.summary()));
            }
            if (stopped) {
                new Flow(context).control();
            }
            return Verdict.of(checks);
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
