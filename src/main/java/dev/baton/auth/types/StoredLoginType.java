package dev.baton.auth.types;

import dev.baton.auth.AuthContext;
import dev.baton.auth.AuthFailure;
import dev.baton.auth.OAuthClient;
import dev.baton.auth.RefreshTokenGrant;
import dev.baton.auth.StoredToken;
import dev.baton.auth.StoredTokens;
import dev.baton.auth.TokenRequestException;
import dev.baton.http.TransportException;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * {@code auth: {type: login}}: the token {@code baton auth login} stored for the run's environment and client,
 * refreshed (RFC 6749 §6) when it has expired.
 */
public final class StoredLoginType extends TokenHelperType {

    @Override
    public String name() {
        return "login";
    }

    @Override
    List<String> required() {
        return List.of("tokenUrl", "clientId");
    }

    @Override
    String token(TokenRequest request, AuthContext context) throws TokenRequestException, TransportException {
        String secret = request.clientSecret();
        OAuthClient client = secret == null || secret.isEmpty() ? OAuthClient.publicClient(request.clientId())
                : OAuthClient.confidential(request.clientId(), secret);
        String environment = context.environment();
        try {
            StoredToken token = StoredTokens.forThisProcess().current(environment, request.clientId(),
                    new RefreshTokenGrant(context.sender(), request.tokenUrl(), client), Clock.systemUTC())
                    .orElseThrow(() -> new AuthFailure("no stored sign-in for environment '" + environment
                            + "' and client '" + request.clientId() + "': run 'baton auth login --env " + environment
                            + "' first", null));
            context.secrets().add(token.refreshToken());
            return token.accessToken();
        } catch (IOException e) {
            throw new AuthFailure("cannot read the stored sign-in: " + e.getMessage(), null);
        }
    }
}
