package dev.baton.auth;

import dev.baton.secret.Redactor;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.model.PkceMethod;
import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxAccounts;

import java.net.URI;
import java.util.Map;

/** Signs the sandbox user in headlessly, as a browser would, for tests that need real tokens or a redirect. */
final class SandboxSignIn {

    static final SignIn USER = new SignIn(Map.of("email", SandboxAccounts.USER_EMAIL,
            "password", SandboxAccounts.USER_PASSWORD), null, null, 10);

    private SandboxSignIn() {
    }

    /** Follows {@code authorizationUrl} through the sign-in and consent pages; returns the redirect to the client. */
    static URI redirect(HttpSender sender, URI authorizationUrl, String redirectUri) throws Exception {
        HttpResult first = sender.send(OutgoingRequest.get(authorizationUrl));
        return new SignInDriver(sender, new Redactor()).drive(first, USER, redirectUri).last().location()
                .orElseThrow();
    }

    /** Tokens for the sandbox user, through the whole authorization-code flow with PKCE. */
    static TokenResponse tokens(HttpSender sender, OAuthSandbox sandbox, OAuthClient client) throws Exception {
        PkceSession pkce = PkceSession.create(PkceMethod.S256, null, null);
        URI url = AuthorizationUrl.build(SandboxHttp.authorizeUrl(sandbox), client.clientId(),
                SandboxAccounts.REDIRECT_URI, null, pkce, Map.of());
        AuthorizationResponse response = AuthorizationResponse.fromUri(redirect(sender, url,
                SandboxAccounts.REDIRECT_URI));
        return new AuthorizationCodeGrant(sender, SandboxHttp.tokenUrl(sandbox), client)
                .exchange(response.requireCode(pkce.state()), SandboxAccounts.REDIRECT_URI, pkce.codeVerifier());
    }
}
