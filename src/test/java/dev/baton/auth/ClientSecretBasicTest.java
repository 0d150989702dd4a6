package dev.baton.auth;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 6749 §2.3.1: the client id and secret are form-encoded before they are joined and Base64-encoded. */
class ClientSecretBasicTest {

    @Test
    void theIdAndSecretAreFormEncodedBeforeBase64() {
        assertEquals("acme+web:Acme%2BSecret%2Fwith%3Dchars%26%22q%22%3Cx%3E%3A%25", ClientSecretBasic.credentials(
                "acme web", "Acme+Secret/with=chars&\"q\"<x>:%"));
        String header = ClientSecretBasic.header("acme web", "s+/");
        assertEquals("acme+web:s%2B%2F", new String(Base64.getDecoder().decode(header.substring("Basic ".length())),
                StandardCharsets.UTF_8));
    }

    @Test
    void anAlphanumericSecretIsSentAsBefore() {
        assertEquals("sandbox-client:sandbox-client-secret", ClientSecretBasic.credentials("sandbox-client",
                "sandbox-client-secret"));
    }
}
