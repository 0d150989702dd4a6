package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.TokenReply;
import dev.baton.audit.UserCredentials;
import dev.baton.audit.Verdict;
import dev.baton.auth.PkceSession;
import dev.baton.http.TransportException;
import dev.baton.model.PkceMethod;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * RFC 9700 §2.4: "The resource owner password credentials grant MUST NOT be used." Posts
 * {@code grant_type=password} with the audit's user (from its sign-in fields), else a made-up one: a server without
 * the grant for this client answers {@code unsupported_grant_type} or {@code unauthorized_client}; one that issues
 * tokens, or refuses the audit's own user's credentials ({@code invalid_grant}), has it enabled. A made-up user's
 * {@code invalid_grant} decides nothing: servers built on oauthlib (Django OAuth Toolkit) check the credentials before
 * they check whether the client may use the grant.
 */
public final class PasswordGrantDisabled extends Described {

    public PasswordGrantDisabled() {
        super("password-grant-disabled", "the resource owner password grant disabled",
                Citation.must("RFC 9700", "2.4"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            Optional<UserCredentials> user = context.user();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "password");
            form.put("username", user.map(UserCredentials::username).orElse("baton-audit-probe"));
            String password = user.map(UserCredentials::password)
                    .orElseGet(() -> PkceSession.create(PkceMethod.S256, null, null).codeVerifier());
            context.secret(password);
            form.put("password", password);
            if (context.client().scope() != null) {
                form.put("scope", context.client().scope());
            }
            TokenReply reply = context.token(context.client(), form);
            String label = "grant_type=password";
            String who = user.isPresent() ? "the audit's user" : "a made-up user";
            if (reply.issued()) {
                return Verdict.failed(label, "the token endpoint issued tokens for " + who);
            }
            if ("invalid_grant".equals(reply.error()) && user.isPresent()) {
                return Verdict.failed(label, "the grant is enabled: the token endpoint checked the user's "
                        + "credentials (" + reply.summary() + ")");
            }
            if ("invalid_grant".equals(reply.error())) {
                throw new Inconclusive("the token endpoint checked a made-up user's credentials (" + reply.summary()
                        + "), which some servers do before they check whether the client may use the grant; name "
                        + "the user and the password in the audit's login fields to decide");
            }
            if (context.server().list("grant_types_supported").contains("password")) {
                return Verdict.failed(label, "refused (" + reply.summary() + "), but the metadata lists password in "
                        + "grant_types_supported");
            }
            return Verdict.passed(label, "refused: " + reply.summary());
        } catch (TransportException e) {
            throw new Inconclusive(e.getMessage());
        }
    }
}
