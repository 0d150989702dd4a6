package dev.baton.auth.types;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthContext;
import dev.baton.auth.AuthSession;
import dev.baton.model.Position;
import dev.baton.model.Text;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The block of a token helper.
 *
 * @param kind         its type
 * @param tokenUrl     the token endpoint
 * @param clientId     the OAuth client id
 * @param clientSecret the client secret, or {@code null}
 * @param scope        the scope asked for, or {@code null}
 * @param accountId    the Zoom account id, or {@code null}
 * @param refreshToken the refresh token to use instead of the token folder's, or {@code null}
 * @param saveRefreshToken where to write the refresh token the server rotates it to, or {@code null}
 * @param position     where the block is written
 */
record TokenHelper(TokenHelperType kind, Text tokenUrl, Text clientId, Text clientSecret, Text scope, Text accountId,
                   Text refreshToken, Text saveRefreshToken, Position position) implements AuthBlock {

    static final String ACCESS_TOKEN = "auth.access_token";

    @Override
    public String type() {
        return kind.name();
    }

    @Override
    public List<Text> texts() {
        return Stream.of(tokenUrl, clientId, clientSecret, scope, accountId, refreshToken, saveRefreshToken).filter(Objects::nonNull).toList();
    }

    @Override
    public List<String> defines() {
        return List.of(ACCESS_TOKEN);
    }

    @Override
    public AuthSession start(AuthContext context) {
        return new BearerToken(this, context);
    }
}
