package dev.baton.auth.types;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthContext;
import dev.baton.auth.AuthType;
import dev.baton.auth.TokenRequestException;
import dev.baton.http.TransportException;
import dev.baton.model.FormatException;
import dev.baton.model.Text;
import dev.baton.model.Tree;

import java.util.List;

/**
 * An auth type that gets an access token and sends it as {@code Authorization: Bearer ...} on every step that sends
 * no credentials of its own, setting {@code <<auth.access_token>>}. Its block names a token endpoint and a client;
 * each type says which keys it needs and how it gets the token.
 */
abstract class TokenHelperType implements AuthType {

    @Override
    public List<String> keys() {
        return List.of("tokenUrl", "clientId", "clientSecret", "scope");
    }

    /** The keys the block must write. */
    abstract List<String> required();

    /** The token endpoint when the block names none. */
    Text defaultTokenUrl() {
        return null;
    }

    /** The access token for these values, fetched or reused. */
    abstract String token(TokenRequest request, AuthContext context) throws TokenRequestException,
            TransportException;

    /** What the type did since the last call that the step's output should say (a rotated refresh token kept). */
    List<String> takeNotes(TokenRequest request, AuthContext context) {
        return List.of();
    }

    @Override
    public AuthBlock read(Tree.Mapping block) throws FormatException {
        for (String key : required()) {
            block.required(key, "auth of type " + name());
        }
        return new TokenHelper(this, block.textOf("tokenUrl").orElse(defaultTokenUrl()),
                block.textOf("clientId").orElse(null), block.textOf("clientSecret").orElse(null),
                block.textOf("scope").orElse(null), block.textOf("accountId").orElse(null),
                block.textOf("refreshToken").orElse(null), block.textOf("saveRefreshToken").orElse(null),
                block.position());
    }
}
