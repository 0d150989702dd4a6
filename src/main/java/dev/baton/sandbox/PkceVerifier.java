package dev.baton.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/** The server side of RFC 7636: the syntax of §4.1 and §4.2, and the verification of §4.6. */
final class PkceVerifier {
    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    private static final String REASON = "Invalid code_verifier";

    private PkceVerifier() {
    }

    /** Whether {@code value} is 43 to 128 unreserved characters, as verifiers and challenges must be. */
    static boolean isWellFormed(String value) {
        return value != null && SYNTAX.matcher(value).matches();
    }

    /** BASE64URL-ENCODE(SHA256(ASCII(verifier))), without padding. */
    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Checks a token request's {@code code_verifier} against what the authorization request sent. */
    static void verify(AuthorizationRequest authorization, String verifier) {
        String challenge = authorization.codeChallenge();
        if (challenge == null) {
            if (verifier != null) {
                throw OAuthProblem.invalidGrant(REASON,
                        "code_verifier was sent but the authorization request had no code_challenge");
            }
            return;
        }
        if (verifier == null) {
            throw OAuthProblem.invalidRequest(
                    "code_verifier is required: the authorization request had a code_challenge");
        }
        if (!isWellFormed(verifier)) {
            throw OAuthProblem.invalidGrant(REASON,
                    "code_verifier must be 43-128 characters of [A-Z a-z 0-9 - . _ ~] (RFC 7636 section 4.1)");
        }
        String derived = authorization.method() == ChallengeMethod.S256 ? s256(verifier) : verifier;
        if (!MessageDigest.isEqual(derived.getBytes(StandardCharsets.US_ASCII),
                challenge.getBytes(StandardCharsets.US_ASCII))) {
            throw OAuthProblem.invalidGrant(REASON, "code_verifier does not match the code_challenge (method "
                    + authorization.method().wireName() + ")");
        }
    }
}
