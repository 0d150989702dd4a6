package dev.baton.auth.types;

import dev.baton.auth.AuthContext;
import dev.baton.auth.ClientCredentialsGrant;
import dev.baton.auth.TokenCache;
import dev.baton.auth.TokenRequestException;
import dev.baton.http.TransportException;

import java.time.Clock;
import java.util.List;

/** {@code auth: {type: client-credentials}}: the client credentials grant (RFC 6749 §4.4), one token per run. */
public final class ClientCredentialsType extends TokenHelperType {

    @Override
    public String name() {
        return "client-credentials";
    }

    @Override
    List<String> required() {
        return List.of("tokenUrl", "clientId", "clientSecret");
    }

    @Override
    String token(TokenRequest request, AuthContext context) throws TokenRequestException, TransportException {
        return context.shared(request.cacheKey(name()), TokenCache.class, () -> new TokenCache(
                new ClientCredentialsGrant(context.sender(), request.tokenUrl(), request.clientId(),
                        request.clientSecret(), request.scope()), Clock.systemUTC())).accessToken();
    }
}
