package dev.baton.secret;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one list of secret-looking names, and its word rule. */
class SecretNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"password", "passwd", "pwd", "apikey", "api_key", "api-key", "apiKey", "X-Api-Key",
        "APIKey", "session", "sessionId", "session_id", "cookie", "private", "privateKey", "signature", "assertion",
        "client_assertion", "clientSecret", "client_secret", "clientsecret", "accessToken", "access_token", "id_token",
        "refresh_token", "token", "code_verifier", "credentials", "code", "state", "oauth.code", "oauth.state",
        "pkce.state", "authCode", "zoomPassword", "PASSWORD", "id_token_hint", "Authorization", "authKey", "passcode",
        "pass", "userPass", "user_passcode", "pin", "pin_code", "otp", "otpCode", "device_code", "user_code",
        "deviceCode", "userCode"})
    void secret(String name) {
        assertTrue(SecretNames.isSecret(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokenUrl", "token_url", "tokenEndpoint", "sessionTimeout", "session_ttl", "token_type",
        "expires_in", "accessTokenExpiresIn", "passwordPolicy", "cookieName", "code_challenge",
        "code_challenge_method", "zipCode", "statusCode", "countryState", "baseUrl", "user", "email", "scope",
        "device", "user_id", "device_name", "verification_uri",
        "grant_type", "redirectUri", "authorization_endpoint", "keyboard", "monkey", "passenger", "", "tokenizerMode", "compass", "bypass", "passage", "spinner"})
    void notSecret(String name) {
        assertFalse(SecretNames.isSecret(name), name);
    }
}
