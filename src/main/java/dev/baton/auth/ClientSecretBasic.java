package dev.baton.auth;

import dev.baton.http.Urls;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code Authorization} header of HTTP Basic client authentication at a token endpoint, as RFC 6749 §2.3.1 says:
 * the client id and the secret are each encoded with the {@code application/x-www-form-urlencoded} algorithm
 * (Appendix B) before they are joined with a colon and Base64-encoded, so that a secret with {@code + / % = & :}
 * reaches the server as written. (Plain RFC 7617 Basic, without that step, is what a step's {@code basicAuth:} sends
 * everywhere else.)
 */
public final class ClientSecretBasic {

    private ClientSecretBasic() {
    }

    /** The id and secret, each form-encoded, joined with a colon: what Base64 is applied to. */
    public static String credentials(String clientId, String clientSecret) {
        return Urls.formEncode(clientId) + ":" + Urls.formEncode(clientSecret);
    }

    /** {@code Basic} and the Base64 of {@link #credentials(String, String)}. */
    public static String header(String clientId, String clientSecret) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials(clientId, clientSecret)
                .getBytes(StandardCharsets.UTF_8));
    }
}
