package dev.baton.auth.types;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthType;
import dev.baton.model.FormatException;
import dev.baton.model.PkceMethod;
import dev.baton.model.Tree;

import java.util.List;
import java.util.Optional;

/** {@code auth: {type: oauth2-pkce}}: the PKCE helper (RFC 7636), with values pinned for a reproducible run. */
public final class PkceType implements AuthType {

    static final String NAME = "oauth2-pkce";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("method", "codeVerifier", "state", "redirectUri", "issuer");
    }

    @Override
    public AuthBlock read(Tree.Mapping block) throws FormatException {
        PkceMethod method = PkceMethod.S256;
        Optional<Tree> written = block.get("method");
        if (written.isPresent()) {
            String value = written.get().string("auth method");
            method = switch (value) {
                case "S256" -> PkceMethod.S256;
                case "plain" -> PkceMethod.PLAIN;
                default -> throw new FormatException(written.get().position(), "auth method must be S256 or plain, "
                        + "found '" + value + "'");
            };
        }
        return new PkceAuth(method, block.textOf("codeVerifier").orElse(null), block.textOf("state").orElse(null),
                block.textOf("redirectUri").orElse(null), block.textOf("issuer").orElse(null), block.position());
    }
}
