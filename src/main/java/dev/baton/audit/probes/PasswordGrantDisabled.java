package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Inconclusive;
import dev.baton.audit.ProbeContext;
import dev.baton.audit.TokenReply;
import dev.baton.audit.Verdict;
import dev.baton.auth.PkceSession;
import dev.baton.http.TransportException;
import dev.baton.model.PkceMethod;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 9700 §2.4: "The resource owner password credentials grant MUST NOT be used." Posts
 * {@code grant_type=password} with a made-up user and password: a server without the grant answers
 * {@code unsupported_grant_type} (or {@code unauthorized_client}); one that checks the credentials
 * ({@code invalid_grant}) or issues tokens has it enabled.
 */
public final class PasswordGrantDisabled extends Described {

    public PasswordGrantDisabled() {
        super("password-grant-disabled", "the resource owner password grant disabled",
                Citation.must("RFC 9700", "2.4"));
    }

    @Override
    public Verdict run(ProbeContext context) throws Inconclusive {
        try {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "password");
            form.put("username", "baton-audit-probe");
            String password = PkceSession.create(PkceMethod.S256, null, null).codeVerifier();
            context.secret(password);
            form.put("password", password);
            if (context.client().scope() != null) {
                form.put("scope", context.client().scope());
            }
            TokenReply reply = context.token(context.client(), form);
            String label = "grant_type=password";
            if (reply.issued()) {
                return Verdict.failed(label, "the token endpoint issued tokens for a made-up user");
            }
            if ("invalid_grant".equals(reply.error())) {
                return Verdict.failed(label, "the grant is enabled: the token endpoint checked the credentials ("
                        + reply.summary() + ")");
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
