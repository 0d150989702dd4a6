package dev.baton.audit.probes;

import dev.baton.audit.AuthorizationAttempt;
import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.HttpResult;
import dev.baton.http.TransportException;

import java.util.List;

/**
 * RFC 9700 §4.12: "Authorization servers that redirect a request that potentially contains the user's credentials
 * therefore MUST NOT use the HTTP 307 status code for redirection", which would post the password on to the client.
 * Signs in and looks at the answer to every form posted on the way.
 */
public final class No307 extends Described {

    public No307() {
        super("no-307", "no 307 redirect after the sign-in form", Citation.must("RFC 9700", "4.12"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            Flow flow = new Flow(context);
            AuthorizationAttempt attempt = flow.authorize(flow.query());
            List<HttpResult> posts = attempt.responses().stream()
                    .filter(r -> "POST".equals(r.request().method())).toList();
            if (posts.isEmpty()) {
                return Verdict.notApplicable("the sign-in posted no form (" + attempt.summary() + ")");
            }
            List<HttpResult> kept = posts.stream().filter(r -> r.status() == 307).toList();
            return kept.isEmpty()
                    ? Verdict.passed("the answers to " + posts.size() + " posted forms", "none is a 307 redirect")
                    : Verdict.failed("the answer to the form posted to " + dev.baton.http.Urls.withoutQuery(
                    kept.get(0).request().uri()), "is a 307 redirect: the browser would post the form on");
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
