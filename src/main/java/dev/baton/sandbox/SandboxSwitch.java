package dev.baton.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Behaviours of real authorization servers the sandbox can be switched to, one run at a time, so that Baton's
 * sign-in is tested against pages it was not tuned to. Set in an environment file ({@code sandbox: {switches:
 * [secure-cookies, checkbox-consent]}}) or with {@code baton sandbox --switch NAME}.
 */
public enum SandboxSwitch {
    /** The session cookie is {@code Secure; SameSite=None}, even over http to 127.0.0.1. */
    SECURE_COOKIES("secure-cookies"),
    /** The authorization endpoint answers 401 with {@code WWW-Authenticate: Bearer} unless the request accepts HTML. */
    HTML_ONLY("html-only"),
    /** The consent page lists the scopes as unticked checkboxes, with Cancel before Approve; no scope ticked denies. */
    CHECKBOX_CONSENT("checkbox-consent"),
    /** {@code response_mode=form_post} is honoured: the code comes in an auto-submitting form posted to the client. */
    FORM_POST("form-post"),
    /** After the sign-in, a page moves on with {@code <meta http-equiv=refresh>}. */
    META_REFRESH("meta-refresh"),
    /** After the sign-in, an interstitial page posts a form of hidden inputs by itself. */
    INTERSTITIAL("interstitial"),
    /**
     * The pages need JavaScript: the sign-in form is built by a script, the consent button is enabled by a script,
     * and the client is reached with {@code location.assign}.
     */
    JAVASCRIPT("javascript"),
    /** The user denies the consent: whatever is pressed, the client gets {@code error=access_denied}. */
    DENY_CONSENT("deny-consent"),

    // Weak modes: each breaks one requirement that `baton audit` checks, so that its probe can be seen failing.

    /** {@code code_challenge_method=plain} (or a challenge without a method) is accepted (probe pkce-plain). */
    ACCEPT_PLAIN("accept-plain"),
    /** The public client may leave PKCE out (probe pkce-required). */
    OPTIONAL_PKCE("optional-pkce"),
    /** The {@code code_verifier} is not checked against the challenge, nor required (probes pkce-wrong-verifier, pkce-missing-verifier). */
    IGNORE_VERIFIER("ignore-verifier"),
    /** PKCE is optional and a verifier sent for a code issued without a challenge is accepted (probe pkce-downgrade). */
    PKCE_DOWNGRADE("pkce-downgrade"),
    /** A code can be redeemed again and again (probe code-reuse). */
    REUSABLE_CODES("reusable-codes"),
    /** A replayed code is refused, but the tokens of its first use keep working (probe code-reuse-revokes). */
    KEEP_TOKENS_ON_REPLAY("keep-tokens-on-replay"),
    /** Any client may redeem a code (probe code-bound-to-client). */
    CODES_ANY_CLIENT("codes-any-client"),
    /** A redirect URI is accepted when a registered one is a prefix of it (probe redirect-uri-exact). */
    PREFIX_REDIRECT_URIS("prefix-redirect-uris"),
    /** An unknown client or redirect URI gets an error redirect to the redirect URI sent (probe open-redirect). */
    OPEN_REDIRECT("open-redirect"),
    /** {@code state} is left out of the authorization response (probe state-returned). */
    DROP_STATE("drop-state"),
    /** The metadata advertises RFC 9207's {@code iss}, but the responses leave it out (probe iss-parameter). */
    NO_ISS("no-iss"),
    /** A refresh keeps the same refresh token working (probe refresh-rotation). */
    NO_REFRESH_ROTATION("no-refresh-rotation"),
    /** {@code response_type=token} returns an access token in the redirect's fragment (probe implicit-disabled). */
    IMPLICIT("implicit"),
    /** {@code grant_type=password} checks the user's e-mail and password (probe password-grant-disabled). */
    PASSWORD_GRANT("password-grant"),
    /** Pages carry no {@code X-Frame-Options} (probe clickjacking). */
    FRAMEABLE("frameable"),
    /** The sign-in answers with a 307 redirect, which re-posts the form (probe no-307). */
    REDIRECT_307("redirect-307"),
    /** The authorization endpoint answers {@code Access-Control-Allow-Origin: *} (probe no-cors-authorization). */
    CORS_AUTHORIZE("cors-authorize"),
    /** The metadata lists an {@code http} endpoint on a host that is not loopback (probe https-endpoints). */
    HTTP_ENDPOINTS("http-endpoints"),

    // ID token faults: each breaks one rule of OpenID Connect Core §3.1.3.7 that Baton checks in every run.

    /** The ID token's signature is altered after signing. */
    ID_TOKEN_TAMPERED("id-token-tampered"),
    /** The ID token is issued to another audience than the client. */
    ID_TOKEN_WRONG_AUD("id-token-wrong-aud"),
    /** The ID token expired an hour ago. */
    ID_TOKEN_EXPIRED("id-token-expired"),
    /** The ID token carries another {@code nonce} than the one the authorization request sent. */
    ID_TOKEN_WRONG_NONCE("id-token-wrong-nonce"),
    /** The ID token is unsecured: {@code alg: none}, no signature. */
    ID_TOKEN_ALG_NONE("id-token-alg-none"),
    /** The ID token is signed with HS256 keyed with the public key, the algorithm confusion attack. */
    ID_TOKEN_HMAC("id-token-hmac"),
    /**
     * Keys are rotated once the JWKS has been read: later ID tokens are signed with a new key, which the JWKS lists
     * from its second read on, so that a client that keeps the first set must read it again.
     */
    ROTATED_SIGNING_KEY("rotated-signing-key"),
    /**
     * Pushed authorization requests are required (RFC 9126 §5): the metadata says so and the authorization endpoint
     * refuses a request that does not name a pushed one.
     */
    REQUIRE_PAR("require-par"),
    /** DPoP proofs must carry the sandbox's nonce, which it sends in {@code DPoP-Nonce} (RFC 9449 §8, §9). */
    DPOP_NONCE("dpop-nonce"),
    /** The device grant's first poll is answered {@code slow_down}, as if it came too soon (RFC 8628 §3.5). */
    DEVICE_SLOW_DOWN("device-slow-down"),
    /** The userinfo endpoint answers with another user's {@code sub}. */
    USERINFO_OTHER_SUB("userinfo-other-sub");

    private final String key;

    SandboxSwitch(String key) {
        this.key = key;
    }

    /** The name of the switch in files and on the command line. */
    public String key() {
        return key;
    }

    /** The switch named {@code key}, ignoring case. */
    public static Optional<SandboxSwitch> byKey(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst();
    }

    /** Every name, for messages and suggestions. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(SandboxSwitch::key).toList();
    }
}
