package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.TokenReply;
import dev.baton.audit.Verdict;
import dev.baton.http.TransportException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 9700 §4.14.2 (and §2.2.2): for public clients the server "MUST utilize one of these methods to detect refresh
 * token replay": sender-constrained refresh tokens, or rotation, where "the previous refresh token is invalidated".
 * Refreshes once, then presents the first refresh token again. Passes when the first one is refused, or when the
 * tokens are DPoP-bound; not applicable to a confidential client or when no refresh token is issued.
 */
public final class RefreshRotation extends Described {

    public RefreshRotation() {
        super("refresh-rotation", "refresh tokens of a public client rotated or sender-constrained",
                Citation.must("RFC 9700", "4.14.2"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        if (!context.client().isPublic()) {
            return Verdict.notApplicable("the audit's client is confidential: RFC 6749 binds its refresh tokens to "
                    + "its authentication");
        }
        try {
            Flow.Grant grant = new Flow(context).tokens();
            String first = grant.reply().refreshToken();
            if (first == null) {
                return Verdict.notApplicable("the server issued no refresh token (scope: "
                        + context.client().scope() + ")");
            }
            if ("dpop".equalsIgnoreCase(grant.reply().tokenType())) {
                return Verdict.passed("the refresh token", "is sender-constrained (token_type DPoP)");
            }
            TokenReply refreshed = context.token(context.client(), refresh(first));
            if (!refreshed.issued()) {
                throw new Inconclusive("the first refresh was refused: " + refreshed.summary());
            }
            TokenReply replayed = context.token(context.client(), refresh(first));
            if (!replayed.issued()) {
                return Verdict.passed("the first refresh token after a refresh", "refused: " + replayed.summary());
            }
            boolean rotated = refreshed.refreshToken() != null && !refreshed.refreshToken().equals(first);
            return Verdict.failed("the first refresh token after a refresh", rotated
                    ? "still works although a new one was issued" : "still works: it was not rotated");
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }

    private static Map<String, String> refresh(String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", token);
        return form;
    }
}
