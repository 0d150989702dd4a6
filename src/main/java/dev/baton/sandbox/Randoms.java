package dev.baton.sandbox;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable, URL-safe opaque values: codes, tokens, session ids, CSRF tokens. */
final class Randoms {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Randoms() {
    }

    /** 256 random bits as 43 base64url characters. */
    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
