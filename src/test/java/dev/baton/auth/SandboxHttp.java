package dev.baton.auth;

import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.sandbox.OAuthSandbox;

import java.net.URI;
import java.util.List;

/** Requests to the sandbox's endpoints that the tests of this package share. */
final class SandboxHttp {

    private SandboxHttp() {
    }

    static URI tokenUrl(OAuthSandbox sandbox) {
        return URI.create(sandbox.baseUrl() + "/oauth/token");
    }

    static URI authorizeUrl(OAuthSandbox sandbox) {
        return URI.create(sandbox.baseUrl() + "/oauth/authorize");
    }

    /** {@code GET /v2/users/me} with {@code accessToken}. */
    static HttpResult me(HttpSender sender, OAuthSandbox sandbox, String accessToken) throws Exception {
        return sender.send(new OutgoingRequest("GET", URI.create(sandbox.baseUrl() + "/v2/users/me"),
                List.of(new Header("Authorization", "Bearer " + accessToken)), null, null, null));
    }
}
