package dev.baton.audit.probes;

import dev.baton.audit.AuthorizationAttempt;
import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.Verdict;
import dev.baton.http.HttpResult;
import dev.baton.http.TransportException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 9700 §4.16: "Authorization servers MUST prevent clickjacking attacks", with {@code X-Frame-Options} and CSP;
 * CSP "must be used on the authorization endpoint and, if applicable, other endpoints used to authenticate the user
 * and authorize the client (... login pages, error pages, etc.)". Every HTML page of a sign-in must carry
 * {@code X-Frame-Options: DENY} or {@code SAMEORIGIN}, or a CSP {@code frame-ancestors} directive.
 */
public final class NotFrameable extends Described {

    public NotFrameable() {
        super("clickjacking", "authorization pages not frameable", Citation.must("RFC 9700", "4.16"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            Flow flow = new Flow(context);
            AuthorizationAttempt attempt = flow.authorize(flow.query());
            List<Verdict.Check> checks = new ArrayList<>();
            for (HttpResult page : attempt.responses()) {
                if (page.status() == 200 && page.mediaType().contains("html")) {
                    boolean guarded = guarded(page);
                    checks.add(new Verdict.Check("the page at " + dev.baton.http.Urls.withoutQuery(
                            page.request().uri()), guarded, guarded ? "cannot be framed by another origin"
                            : "has neither X-Frame-Options DENY/SAMEORIGIN nor a CSP frame-ancestors directive"));
                }
            }
            if (checks.isEmpty()) {
                throw new Inconclusive("the authorization showed no HTML page to check (" + attempt.summary() + ")");
            }
            return Verdict.of(checks);
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }

    static boolean guarded(HttpResult page) {
        boolean frameOptions = page.headers("X-Frame-Options").stream().map(v -> v.trim().toUpperCase(Locale.ROOT))
                .anyMatch(v -> v.equals("DENY") || v.equals("SAMEORIGIN"));
        boolean csp = page.headers("Content-Security-Policy").stream()
                .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("frame-ancestors"));
        return frameOptions || csp;
    }
}
