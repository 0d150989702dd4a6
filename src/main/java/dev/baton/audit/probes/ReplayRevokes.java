package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.TokenReply;
import dev.baton.audit.Verdict;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RFC 6749 §4.1.2: on a code used twice the server "SHOULD revoke (when possible) all tokens previously issued based
 * on that authorization code". Redeems a code, replays it, then tries the first tokens: the access token at the
 * userinfo endpoint when there is one, else the refresh token. Not applicable when neither can be tried.
 */
public final class ReplayRevokes extends Described {

    public ReplayRevokes() {
        super("code-reuse-revokes", "a replayed code revokes its tokens", Citation.should("RFC 6749", "4.1.2"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            Optional<String> userinfo = context.server().text("userinfo_endpoint");
            Flow flow = new Flow(context);
            Flow.Grant grant = flow.tokens();
            if (userinfo.isEmpty() && grant.reply().refreshToken() == null) {
                return Verdict.notApplicable("no userinfo endpoint and no refresh token to try the first tokens with");
            }
            TokenReply replay = flow.redeem(grant.code(), flow.pkce().codeVerifier());
            if (replay.issued()) {
                return Verdict.failed("the replayed code", "was redeemed a second time (see code-reuse)");
            }
            if (userinfo.isPresent()) {
                HttpResult answer = context.send(new OutgoingRequest("GET", URI.create(userinfo.get()),
                        List.of(new Header("Authorization", "Bearer " + grant.reply().accessToken())), null, null,
                        null));
                return answer.status() / 100 == 2
                        ? Verdict.failed("the first access token at the userinfo endpoint", "still works after the "
                        + "code was replayed (HTTP " + answer.status() + ")")
                        : Verdict.passed("the first access token at the userinfo endpoint", "refused after the "
                        + "replay (HTTP " + answer.status() + ")");
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "refresh_token");
            form.put("refresh_token", grant.reply().refreshToken());
            TokenReply refreshed = context.token(context.client(), form);
            return refreshed.issued()
                    ? Verdict.failed("the first refresh token", "still works after the code was replayed")
                    : Verdict.passed("the first refresh token", "refused after the replay: " + refreshed.summary());
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
