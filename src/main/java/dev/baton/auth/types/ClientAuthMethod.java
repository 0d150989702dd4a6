package dev.baton.auth.types;

import dev.baton.auth.ClientAuthentication;
import dev.baton.auth.ClientSecretBasic;
import dev.baton.oidc.ClientAssertion;
import dev.baton.secret.Redactor;

import java.time.Instant;
import java.util.List;

/**
 * The client authentication an {@code openid-connect} block names with {@code clientAuth} (the method names of
 * RFC 8414's {@code token_endpoint_auth_methods_supported}): what it adds to each request that authenticates the
 * client, the token requests and the pushed authorization requests alike (RFC 9126 §2.1). An assertion is made
 * fresh for each request (it is used once, RFC 7523 §3).
 */
final class ClientAuthMethod {

    /** The methods {@code clientAuth} takes. */
    static final List<String> NAMES = List.of("client_secret_basic", "client_secret_post", "client_secret_jwt",
            "private_key_jwt");

    private final String method;
    private final String clientId;
    private final String secret;
    private final ClientAssertion assertion;

    private ClientAuthMethod(String method, String clientId, String secret, ClientAssertion assertion) {
        this.method = method;
        this.clientId = clientId;
        this.secret = secret;
        this.assertion = assertion;
    }

    /** The credential {@code clientAuth} needs: the client key for {@code private_key_jwt}, else the secret. */
    static String credentialKey(String method) {
        return method.equals("private_key_jwt") ? "clientKey" : "clientSecret";
    }

    /**
     * The method with its credential, registered as a secret in every form it is sent in.
     *
     * @throws IllegalArgumentException when the credential cannot sign an assertion
     */
    static ClientAuthMethod of(String method, String clientId, String credential, Redactor secrets) {
        secrets.add(credential);
        return switch (method) {
            case "client_secret_basic" -> {
                secrets.add(ClientSecretBasic.credentials(clientId, credential));
                yield new ClientAuthMethod(method, clientId, credential, null);
            }
            case "client_secret_post" -> new ClientAuthMethod(method, clientId, credential, null);
            case "client_secret_jwt" -> new ClientAuthMethod(method, clientId, null,
                    ClientAssertion.withSecret(clientId, credential));
            default -> new ClientAuthMethod(method, clientId, null, ClientAssertion.withKey(clientId, credential));
        };
    }

    /** What one request carries, an assertion's {@code aud} being {@code audience}. */
    ClientAuthentication at(String audience, Instant now) {
        return switch (method) {
            case "client_secret_basic" -> ClientAuthentication.basic(clientId, secret);
            case "client_secret_post" -> ClientAuthentication.post(clientId, secret);
            default -> ClientAuthentication.assertion(clientId, assertion.forAudience(audience, now));
        };
    }
}
