package dev.baton.auth.types;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthType;
import dev.baton.model.FormatException;
import dev.baton.model.Text;
import dev.baton.model.Tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        keys.addAll(List.of("clientId", "nonce", "clientAuth", "clientSecret", "clientKey", "par", "dpop"));
        return keys;
    }

    @Override
    public AuthBlock read(Tree.Mapping block) throws FormatException {
        Text clientId = block.textOf("clientId").orElse(null);
        String clientAuth = null;
        Text credential = null;
        Optional<Tree> written = block.get("clientAuth");
        if (written.isPresent()) {
            clientAuth = written.get().string("clientAuth");
            if (!ClientAuthMethod.NAMES.contains(clientAuth)) {
                throw new FormatException(written.get().position(), "clientAuth must be "
                        + String.join(", ", ClientAuthMethod.NAMES.subList(0, ClientAuthMethod.NAMES.size() - 1))
                        + " or " + ClientAuthMethod.NAMES.get(ClientAuthMethod.NAMES.size() - 1) + ", found '"
                        + clientAuth + "'");
            }
            String needs = ClientAuthMethod.credentialKey(clientAuth);
            if (clientId == null) {
                throw new FormatException(written.get().position(), "clientAuth " + clientAuth + " needs clientId "
                        + "(the client it authenticates, RFC 6749 \u00a72.3)");
            }
            String message = "clientAuth " + clientAuth + " needs " + needs;
            credential = block.textOf(needs).orElseThrow(() -> new FormatException(written.get().position(),
                    message));
        }
        boolean par = block.has("par") && block.get("par").orElseThrow().bool("par");
        boolean dpop = block.has("dpop") && block.get("dpop").orElseThrow().bool("dpop");
        return new OpenIdAuth((PkceAuth) PKCE.read(block), clientId, block.textOf("nonce").orElse(null),
                clientAuth, credential, par, dpop, block.position());
    }
}
