package dev.baton.auth.types;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthContext;
import dev.baton.auth.AuthFailure;
import dev.baton.auth.OAuthClient;
import dev.baton.auth.RefreshTokenGrant;
import dev.baton.auth.RotatingRefreshToken;
import dev.baton.auth.StoredToken;
import dev.baton.auth.StoredTokens;
import dev.baton.auth.TokenCache;
import dev.baton.auth.TokenRequestException;
import dev.baton.http.TransportException;
import dev.baton.model.FormatException;
import dev.baton.model.Tree;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code auth: {type: login}}: the token {@code baton auth login} stored for the run's environment and client,
 * refreshed (RFC 6749 §6) when it has expired; or, with {@code refreshToken:}, access tokens from a refresh token the
 * run is given (a CI secret), the one the server rotates it to written to {@code saveRefreshToken:}.
 */
public final class StoredLoginType extends TokenHelperType {

    @Override
    public String name() {
        return "login";
    }

    @Override
    public List<String> keys() {
        List<String> keys = new ArrayList<>(super.keys());
        keys.addAll(List.of("refreshToken", "saveRefreshToken"));
        return keys;
    }

    @Override
    List<String> required() {
        return List.of("tokenUrl", "clientId");
    }

    @Override
    public AuthBlock read(Tree.Mapping block) throws FormatException {
        if (block.has("saveRefreshToken") && !block.has("refreshToken")) {
            throw new FormatException(block.keyPosition("saveRefreshToken"), "'saveRefreshToken' goes with "
                    + "'refreshToken': it keeps the token the server rotates the given one to");
        }
        return super.read(block);
    }

    @Override
    String token(TokenRequest request, AuthContext context) throws TokenRequestException, TransportException {
        if (request.refreshToken() != null) {
            return given(request, context);
        }
        String environment = context.environment();
        try {
            StoredToken token = StoredTokens.forThisProcess().current(environment, request.clientId(),
                    grant(request, context), Clock.systemUTC())
                    .orElseThrow(() -> new AuthFailure("no stored sign-in for environment '" + environment
                            + "' and client '" + request.clientId() + "': run 'baton auth login --env " + environment
                            + "' first", null));
            context.secrets().add(token.refreshToken());
            return token.accessToken();
        } catch (IOException e) {
            throw new AuthFailure("cannot read the stored sign-in: " + e.getMessage(), null);
        }
    }

    @Override
    List<String> takeNotes(TokenRequest request, AuthContext context) {
        return request.refreshToken() == null ? List.of() : rotating(request, context).takeNotes();
    }

    /** The access token from the refresh token the block was given, rotated as the server says. */
    private String given(TokenRequest request, AuthContext context) throws TransportException {
        String refreshToken = request.refreshToken().trim();
        context.secrets().add(refreshToken);
        if (refreshToken.isEmpty()) {
            throw new AuthFailure("refreshToken has no value: set the variable it names (in CI, the OS environment "
                    + "variable the secret store sets)", null);
        }
        RotatingRefreshToken source = rotating(request, context);
        try {
            String token = context.shared(key("cache", request), TokenCache.class,
                    () -> new TokenCache(source, Clock.systemUTC())).accessToken();
            context.secrets().add(source.current());
            return token;
        } catch (TokenRequestException e) {
            String environment = context.environment();
            throw new AuthFailure("the authorization server refused the refresh token given by refreshToken: "
                    + e.getMessage() + "; sign in again: run 'baton auth login --env " + environment + "' where a "
                    + "browser is at hand, then put the refresh token it kept ('baton auth status' names the file, "
                    + "member refreshToken) into the CI's secret store", null);
        }
    }

    private RotatingRefreshToken rotating(TokenRequest request, AuthContext context) {
        String saveTo = request.saveRefreshToken() == null ? "" : request.saveRefreshToken().trim();
        return context.shared(key("rotating", request), RotatingRefreshToken.class, () -> new RotatingRefreshToken(
                grant(request, context), request.refreshToken().trim(), saveTo.isEmpty() ? null : Path.of(saveTo)));
    }

    private static Object key(String what, TokenRequest request) {
        return Arrays.asList("login", what, request.tokenUrl().toString(), request.clientId(),
                request.refreshToken().trim());
    }

    private static RefreshTokenGrant grant(TokenRequest request, AuthContext context) {
        String secret = request.clientSecret();
        OAuthClient client = secret == null || secret.isEmpty() ? OAuthClient.publicClient(request.clientId())
                : OAuthClient.confidential(request.clientId(), secret);
        return new RefreshTokenGrant(context.sender(), request.tokenUrl(), client);
    }
}
