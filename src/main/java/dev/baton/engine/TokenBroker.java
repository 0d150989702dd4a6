package dev.baton.engine;

import dev.baton.auth.AccountCredentialsGrant;
import dev.baton.auth.ClientCredentialsGrant;
import dev.baton.auth.OAuthClient;
import dev.baton.auth.RefreshTokenGrant;
import dev.baton.auth.StoredToken;
import dev.baton.auth.StoredTokens;
import dev.baton.auth.TokenCache;
import dev.baton.auth.TokenRequestException;
import dev.baton.auth.TokenSource;
import dev.baton.http.HttpSender;
import dev.baton.http.TransportException;
import dev.baton.model.Text;
import dev.baton.model.TokenAuth;
import dev.baton.model.TokenGrant;
import dev.baton.secret.Redactor;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens of a run's token helpers: each fetched once per run, reused by every collection and iteration
 * until it expires.
 */
final class TokenBroker {

    private final HttpSender sender;
    private final Redactor redactor;
    private final String environment;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, TokenCache> caches = new ConcurrentHashMap<>();

    TokenBroker(HttpSender sender, Redactor redactor, String environment) {
        this.sender = sender;
        this.redactor = redactor;
        this.environment = environment;
    }

    /** The access token for the helper, its placeholders resolved with the iteration's variables. */
    String accessToken(TokenAuth auth, Variables variables) throws TemplateException, TokenRequestException,
            TransportException {
        URI tokenUrl = uri(variables.resolve(auth.tokenUrl()), auth);
        String clientId = variables.resolve(auth.clientId());
        String secret = auth.clientSecret() == null ? null : variables.resolve(auth.clientSecret());
        String scope = auth.scope() == null ? null : variables.resolve(auth.scope());
        String account = auth.accountId() == null ? null : variables.resolve(auth.accountId());
        redactor.add(secret);
        if (auth.grant() == TokenGrant.LOGIN) {
            return stored(tokenUrl, clientId, secret);
        }
        String key = String.join("\u0000", auth.grant().name(), tokenUrl.toString(), clientId,
                String.valueOf(scope), String.valueOf(account));
        TokenCache cache = caches.computeIfAbsent(key, k -> new TokenCache(source(auth.grant(), tokenUrl, clientId,
                secret, scope, account), clock));
        String token = cache.accessToken();
        redactor.add(token);
        return token;
    }

    private TokenSource source(TokenGrant grant, URI tokenUrl, String clientId, String secret, String scope,
                               String account) {
        return grant == TokenGrant.ACCOUNT_CREDENTIALS
                ? new AccountCredentialsGrant(sender, tokenUrl, clientId, secret, account)
                : new ClientCredentialsGrant(sender, tokenUrl, clientId, secret, scope);
    }

    private String stored(URI tokenUrl, String clientId, String secret) throws TokenRequestException,
            TransportException {
        OAuthClient client = secret == null || secret.isEmpty() ? OAuthClient.publicClient(clientId)
                : OAuthClient.confidential(clientId, secret);
        try {
            StoredToken token = StoredTokens.forThisProcess().current(environment, clientId,
                    new RefreshTokenGrant(sender, tokenUrl, client), clock)
                    .orElseThrow(() -> new StepError("no stored sign-in for environment '" + environment
                            + "' and client '" + clientId + "': run 'baton auth login --env " + environment
                            + "' first"));
            redactor.add(token.accessToken());
            redactor.add(token.refreshToken());
            return token.accessToken();
        } catch (IOException e) {
            throw new StepError("cannot read the stored sign-in: " + e.getMessage());
        }
    }

    private static URI uri(String url, TokenAuth auth) throws TemplateException {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        Text where = auth.tokenUrl();
        throw new TemplateException(where.position(), "tokenUrl must be an http:// or https:// URL");
    }
}
