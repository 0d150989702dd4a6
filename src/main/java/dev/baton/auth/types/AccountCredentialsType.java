package dev.baton.auth.types;

import dev.baton.auth.AccountCredentialsGrant;
import dev.baton.auth.AuthContext;
import dev.baton.auth.TokenCache;
import dev.baton.auth.TokenRequestException;
import dev.baton.http.TransportException;
import dev.baton.model.Text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code auth: {type: zoom-account-credentials}}: Zoom's Server-to-Server OAuth ({@code grant_type=account_credentials}
 * with an account id), one token per run; the token endpoint defaults to Zoom's.
 */
public final class AccountCredentialsType extends TokenHelperType {

    private static final Text ZOOM_TOKEN_URL = Text.literal("https://zoom.us/oauth/token");

    @Override
    public String name() {
        return "zoom-account-credentials";
    }

    @Override
    public List<String> keys() {
        List<String> keys = new ArrayList<>(super.keys());
        keys.add("accountId");
        return keys;
    }

    @Override
    List<String> required() {
        return List.of("clientId", "clientSecret", "accountId");
    }

    @Override
    Text defaultTokenUrl() {
        return ZOOM_TOKEN_URL;
    }

    @Override
    String token(TokenRequest request, AuthContext context) throws TokenRequestException, TransportException {
        return context.shared(request.cacheKey(name()), TokenCache.class, () -> new TokenCache(
                new AccountCredentialsGrant(context.sender(), request.tokenUrl(), request.clientId(),
                        request.clientSecret(), request.accountId()), Clock.systemUTC())).accessToken();
    }
}
