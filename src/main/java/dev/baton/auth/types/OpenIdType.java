package dev.baton.auth.types;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthType;
import dev.baton.model.FormatException;
import dev.baton.model.Tree;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code auth: {type: openid-connect}}: the PKCE helper of {@code oauth2-pkce} for an OpenID Provider found from its
 * issuer, with a {@code nonce} and ID token validation.
 */
public final class OpenIdType implements AuthType {

    static final String NAME = "openid-connect";
    private static final PkceType PKCE = new PkceType();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> keys() {
        List<String> keys = new ArrayList<>(PKCE.keys());
        keys.addAll(List.of("clientId", "nonce"));
        return keys;
    }

    @Override
    public AuthBlock read(Tree.Mapping block) throws FormatException {
        return new OpenIdAuth((PkceAuth) PKCE.read(block), block.textOf("clientId").orElse(null),
                block.textOf("nonce").orElse(null), block.position());
    }
}
