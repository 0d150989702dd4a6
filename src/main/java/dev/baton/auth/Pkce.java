package dev.baton.auth;

import dev.baton.model.PkceMethod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * RFC 7636 values: code verifiers (§4.1), code challenges (§4.2) and a random {@code state}.
 * Random values come from one shared {@link SecureRandom}.
 */
public final class Pkce {

    /** The shortest verifier RFC 7636 allows. */
    public static final int MIN_VERIFIER = 43;
    /** The longest verifier RFC 7636 allows. */
    public static final int MAX_VERIFIER = 128;
    /** The length of the verifiers made by {@link #newVerifier()}. */
    public static final int DEFAULT_VERIFIER_LENGTH = 64;

    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final int STATE_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Pkce() {
    }

    /** A new verifier of {@link #DEFAULT_VERIFIER_LENGTH} unreserved characters. */
    public static String newVerifier() {
        return newVerifier(DEFAULT_VERIFIER_LENGTH);
    }

    /**
     * A new verifier of {@code length} characters drawn uniformly from {@code [A-Za-z0-9-._~]}.
     *
     * @throws IllegalArgumentException when {@code length} is outside 43..128
     */
    public static String newVerifier(int length) {
        if (length < MIN_VERIFIER || length > MAX_VERIFIER) {
            throw new IllegalArgumentException(lengthProblem(length));
        }
        StringBuilder verifier = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            verifier.append(UNRESERVED.charAt(RANDOM.nextInt(UNRESERVED.length())));
        }
        return verifier.toString();
    }

    /**
     * The {@code code_challenge} for a verifier: BASE64URL without padding of SHA-256 of its US-ASCII bytes for
     * {@link PkceMethod#S256}, the verifier itself for {@link PkceMethod#PLAIN}. The verifier is not checked, so that
     * a deliberately wrong one can be used.
     */
    public static String challenge(String verifier, PkceMethod method) {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(method, "method");
        if (method == PkceMethod.PLAIN) {
            return verifier;
        }
        return BASE64URL.encodeToString(sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A new {@code state}: 256 random bits, BASE64URL without padding. */
    public static String newState() {
        byte[] bytes = new byte[STATE_BYTES];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    /**
     * What makes a verifier invalid under RFC 7636 §4.1, or empty when it is valid. The message names the length
     * or the first offending character and its index, never the verifier itself.
     */
    public static Optional<String> verifierProblem(String verifier) {
        if (verifier == null) {
            return Optional.of("code_verifier is missing");
        }
        if (verifier.length() < MIN_VERIFIER || verifier.length() > MAX_VERIFIER) {
            return Optional.of(lengthProblem(verifier.length()));
        }
        for (int i = 0; i < verifier.length(); i++) {
            char c = verifier.charAt(i);
            if (UNRESERVED.indexOf(c) < 0) {
                return Optional.of("code_verifier contains " + show(c) + " at index " + i
                        + ", outside [A-Za-z0-9-._~]");
            }
        }
        return Optional.empty();
    }

    private static String lengthProblem(int length) {
        return "code_verifier must be " + MIN_VERIFIER + " to " + MAX_VERIFIER + " characters, was " + length;
    }

    private static String show(char c) {
        return c > ' ' && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
